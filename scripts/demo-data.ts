/**
 * `npm run demo-data`: writes the demonstration data files of both territories into
 * `data/territories/<slug>/sources/` — DiDo-format RPLS files and canonical demand tables, two millésimes
 * each — calibrated on the figures the seeds publish (scripts/demo/calibration.ts). Deterministic: the
 * same code writes the same bytes. The territories say `demo: true`; docs/donnees.md explains how to put
 * the real files in their place. Option `--out DIR` writes into DIR/<slug>/sources.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { communesOf, type Commune } from '../src/lib/territory/index.ts';
import { TYPOLOGIES, type Typology } from '../src/lib/dataset/index.ts';
import { GRAND_PARIS_GRAND_EST as GPGE, THIERS } from './demo/calibration.ts';
import { allocate, seeded } from './demo/random.ts';
import { didoCsv, planDwellings, type DemoDwelling, type StockShares } from './demo/stock-demo.ts';
import { demandCsv, planDemand, type DemandRow } from './demo/demand-demo.ts';
import { BANDS_20, BANDS_40, positioningCsv } from './demo/positioning-demo.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` writes into DIR/<slug>/sources instead (tests compare with the committed files).
const outArg = process.argv.indexOf('--out');
const territoriesDir = outArg > 0 ? resolve(process.argv[outArg + 1]!) : join(root, 'data', 'territories');
const dirOf = (slug: string) => join(territoriesDir, slug, 'sources');

/** Demonstration shares for what the seeds do not say. */
const DPE = { A: 3, B: 7, C: 21, D: 34, E: 19, F: 5, G: 1, '': 10 };
const DEMAND_SHARES: Record<Typology, number> = { T1: 15, T2: 32, T3: 31, T4: 17, 'T5+': 5 };

function write(slug: string, file: string, content: string, encoding: 'utf8' | 'latin1' = 'utf8'): void {
  mkdirSync(dirOf(slug), { recursive: true });
  if (encoding === 'latin1' && /[^\u0000-\u00ff]/.test(content))
    throw new Error(`${file} : caractère hors Windows-1252`);
  writeFileSync(join(dirOf(slug), file), Buffer.from(content, encoding));
  console.log(`  ${slug}/sources/${file}`);
}

function stockByTypology(dwellings: readonly DemoDwelling[]): Map<string, Record<Typology, number>> {
  const out = new Map<string, Record<Typology, number>>();
  for (const d of dwellings) {
    const r = out.get(d.commune.code) ?? { T1: 0, T2: 0, T3: 0, T4: 0, 'T5+': 0 };
    r[d.rooms >= 5 ? 'T5+' : (`T${d.rooms}` as Typology)]++;
    out.set(d.commune.code, r);
  }
  return out;
}

/** Next year's stock: a few dwellings demolished, a few built during the year. */
function nextYear(
  dwellings: DemoDwelling[],
  removed: number,
  added: { commune: Commune; count: number }[],
  millesime: number,
  random: () => number,
): DemoDwelling[] {
  const oldest = dwellings
    .map((d, i) => [d.year, i] as const)
    .filter(([y]) => y < 1979)
    .slice(0, removed)
    .map(([, i]) => i);
  const kept = dwellings.filter((_, i) => !oldest.includes(i));
  for (const a of added) {
    for (let i = 0; i < a.count; i++) {
      const rooms = 2 + Math.floor(random() * 3);
      kept.push({
        commune: a.commune,
        rooms,
        kind: 'C',
        year: millesime - 1,
        finan: random() < 0.7 ? 13 : 10,
        dpe: random() < 0.5 ? 'A' : 'B',
        qpv: false,
        surface: Math.round((40 + rooms * 14) * 10) / 10,
      });
    }
  }
  return kept;
}

function thiers(): void {
  const slug = 'thiers-dore-montagne';
  const random = seeded(63);
  const communes = communesOf(THIERS.siren);
  const thiersCommune = communes.find((c) => c.code === THIERS.qpvCommune)!;
  const others = communes.filter((c) => c !== thiersCommune);
  // Demo split: Thiers holds the QPV and most of the stock; villages under 250 inhabitants have none.
  const thiersCount = 1000;
  const split = allocate(
    THIERS.dwellings - thiersCount,
    others.map((c) => (c.population < 250 ? 0 : c.population ** 1.3)),
  );
  const perCommune = [
    { commune: thiersCommune, count: thiersCount, qpv: THIERS.inQpv },
    ...others.map((c, i) => ({ commune: c, count: split[i]!, qpv: 0 })),
  ];
  const t3t4 = THIERS.t3t4Share;
  const shares: StockShares = {
    typology: { T1: 0.07, T2: 0.14, T3: t3t4 * 0.58, T4: t3t4 * 0.42, 'T5+': 1 - 0.07 - 0.14 - t3t4 },
    collectif: THIERS.collectifShare,
    etudiant: 0,
    before1979: THIERS.before1979Share,
    since2008: THIERS.since2008Share,
    dpe: DPE,
  };
  const y2022 = planDwellings(perCommune, shares, 2022, random);
  const courpiere = communes.find((c) => c.code === '63125')!;
  const puy = communes.find((c) => c.code === '63291')!;
  const y2023 = nextYear(
    y2022,
    6,
    [
      { commune: courpiere, count: 8 },
      { commune: puy, count: 6 },
    ],
    2023,
    random,
  );
  const geo = { reg: '84', epci: THIERS.siren };
  write(slug, 'rpls-2022.csv', didoCsv(y2022, geo));
  write(slug, 'rpls-2023.csv', didoCsv(y2023, geo));
  const common = { communes, transferShare: 0.25, demandShares: DEMAND_SHARES, random };
  const d2022 = planDemand({
    ...common,
    millesime: 2022,
    stock: stockByTypology(y2022),
    pending: THIERS.pending,
    attributions: THIERS.attributions,
    averageDelayMonths: THIERS.averageDelayMonths,
  });
  const d2023 = planDemand({
    ...common,
    millesime: 2023,
    stock: stockByTypology(y2023),
    pending: 648,
    attributions: 169,
    averageDelayMonths: 5.6,
  });
  // Two export styles as staff produce them: Excel's French CSV (Windows-1252, decimal comma), and UTF-8.
  write(slug, 'demandes-2022.csv', demandCsv(d2022, true), 'latin1');
  write(slug, 'demandes-2023.csv', `\ufeff${demandCsv(d2023, true)}`);
  write(slug, 'positionnement-2023.csv', positioningCsv(d2023, 2023, BANDS_40));
}

function grandParisGrandEst(): void {
  const slug = 'grand-paris-grand-est';
  const random = seeded(93);
  const communes = communesOf(GPGE.siren);
  const clichy = communes.find((c) => c.code === GPGE.clichy.code)!;
  const clichyTotal = TYPOLOGIES.reduce((a, t) => a + GPGE.clichy.dwellings[t], 0);
  // Demo stock for the other communes: 8 to 16 social dwellings for 100 inhabitants.
  const perCommune = communes.map((c) =>
    c === clichy
      ? { commune: c, count: clichyTotal, qpv: Math.round(clichyTotal * 0.8), typology: { ...GPGE.clichy.dwellings } }
      : (() => {
          const count = Math.round(c.population * (0.08 + random() * 0.08));
          return { commune: c, count, qpv: Math.round(count * (c.code === '93047' ? 0.5 : 0.2)) };
        })(),
  );
  const shares: StockShares = {
    typology: { T1: 0.09, T2: 0.22, T3: 0.36, T4: 0.25, 'T5+': 0.08 },
    collectif: 0.94,
    etudiant: 0.01,
    before1979: 0.55,
    since2008: 0.15,
    dpe: DPE,
  };
  const y2022 = planDwellings(perCommune, shares, 2022, random);
  const y2023 = nextYear(
    y2022,
    40,
    communes.map((c) => ({ commune: c, count: Math.round(c.population * 0.0015) })),
    2023,
    random,
  );
  const geo = { reg: '11', epci: '200054781' };
  write(slug, 'rpls-2022.csv', didoCsv(y2022, geo));
  write(slug, 'rpls-2023.csv', didoCsv(y2023, geo));

  const attributions = Math.round(GPGE.pending / GPGE.demandsPerAttribution);
  const c = GPGE.clichy;
  const clichyPending = TYPOLOGIES.reduce(
    (a, t) => a + (typeof c.pending[t] === 'number' ? (c.pending[t] as number) : 0),
    0,
  );
  const clichyAttributions = TYPOLOGIES.reduce(
    (a, t) => a + (typeof c.attributions[t] === 'number' ? (c.attributions[t] as number) : 0),
    0,
  );
  const othersOnly = communes.filter((x) => x !== clichy);
  const common = { transferShare: GPGE.transferShare, demandShares: DEMAND_SHARES, random };
  const rest2022 = planDemand({
    ...common,
    millesime: 2022,
    communes: othersOnly,
    stock: stockByTypology(y2022),
    pending: GPGE.pending - clichyPending,
    attributions: attributions - clichyAttributions,
    averageDelayMonths: GPGE.averageDelayMonths,
  });
  // Clichy-sous-Bois 2022: the real portal table (seed 002); transfers are not in it, so they are demo values.
  const clichyRows: DemandRow[] = TYPOLOGIES.map((t) => {
    const pending = c.pending[t];
    const attributed = c.attributions[t];
    const share = (v: number | string) => (typeof v === 'number' ? Math.round(v * GPGE.transferShare) : v);
    return {
      millesime: 2022,
      commune: clichy,
      typology: t,
      pending,
      pendingTransfers: share(pending),
      attributions: attributed,
      attributionTransfers: share(attributed),
    };
  });
  const d2022 = [...clichyRows, ...rest2022].sort(
    (a, b) =>
      a.commune.name.localeCompare(b.commune.name, 'fr') ||
      TYPOLOGIES.indexOf(a.typology) - TYPOLOGIES.indexOf(b.typology),
  );
  const d2023 = planDemand({
    ...common,
    millesime: 2023,
    communes,
    stock: stockByTypology(y2023),
    pending: Math.round(GPGE.pending * 1.04),
    attributions: Math.round(attributions * 0.97),
    averageDelayMonths: 28,
  });
  write(slug, 'demandes-2022.csv', demandCsv(d2022, false));
  write(slug, 'demandes-2023.csv', demandCsv(d2023, false));
  write(slug, 'positionnement-2023.csv', positioningCsv(d2023, 2023, BANDS_20));
}

console.log('Données de démonstration écrites :');
thiers();
grandParisGrandEst();
