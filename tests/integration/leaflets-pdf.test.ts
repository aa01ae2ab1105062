/**
 * The leaflet PDFs read back with pdf.js: same figures as the dataset (secrecy included), tagged structure,
 * French language, title shown, fonts embedded, A4 with 3 cm margins, text of 14 pt or more, page count as
 * designed, identical bytes from two generations.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocumentProxy } from 'unpdf';
import { prepareDataset } from '../../scripts/prepare.ts';
import {
  generateLeaflets,
  leafletModels,
  renderLeafletPdf,
  type GeneratedLeaflet,
} from '../../src/lib/leaflets/index.ts';
import { TYPOLOGIES, isMasked, type TerritoryDataset } from '../../src/lib/dataset/index.ts';
import { expectedWait, expectedCount } from '../helpers/expected-words.ts';
import { withSyntheticFigures } from '../fixtures/leaflets/synthetic-figures.ts';
import { readPdf, allNodes, normalise, type ReadPdf } from '../fixtures/leaflets/read-pdf.ts';

let dataset: TerritoryDataset;
let leaflets: GeneratedLeaflet[];
const read = new Map<string, ReadPdf>();

async function pdfOf(id: string): Promise<ReadPdf> {
  const l = leaflets.find((x) => x.model.id === id);
  if (!l) throw new Error(`plaquette ${id} absente`);
  if (!read.has(id)) read.set(id, await readPdf(l.bytes));
  return read.get(id)!;
}

beforeAll(async () => {
  const prepared = await prepareDataset('thiers-dore-montagne');
  if (!prepared.dataset) throw new Error('territoire invalide');
  dataset = withSyntheticFigures(prepared.dataset);
  leaflets = await generateLeaflets(dataset);
});

describe('plaquettes PDF', () => {
  it('one territory leaflet and one sheet per commune', () => {
    expect(leaflets.map((l) => l.model.id)).toEqual([
      'guide-demandeur',
      'grille-cotation',
      'rapport-annuel-2023',
      ...dataset.communes.map((c) => `commune-${c.slug}`),
    ]);
  });

  it('commune sheets show the dataset figures, masked cells written as on the site', async () => {
    const threshold = dataset.secrecy.threshold;
    let maskedSeen = 0;
    for (const commune of dataset.communes.slice(0, 8)) {
      let maskedHere = 0;
      const pdf = await pdfOf(`commune-${commune.slug}`);
      const front = pdf.pageTexts[0]!;
      const stock = dataset.stock['2024']!.communes[commune.code]!;
      const demand = dataset.demand['2023']!.communes[commune.code]!;
      expect(front).toContain(normalise(`${expectedCount(stock.total, threshold)} logements sociaux`));
      expect(front).toContain(normalise(`${expectedCount(demand.total.pending, threshold)} demandes en attente`));
      // Table rows: T1 … T5 et plus, with stock, pending, attributions in this order; a commune whose
      // figures are mostly hidden shows the territory's table instead (checked below).
      expect(front).toContain(normalise('L’attente des ménages logés.'));
      for (const t of TYPOLOGIES) {
        const label = t === 'T5+' ? 'T5 et plus' : t;
        const cells = [stock.byTypology[t], demand[t].pending, demand[t].attributions].map((c) =>
          normalise(expectedCount(c, threshold)),
        );
        expect(front).toContain(`${label} ${cells.join(' ')}`);
        maskedHere += [stock.byTypology[t], demand[t].pending, demand[t].attributions].filter((c) =>
          isMasked(c),
        ).length;
      }
      maskedSeen += maskedHere;
      if (maskedHere > 0) expect(front).toMatch(new RegExp(`moins de ${threshold}|caché`));
      if (maskedHere > 0) expect(front).toContain(`Un nombre plus petit que ${threshold} est caché`);
    }
    expect(maskedSeen).toBeGreaterThan(0);
    // A masked count is never printed as 0 or as its hidden value: "moins de 5" appears instead.
    const all = (await pdfOf(`commune-${dataset.communes[0]!.slug}`)).pageTexts.join(' ');
    expect(all).not.toMatch(/Infinity|NaN|undefined|\[object/);
  });

  it('commune sheets list the commune desks or the nearest registration desks, and the sources', async () => {
    const thiers = await pdfOf('commune-thiers');
    const back = thiers.pageTexts[1]!;
    for (const d of dataset.desks.filter((x) => x.commune === '63430')) expect(back).toContain(normalise(d.name));
    expect(back).toContain('https://logement.thiers-dore-montagne.fr/communes/thiers/'.slice(0, 30));
    expect(back).toContain('RPLS au 1er janvier 2024');
    const arconsat = await pdfOf('commune-arconsat');
    expect(arconsat.pageTexts[1]).toContain('Il n’y a pas de guichet à Arconsat.');
    expect(arconsat.pageTexts[1]).toContain('Voici les guichets les plus proches');
  });

  it('territory leaflet says how to apply and lists every registration desk', async () => {
    const guide = await pdfOf('guide-demandeur');
    const text = guide.pageTexts.join(' ');
    for (const p of dataset.settings.portals) expect(text).toContain(p.url);
    for (const d of dataset.desks.filter((x) => x.levels.includes(2))) expect(text).toContain(normalise(d.name));
    expect(text).toContain('CERFA 14069');
    const threshold = dataset.secrecy.threshold;
    expect(text).toContain(
      normalise(`il y a ${expectedCount(dataset.stock['2024']!.territory.total, threshold)} logements sociaux`),
    );
    expect(text).toContain(
      normalise(
        `Fin 2023, ${expectedCount(dataset.demand['2023']!.territory.total.pending, threshold)} demandes attendent`,
      ),
    );
    expect(text).toContain('plus de 1 an et 3 mois');
  });

  it('territory leaflet states what housed households waited in the territory, as the site writes it', async () => {
    const text = (await pdfOf('guide-demandeur')).pageTexts.join(' ');
    expect(text).not.toContain('plusieurs mois');
    expect(text).not.toContain('moyenne');
    const total = dataset.demand['2023']!.territory.total;
    if (typeof total.averageDelayMonths === 'number')
      expect(text).toContain(normalise(`Ils avaient attendu ${expectedWait(total, dataset.secrecy.threshold)}.`));
  });

  it('a sheet whose figures are mostly hidden gives the territory figures, the portal, the 115 and the DALO', async () => {
    // The same dataset, with the small commune's attributions hidden as a secrecy audit would.
    const hiddenSet = structuredClone(dataset);
    const commune = hiddenSet.communes.find((c) => c.slug === 'arconsat')!;
    const row = hiddenSet.demand['2023']!.communes[commune.code]!;
    for (const t of TYPOLOGIES)
      Object.assign(row[t], {
        attributions: { masked: 'small' },
        waitingMonths: { masked: 'small' },
        pressure: { masked: 'small' },
      });
    const model = leafletModels(hiddenSet).find((m) => m.id === 'commune-arconsat')!;
    const rendered = await renderLeafletPdf(model);
    const pdf = await readPdf(rendered.bytes);
    const all = pdf.pageTexts.join(' ');
    // Each size without a figure of its own says why, then the territory's figure.
    expect(all).toMatch(/L’attente des ménages logés\. T1 : /);
    expect(all).toContain(dataset.settings.portals[0]!.url);
    expect(all).toContain('Appelez le 115');
    expect(all).toContain('DALO');
    expect(rendered.pages).toBe(2);
  });

  it('cotation leaflet lists every criterion of the grid with its points', async () => {
    const grid = dataset.cotation.grid!;
    const text = (await pdfOf('grille-cotation')).pageTexts.join(' ');
    expect(text).toContain(normalise(grid.title));
    for (const c of grid.criteria) expect(text, c.id).toContain(normalise(c.label));
    expect(text).toContain('30 points');
    expect(text).toContain('À vérifier');
  });

  it('page count is the designed one', async () => {
    // The cotation grid and the yearly report follow the length of their data: no designed page count.
    for (const l of leaflets.filter((x) => x.model.kind !== 'cotation' && x.model.kind !== 'yearlyReport')) {
      expect(l.pages, l.model.id).toBe(l.model.designedPages);
    }
    // The cotation grid follows the length of the grid: its footer counts its real pages.
    const grid = await pdfOf('grille-cotation');
    expect(grid.pageTexts.at(-1)).toContain(`Page ${grid.pages} sur ${grid.pages}`);
    expect((await pdfOf('guide-demandeur')).pages).toBe(leaflets[0]!.model.designedPages);
    expect((await pdfOf('commune-thiers')).pages).toBe(2);
  });

  it('is tagged: structure tree with headings, paragraphs, lists, tables and figures with alt text', async () => {
    const pdf = await pdfOf('commune-thiers');
    const nodes = pdf.trees.flatMap(allNodes);
    const roles = new Set(nodes.map((n) => n.role).filter(Boolean));
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'Figure'])
      expect(roles, role).toContain(role);
    const figures = nodes.filter((n) => n.role === 'Figure');
    expect(figures.length).toBeGreaterThan(3);
    for (const f of figures) expect(f.alt?.length ?? 0).toBeGreaterThan(5);
    expect(figures.some((f) => f.alt?.startsWith('Code QR'))).toBe(true);
    // Reading order: the H1 comes first in the tree.
    expect(nodes.find((n) => n.role && n.role !== 'Root' && n.role !== 'Document')?.role).toBe('H1');
  });

  it('keeps page numbers and decoration out of the structure (artifacts)', async () => {
    const l = leaflets.find((x) => x.model.id === 'commune-thiers')!;
    const pdf = await getDocumentProxy(new Uint8Array(l.bytes));
    const page = await pdf.getPage(1);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const stack: string[] = [];
    let pageNumberInArtifact = false;
    for (const item of content.items) {
      const tag = (item as { tag?: string }).tag ?? '';
      if ('type' in item && (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent'))
        stack.push(tag);
      else if ('type' in item && item.type === 'endMarkedContent') stack.pop();
      else if ('str' in item && /^Page 1 sur 2$/.test(item.str)) pageNumberInArtifact = stack.at(-1) === 'Artifact';
      else if ('str' in item && item.str.trim() && item.str !== dataset.settings.name)
        expect(stack.at(-1), item.str).not.toBe('Artifact');
    }
    expect(pageNumberInArtifact).toBe(true);
    // The footer's territory name is an artifact too; the title block does not repeat it.
  });

  it('has French language, its title shown as window title, metadata dates from the data', async () => {
    const pdf = await pdfOf('guide-demandeur');
    expect(pdf.info.Language).toBe('fr-FR');
    expect(pdf.info.Title).toBe('Demander un logement social à Thiers Dore et Montagne');
    // Latest data: RPLS on 1 January 2024 (the demand table is on 31 December 2023).
    expect(pdf.info.CreationDate).toBe('D:20240101000000Z');
    const raw = Buffer.from(leaflets[0]!.bytes).toString('latin1');
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toMatch(/\/StructTreeRoot/);
  });

  it('embeds every font (Atkinson Hyperlegible Next), none of the 14 standard fonts', () => {
    for (const l of leaflets.slice(0, 3)) {
      const raw = Buffer.from(l.bytes).toString('latin1');
      const fonts = raw.match(/\/FontName \/[A-Z]{6}\+[\w-]+/g) ?? [];
      expect(fonts.length).toBeGreaterThanOrEqual(2);
      for (const f of fonts) expect(f).toMatch(/AtkinsonHyperlegibleNext/);
      expect((raw.match(/\/FontFile2 /g) ?? []).length).toBe(fonts.length);
      expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
      expect((raw.match(/\/ToUnicode /g) ?? []).length).toBe(fonts.length);
    }
  });

  it('A4 pages, text at least 14 pt, inside 3 cm margins', async () => {
    const raw = Buffer.from(leaflets[2]!.bytes).toString('latin1');
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    for (const id of ['guide-demandeur', 'grille-cotation', 'commune-thiers', 'commune-arconsat']) {
      const pdf = await pdfOf(id);
      for (const run of pdf.runs) {
        expect(run.size, `${id} « ${run.text} »`).toBeGreaterThanOrEqual(14);
        expect(run.x, `${id} « ${run.text} »`).toBeGreaterThanOrEqual(85);
        expect(run.x + run.width, `${id} « ${run.text} »`).toBeLessThanOrEqual(595.28 - 85 + 0.5);
      }
      // Body text stays between the top and bottom margins; only the page number line sits in the margin.
      const body = pdf.runs.filter((r) => !/^Page \d+ sur \d+$/.test(r.text) && r.text !== dataset.settings.name);
      for (const run of body) expect(run.y, `${id} « ${run.text} »`).toBeGreaterThanOrEqual(85 - 4);
      expect(pdf.runs.filter((r) => /^Page \d+ sur \d+$/.test(r.text)).length).toBe(pdf.pages);
    }
  });

  it('two generations give identical bytes', async () => {
    const models = leafletModels(dataset).slice(0, 4);
    for (const [i, model] of models.entries()) {
      const again = await renderLeafletPdf(model);
      expect(Buffer.compare(again.bytes, leaflets[i]!.bytes), model.id).toBe(0);
    }
  });
});
