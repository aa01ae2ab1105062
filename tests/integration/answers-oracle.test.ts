/**
 * The wait figures of the BUILT site against an independent oracle (tests/helpers/wait-oracle.ts) that reads
 * the raw demand files with its own parser and recomputes every delay, average, pressure and theoretical
 * delay. A wrong waiting factor (12 months), a wrong weighting of the averages or a wrong rounding shows
 * here as a figure the oracle does not find. Durations in words come from the test's own rule.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, readPage } from '../helpers/build-site.ts';
import { runScript } from '../helpers/run-cli.ts';
import { TERRITORIES } from '../helpers/paths.ts';
import { WaitOracle } from '../helpers/wait-oracle.ts';
import {
  SIZES,
  answerRows,
  communeSlugs,
  cotationTexts,
  durationWords,
  essentialItems,
  textOf,
  type AnswerRow,
} from '../helpers/site-answers.ts';

/** A built site and the territory folder its raw files come from. */
interface Site {
  dir: string;
  territoryDir: string;
}

/**
 * An adversarial copy of Thiers Dore et Montagne, written at test time: its latest demand file has a BOM,
 * CRLF line ends, decimal points and commas mixed, enough households everywhere for the territory × size
 * delays to be published, and very different delays by size (T3 three times longer), so that an average
 * that is not weighted by the households, or weighted wrongly, gives another figure.
 */
function adversarialSite(): Site {
  const slug = 'thiers-dore-montagne';
  const root = mkdtempSync(join(tmpdir(), 'ils-oracle-'));
  const territoryDir = join(root, 'territories', slug);
  cpSync(join(TERRITORIES, slug), territoryDir, { recursive: true });
  const file = join(territoryDir, 'sources', 'demandes-2023.csv');
  const [header, ...lines] = readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const out = lines.map((line, i) => {
    const c = line.split(';');
    const attributions = Number(c[6]);
    if (attributions > 0) {
      c[4] = String(Number(c[4]) + 20);
      c[6] = String(attributions + 10 + (i % 7));
      const delay = Number(c[8]!.replace(',', '.')) * (c[3] === 'T3' ? 3 : 1) + (i % 5) / 10;
      const text = (Math.round(delay * 10) / 10).toFixed(1);
      c[8] = i % 2 === 0 ? text : text.replace('.', ',');
    }
    return c.join(';');
  });
  writeFileSync(file, `\uFEFF${[header, ...out].join('\r\n')}\r\n`);
  // The positioning table was exported with the original demand file: it would no longer add up (check
  // refuses it), so this copy goes without it.
  const yaml = join(territoryDir, 'territory.yaml');
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/\n {2}- kind: positionnement\n(?: {4}.*\n)*/, '\n'));
  const dir = join(root, 'dist');
  const r = runScript('build', ['--out', dir], { TERRITORY: slug, TERRITORIES_DIR: join(root, 'territories') });
  if (r.status !== 0) throw new Error(`La construction du territoire adverse a échoué :\n${r.stderr}\n${r.stdout}`);
  return { dir, territoryDir };
}

const SITES: [string, () => Site][] = [
  ...(['thiers-dore-montagne', 'grand-paris-grand-est'] as const).map((slug): [string, () => Site] => [
    slug,
    () => ({ dir: buildSite(slug), territoryDir: join(TERRITORIES, slug) }),
  ]),
  ['un Thiers Dore et Montagne adverse', adversarialSite],
];

/**
 * "Cela fait environ 4 demandes pour 1 logement donné." → 4; also after a fallback in the simulator, where
 * the sentence says its place ("À Thiers, pour un T4, cela fait environ 4 demandes…").
 */
const PRESSURE = /[Cc]ela fait environ (\d[\d\s\u00a0\u202f]*) demandes? pour 1 logement donné/;
const pressureOf = (text: string): number | undefined => {
  const m = text.match(PRESSURE)?.[1];
  return m === undefined ? undefined : Number(m.replace(/\D/g, ''));
};

/** The published attributions of the latest millésime (donnees.json `demandes`): "code|size" → count or null. */
function publishedAttributions(dir: string, millesime: number): Map<string, number | null> {
  const j = JSON.parse(readFileSync(join(dir, 'donnees/donnees.json'), 'utf8')) as {
    demandes: { millesime: number; code_commune: string; typologie: string; attributions: number | null }[];
  };
  return new Map(
    j.demandes
      .filter((r) => r.millesime === millesime)
      .map((r) => [`${r.code_commune}|${r.typologie}`, r.attributions]),
  );
}

describe.each(SITES)('les chiffres de l’attente de %s, recalculés à partir des fichiers bruts', (_name, site) => {
  let dir: string;
  let oracle: WaitOracle;
  let rows: AnswerRow[];

  beforeAll(() => {
    const built = site();
    dir = built.dir;
    oracle = new WaitOracle(built.territoryDir);
    rows = answerRows(dir);
  });

  /** The delay a row speaks of, by the oracle: its own place, several years, or the wider place of a fallback. */
  const referenced = (r: AnswerRow): number | null => {
    const [code, k] = [r.code_commune, r.typologie];
    switch (r.reponse) {
      case 'chiffre':
        return oracle.delay(code, k);
      case 'annees':
        return oracle.pooledDelay(code, k);
      case 'repli':
        if (r.portee === 'territoire_meme_taille') return oracle.delay('territoire', k);
        if (r.portee === 'commune_toutes_tailles') return oracle.delay(code, 'toutes');
        if (r.portee === 'territoire_toutes_tailles') return oracle.delay('territoire', 'toutes');
        throw new Error(`${code} × ${k} : portée inconnue ${r.portee}`);
      case 'sans_parc':
      case 'sans_taille':
        return oracle.delay('territoire', k);
      default:
        return null;
    }
  };

  test('les lignes sont de la dernière année des fichiers', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.millesime).toBe(oracle.latest);
  });

  test('chaque attente dite en mois est celle que l’oracle calcule, avec les mêmes mots', () => {
    let seen = 0;
    for (const r of rows) {
      if (r.attente_mois === null) continue;
      const where = `${r.code_commune} × ${r.typologie} (${r.reponse} ${r.portee ?? ''})`;
      const expected = referenced(r);
      expect(expected, `${where} : l’oracle n’a pas de chiffre`).not.toBeNull();
      expect(r.attente_mois, where).toBe(expected);
      expect(r.phrase, where).toContain(durationWords(expected!));
      seen++;
    }
    expect(seen).toBeGreaterThan(0);
  });

  test('les réponses « chiffre » en mois sont celles de la commune ou du territoire', () => {
    const own = rows.filter((r) => r.reponse === 'chiffre' && r.attente_mois !== null);
    expect(own.length).toBeGreaterThan(0);
    for (const r of own)
      expect(r.attente_mois, `${r.code_commune} × ${r.typologie}`).toBe(oracle.delay(r.code_commune, r.typologie));
    // The territory's rows are among them: the weighted average of the communes, rounded to 1 decimal.
    expect(own.some((r) => r.code_commune === 'territoire')).toBe(true);
  });

  test('chaque bande contient l’attente que l’oracle calcule', () => {
    for (const r of rows) {
      if (r.attente_min_mois === null) continue;
      const where = `${r.code_commune} × ${r.typologie} (${r.reponse})`;
      const d = referenced(r);
      expect(d, `${where} : l’oracle n’a pas de chiffre`).not.toBeNull();
      expect(d!, where).toBeGreaterThanOrEqual(r.attente_min_mois);
      if (r.attente_max_mois !== null) expect(d!, where).toBeLessThan(r.attente_max_mois);
    }
  });

  test('un repli « même taille, tout le territoire » donne l’attente du territoire', () => {
    for (const r of rows.filter((x) => x.reponse === 'repli' && x.portee === 'territoire_meme_taille')) {
      const d = oracle.delay('territoire', r.typologie);
      const where = `${r.code_commune} × ${r.typologie}`;
      expect(d, where).not.toBeNull();
      if (r.attente_mois !== null) expect(r.attente_mois, where).toBe(d);
      expect(r.phrase, where).toContain(r.attente_mois !== null ? durationWords(d!) : 'entre');
    }
  });

  test('précis à partir de 10 ménages logés publiés, une bande en dessous ou quand le nombre est caché', () => {
    const given = publishedAttributions(dir, oracle.latest);
    for (const r of rows.filter((x) => x.reponse === 'chiffre' && x.typologie !== 'toutes')) {
      const a = given.get(`${r.code_commune}|${r.typologie}`);
      const where = `${r.code_commune} × ${r.typologie} (${a ?? 'caché'} logés)`;
      if (typeof a === 'number' && a >= 10) expect(r.attente_mois, where).not.toBeNull();
      else expect(r.attente_min_mois, where).not.toBeNull();
    }
  });

  test('« environ N demandes pour 1 logement donné » : le N de l’oracle, sur les pages et dans le simulateur', () => {
    const slugs = communeSlugs(dir);
    const texts = cotationTexts(dir);
    let seen = 0;
    const wrong: string[] = [];
    const check = (said: number, expected: number | null, where: string) => {
      if (said !== expected) wrong.push(`${where} : ${said} au lieu de ${expected}`);
    };
    for (const [code, page] of slugs) {
      const html = readPage(dir, `/communes/${page}/`);
      for (const [k, item] of essentialItems(html)) {
        const n = pressureOf(item);
        if (n === undefined) continue;
        check(n, oracle.pressure(code, k), `${code} × ${k} (page)`);
        seen++;
      }
      // All sizes: the summary of the detailed section.
      for (const summary of html.matchAll(/<div class="falc-summary"[\s\S]*?<\/div>/g)) {
        const n = pressureOf(textOf(summary[0]));
        if (n !== undefined) check(n, oracle.pressure(code, 'toutes'), `${code} × toutes (page)`);
      }
    }
    for (const [code, bySize] of Object.entries(texts))
      for (const k of SIZES) {
        const n = pressureOf(bySize[k]?.pressure ?? '');
        if (n === undefined) continue;
        check(n, oracle.pressure(code || 'territoire', k), `${code || 'territoire'} × ${k} (simulateur)`);
        seen++;
      }
    expect(seen).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });

  test('« Un calcul, pas une attente » : la durée 12 × demandes ÷ logements donnés de l’oracle', () => {
    let seen = 0;
    const wrong: string[] = [];
    for (const [code, page] of communeSlugs(dir)) {
      const text = textOf(readPage(dir, `/communes/${page}/`));
      const said = text.match(/Un calcul, pas une attente\. Au rythme de \d{4}, il faudrait (.+?)\./)?.[1];
      if (said === undefined) continue;
      const months = oracle.theoreticalMonths(code, 'toutes');
      const { pending, attributions } = oracle.counts(code, 'toutes');
      if (months === null || said !== durationWords(months))
        wrong.push(`${code} : 12 × ${pending} ÷ ${attributions} = ${months?.toFixed(3)} mois, la page dit « ${said} »`);
      seen++;
    }
    expect(seen).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});
