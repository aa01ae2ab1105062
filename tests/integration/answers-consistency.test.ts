/**
 * One wait answer per commune × size, said the same way everywhere in the BUILT site: the commune page,
 * the simulator's JSON, attente.csv and donnees.json, the /delais/ table and the commune's printed sheet.
 * Both demo territories are built; every commune × size is read back. The words of a duration are written
 * again by the test's own rule (tests/helpers/site-answers.ts), never by src/.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, readPage } from '../helpers/build-site.ts';
import { readPdf } from '../fixtures/leaflets/read-pdf.ts';
import {
  OWN_KINDS,
  SIZES,
  answerRows,
  communeSlugs,
  cotationTexts,
  csvAnswerRows,
  csvObjects,
  decodeHtml,
  delaisCells,
  essentials,
  frenchNumber,
  jsonAnswerRows,
  pageAnswers,
  rowDurationWords,
  rowKey,
  rowsByKey,
  territoryCommunes,
  textOf,
  type AnswerRow,
} from '../helpers/site-answers.ts';

const TERRITORIES = ['thiers-dore-montagne', 'grand-paris-grand-est'] as const;

/** Short reason of a table cell, by the `raison` column (the legend of /delais/). */
const REASON_CELL: Record<string, string> = {
  aucun_donne: 'aucun donné',
  aucun_donne_derniere_annee: 'aucun donné',
  trop_peu: 'trop peu donnés',
  cache: 'caché',
  pas_dans_la_source: 'pas de chiffre',
};

/** "T5 et plus" on the printed sheet. */
const PDF_LABEL: Record<string, string> = { T1: 'T1', T2: 'T2', T3: 'T3', T4: 'T4', 'T5+': 'T5 et plus' };

/** The duration words of a headline: "environ 5 mois", "entre 6 mois et 1 an" (after "avaient attendu"). */
function headlineDuration(phrase: string): string | undefined {
  return phrase.match(/avaient attendu (.+?)\./)?.[1];
}

/** The latest stock of each commune from /donnees/logements.csv: code → total and by size. */
function publishedStock(dir: string): Map<string, { total: number | null; bySize: Record<string, number | null> }> {
  const rows = csvObjects(readFileSync(join(dir, 'donnees/logements.csv'), 'utf8'));
  const latest = Math.max(...rows.map((r) => Number(r.millesime)));
  const col: Record<string, string> = {
    T1: 'logements_T1',
    T2: 'logements_T2',
    T3: 'logements_T3',
    T4: 'logements_T4',
    'T5+': 'logements_T5_plus',
  };
  const out = new Map<string, { total: number | null; bySize: Record<string, number | null> }>();
  for (const r of rows) {
    if (Number(r.millesime) !== latest || r.code_commune === 'territoire') continue;
    out.set(r.code_commune!, {
      total: frenchNumber(r.logements),
      bySize: Object.fromEntries(SIZES.map((k) => [k, frenchNumber(r[col[k]!])])),
    });
  }
  return out;
}

/** Every HTML file of a built site. */
function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

describe.each(TERRITORIES)('les réponses sur l’attente de %s', (slug) => {
  let dir: string;
  let rows: AnswerRow[];
  let byKey: Map<string, AnswerRow>;
  let communes: { code: string; nom: string }[];
  let slugs: Map<string, string>;

  beforeAll(() => {
    dir = buildSite(slug);
    rows = answerRows(dir);
    byKey = rowsByKey(rows);
    communes = territoryCommunes(dir);
    slugs = communeSlugs(dir);
  });

  const row = (code: string, k: string): AnswerRow => {
    const r = byKey.get(rowKey(code, k));
    if (!r) throw new Error(`attente : pas de ligne ${code} × ${k}`);
    return r;
  };

  test('positionnement : le CSV, donnees.json et le simulateur disent les mêmes tranches, qui font les totaux du fichier', () => {
    const csv = csvObjects(readFileSync(join(dir, 'donnees/positionnement.csv'), 'utf8'));
    const json = (JSON.parse(readFileSync(join(dir, 'donnees/donnees.json'), 'utf8')) as Record<string, unknown>)
      .positionnement as Record<string, string | number | null>[];
    expect(csv.length).toBeGreaterThan(10);
    expect(
      json.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? '' : String(v)]))),
    ).toEqual(csv.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, (v ?? '').replace(',', '.')]))));
    const html = readFileSync(join(dir, 'cotation/index.html'), 'utf8');
    const ui = JSON.parse(html.match(/<script[^>]*id="cotation-ui"[^>]*>([\s\S]*?)<\/script>/)![1]!) as {
      positioning: {
        sizes: Record<
          string,
          Record<'pending' | 'housed', { min: number; max: number | null; count: number | null }[]>
        >;
      };
    };
    const fromSimulator = Object.entries(ui.positioning.sizes).flatMap(([k, s]) =>
      (['pending', 'housed'] as const).flatMap((m) =>
        s[m].map((b) =>
          [
            k,
            m === 'pending' ? 'en_attente' : 'logees',
            String(b.min),
            b.max === null ? '' : String(b.max),
            b.count === null ? '' : String(b.count),
          ].join(';'),
        ),
      ),
    );
    expect(fromSimulator).toEqual(
      csv.map((r) => [r.typologie, r.population, r.points_min, r.points_max, r.nombre].join(';')),
    );
    // The raw file, read here: each published population's bands add up to the file's total for the size.
    const raw = readFileSync(join('data/territories', slug, 'sources/positionnement-2023.csv'), 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(';'));
    for (const k of SIZES)
      for (const [population, col] of [
        ['en_attente', 5],
        ['logees', 6],
      ] as const) {
        const total = raw.filter((r) => r[2] === k).reduce((n, r) => n + Number(r[col]), 0);
        const bands = csv.filter((r) => r.typologie === k && r.population === population);
        if (bands.every((b) => b.nombre !== ''))
          expect(
            bands.reduce((n, b) => n + Number(b.nombre), 0),
            `${k} ${population}`,
          ).toBe(total);
        // Fewer bands when the total is small: at most one per 2 × 5 households.
        expect(bands.length, `${k} ${population}`).toBeLessThanOrEqual(Math.max(1, Math.floor(total / 10)));
      }
  });

  test('/donnees/attente.csv est publié et dit exactement ce que dit donnees.json', () => {
    const csv = csvAnswerRows(dir);
    expect(csv, '/donnees/attente.csv manque au site construit (la page /donnees/ y renvoie)').not.toBeNull();
    expect(csv).toEqual(jsonAnswerRows(dir));
  });

  test('une ligne par commune et par taille, et pour tout le territoire', () => {
    expect(communes.length).toBeGreaterThan(5);
    for (const code of [...communes.map((c) => c.code), 'territoire'])
      for (const k of [...SIZES, 'toutes']) expect(byKey.has(rowKey(code, k)), `${code} × ${k}`).toBe(true);
    expect(slugs.size).toBe(communes.length);
  });

  test('la phrase dit le chiffre des colonnes (mois précis ou bande)', () => {
    for (const r of rows) {
      const words = rowDurationWords(r);
      if (r.reponse === 'chiffre' || r.reponse === 'annees' || r.reponse === 'repli')
        expect(words, `${r.code_commune} × ${r.typologie} : ${r.reponse} sans durée`).not.toBeNull();
      if (words) expect(r.phrase, `${r.code_commune} × ${r.typologie}`).toContain(words);
    }
  });

  test('page de la commune = simulateur = attente.csv = donnees.json, pour chaque commune × taille', () => {
    const json = rowsByKey(jsonAnswerRows(dir));
    const texts = cotationTexts(dir);
    let compared = 0;
    for (const c of communes) {
      const html = readPage(dir, `/communes/${slugs.get(c.code)}/`);
      const onPage = pageAnswers(html);
      for (const k of SIZES) {
        const r = row(c.code, k);
        const where = `${c.nom} × ${k}`;
        expect(json.get(rowKey(c.code, k))?.phrase, `${where} : donnees.json`).toBe(r.phrase);
        expect(texts[c.code]?.[k]?.headline, `${where} : simulateur`).toBe(r.phrase);
        const said = onPage.get(k) ?? [];
        expect(said.length, `${where} : la page ne donne pas la réponse`).toBeGreaterThan(0);
        for (const s of said) expect(s, `${where} : page de la commune`).toBe(r.phrase);
        compared++;
      }
      // All sizes: the detailed section says the `toutes` row (the essentials of a commune without social
      // housing say only its first sentence, checked below).
      const totals = pageAnswers(html.replace(/<section class="essentials"[\s\S]*?<\/section>/, '')).get('total');
      for (const s of totals ?? []) expect(s, `${c.nom} × toutes`).toBe(row(c.code, 'toutes').phrase);
    }
    for (const k of SIZES) expect(texts['']?.[k]?.headline, `territoire × ${k}`).toBe(row('territoire', k).phrase);
    expect(compared).toBe(communes.length * SIZES.length);
  });

  test('/delais/ : chaque case dit la même sorte de réponse que attente.csv', () => {
    const cells = delaisCells(dir);
    for (const code of [...communes.map((c) => c.code), 'territoire'])
      for (const k of [...SIZES, 'toutes']) {
        const r = row(code, k);
        const cell = cells.get(code)?.get(k);
        const where = `${code} × ${k} (${r.reponse})`;
        expect(cell, `${where} : case absente de /delais/`).toBeDefined();
        switch (r.reponse) {
          case 'chiffre':
            expect(cell, where).toContain(rowDurationWords(r)!);
            break;
          case 'annees':
            expect(cell, where).toContain(rowDurationWords(r)!);
            expect(cell, where).toMatch(/en \d{4} et \d{4}|de \d{4} à \d{4}/);
            break;
          case 'repli':
          case 'inconnu':
            // The figure of a wider place is not this place's wait: the cell gives the reason only.
            expect(cell, where).toBe(REASON_CELL[r.raison ?? '']);
            break;
          case 'sans_parc':
            expect(cell, where).toBe('pas de logement social');
            break;
          case 'sans_taille':
            expect(cell, where).toBe('aucun de cette taille');
            break;
          default:
            throw new Error(`${where} : sorte de réponse inconnue`);
        }
      }
  });

  test('la fiche PDF de chaque commune dit la même durée que la page', async () => {
    let checked = 0;
    for (const c of communes) {
      const pdf = await readPdf(readFileSync(join(dir, `plaquettes/commune-${slugs.get(c.code)}.pdf`)));
      const text = pdf.pageTexts.join(' ');
      for (const k of SIZES) {
        const r = row(c.code, k);
        const where = `fiche ${c.nom} × ${k} (${r.reponse})`;
        const line = text.match(new RegExp(`(?:^| )${PDF_LABEL[k]!.replace('+', '\\+')} : ([^.]*)\\.`))?.[1];
        expect(line, `${where} : ligne absente`).toBeDefined();
        if ((OWN_KINDS as readonly string[]).includes(r.reponse)) {
          const words = headlineDuration(r.phrase);
          expect(words, `${where} : phrase sans durée`).toBeDefined();
          expect(line, where).toContain(words!);
          checked++;
        } else if (r.reponse === 'repli') {
          // The sheet names the wider figure, the same as the page's second sentence.
          expect(line, where).toContain(REASON_CELL[r.raison ?? '']!);
          expect(line, where).toContain(rowDurationWords(r)!);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('aucune page ne dit « C’est une moyenne », « personnes attendent », ni plus de 11 mois sans les années', () => {
    // Each wrong wording once, with the pages that show it.
    const bad = new Map<string, string[]>();
    const note = (words: string, page: string) => bad.set(words, [...(bad.get(words) ?? []), page]);
    const months = /(?<!ans et |an et )\b(1[2-9]|[2-9]\d|\d{3,}) mois\b(?! fois)/g;
    for (const file of htmlFiles(dir)) {
      const text = decodeHtml(readFileSync(file, 'utf8').replace(/<[^>]*>/g, ' ')).replace(/[\s\u00a0\u202f]+/g, ' ');
      const page = relative(dir, file);
      for (const w of ['C’est une moyenne', "C'est une moyenne", 'personnes attendent'])
        if (text.includes(w)) note(`« ${w} »`, page);
      for (const m of text.matchAll(months))
        note(`« …${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 12).trim()}… »`, page);
    }
    const report = [...bad].map(
      ([w, pages]) => `${w} sur ${pages.length} page(s), dont ${pages.slice(0, 2).join(', ')}`,
    );
    expect(report).toEqual([]);
  });

  test('au moins 90 % des communes × tailles qui ont des logements sociaux ont une réponse chiffrée', () => {
    const stock = publishedStock(dir);
    let total = 0,
      answered = 0;
    const others: string[] = [];
    for (const c of communes) {
      const s = stock.get(c.code);
      if (!s || !(s.total! > 0)) continue;
      for (const k of SIZES) {
        if (!(s.bySize[k]! > 0)) continue;
        total++;
        const r = row(c.code, k);
        if (['chiffre', 'annees', 'repli'].includes(r.reponse)) answered++;
        else others.push(`${c.nom} × ${k} : ${r.reponse}`);
      }
    }
    expect(total).toBeGreaterThan(0);
    expect(answered / total, others.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  test('une commune sans logement social le dit d’abord', () => {
    const stock = publishedStock(dir);
    for (const c of communes) {
      if (stock.get(c.code)?.total !== 0) continue;
      const first = `Il n’y a pas de logement social`;
      for (const k of [...SIZES, 'toutes']) {
        const r = row(c.code, k);
        expect(r.reponse, `${c.nom} × ${k}`).toBe('sans_parc');
        expect(r.phrase.startsWith(first), `${c.nom} × ${k} : ${r.phrase}`).toBe(true);
      }
      const block = textOf(essentials(readPage(dir, `/communes/${slugs.get(c.code)}/`)));
      expect(block.replace(/^L’essentiel /, '').startsWith(first), `${c.nom} : ${block}`).toBe(true);
    }
  });
});

test('à Thiers, les cinq tailles ont une réponse', () => {
  const rows = rowsByKey(answerRows(buildSite('thiers-dore-montagne')));
  for (const k of SIZES) {
    const r = rows.get(rowKey('63430', k));
    expect(r, `Thiers × ${k}`).toBeDefined();
    expect(r!.reponse, `Thiers × ${k}`).not.toBe('inconnu');
  }
});
