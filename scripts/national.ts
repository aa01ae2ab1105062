/**
 * `npm run national -- decouper <fichier RPLS national> --sortie <dossier> [--annee 2025] [--adresse URL]`:
 * reads the national per-dwelling RPLS file once and writes one starter territory folder per EPCI and per
 * EPT (named by SIREN), so that `TERRITORIES_DIR=<dossier> TERRITORY=<siren> npm run build` builds any of
 * them. The logic is in src/lib/national; this file reads the arguments and prints the French summary.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { formatInteger } from '../src/lib/format/index.ts';
import { yearOfName } from '../src/lib/millesime/index.ts';
import { DEFAULT_SITE_URL, splitNational, type DepartementTotal } from '../src/lib/national/index.ts';
import { departementName, communeName } from '../src/lib/territory/index.ts';
import { printDiagnostics } from './cli-output.ts';
import { progressBar } from './progress.ts';

const USAGE = [
  'usage : npm run national -- decouper <fichier RPLS national> --sortie <dossier> [--annee 2025] [--resultats <classeur SDES> [--annee-resultats 2024]] [--adresse "https://{siren}.exemple.fr/"] [--liste-modifies <fichier>]',
  '        npm run national -- construire --sortie <dossier> [--liste <fichier> | --part i/n] [--sites <dossier>] [--processus 1]',
].join('\n');

function fail(message: string): never {
  console.error(`national : ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const VALUED = [
  '--sortie',
  '--annee',
  '--resultats',
  '--annee-resultats',
  '--adresse',
  '--liste-modifies',
  '--liste',
  '--part',
  '--sites',
  '--processus',
];
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const unknownOption = args.find((a) => a.startsWith('--') && !VALUED.includes(a));
if (unknownOption) fail(`option « ${unknownOption} » inconnue\n${USAGE}`);
const [command, input, ...extra] = args.filter((a, i) => !a.startsWith('--') && !VALUED.includes(args[i - 1] ?? ''));
if (command === 'construire') {
  if (input) fail(USAGE);
  const { buildMany } = await import('./national-build.ts');
  const processes = option('--processus');
  if (processes !== undefined && !/^[1-9]\d?$/.test(processes))
    fail(`--processus « ${processes} » : un nombre de processus de 1 à 99 est attendu, par exemple 2`);
  process.exit(
    await buildMany({
      territoriesDir: option('--sortie') ?? fail(`dites où sont les territoires avec --sortie <dossier>\n${USAGE}`),
      sitesDir: option('--sites') ?? 'sites',
      list: option('--liste'),
      part: option('--part'),
      processes: processes === undefined ? undefined : Number(processes),
      fail,
    }),
  );
}
if (command !== 'decouper' || !input || extra.length) fail(USAGE);
const out = option('--sortie');
if (!out) fail(`dites où écrire les territoires avec --sortie <dossier>\n${USAGE}`);
const file = resolve(input);
if (!existsSync(file)) fail(`fichier introuvable : ${input}`);
if (!statSync(file).isFile()) fail(`« ${input} » n’est pas un fichier`);
const yearText = option('--annee');
const millesime = yearText !== undefined ? Number(yearText) : yearOfName(file);
if (millesime === undefined)
  fail('je ne trouve pas l’année du fichier dans son nom : ajoutez --annee, par exemple --annee 2025');
if (!Number.isInteger(millesime) || millesime < 2000 || millesime > 2100)
  fail(`--annee « ${yearText} » : une année sur 4 chiffres est attendue`);
const siteUrl = option('--adresse') ?? DEFAULT_SITE_URL;
if (!siteUrl.includes('{siren}') || !/^https?:\/\/[^/]+\/$/.test(siteUrl.replace('{siren}', 'x')))
  fail(`--adresse « ${siteUrl} » : une adresse à la racine avec {siren}, par exemple https://{siren}.exemple.fr/`);

// The SDES « résultats RPLS » workbook (mobility, vacancy, rent per commune), split with the RPLS file.
const resultsInput = option('--resultats');
let results: { input: string; display: string; millesime: number } | undefined;
if (resultsInput) {
  const path = resolve(resultsInput);
  if (!existsSync(path) || !statSync(path).isFile()) fail(`classeur des résultats introuvable : ${resultsInput}`);
  const text = option('--annee-resultats');
  const year = text !== undefined ? Number(text) : yearOfName(path);
  if (year === undefined)
    fail(
      'je ne trouve pas l’année du classeur des résultats dans son nom : ajoutez --annee-resultats, par exemple 2024',
    );
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    fail(`--annee-resultats « ${text} » : une année sur 4 chiffres est attendue`);
  results = { input: path, display: basename(path), millesime: year };
}

const bar = progressBar();
const display = basename(file);
const started = Date.now();
const report = await splitNational({
  input: file,
  display,
  millesime,
  outDir: resolve(out),
  siteUrl,
  ...(results ? { results } : {}),
  ...(bar ? { onProgress: (p) => bar(display, p) } : {}),
});
const errors = printDiagnostics(report.diagnostics, console.log);
if (errors) {
  console.log('Découpe arrêtée.');
  process.exit(1);
}

const p = report.partition;
const n = formatInteger;
/** The first ten items of a list, and how many others: a summary stays a few lines long. */
const firstTen = (items: string[]) =>
  `${items.slice(0, 10).join(', ')}${items.length > 10 ? ` et ${n(items.length - 10)} autres` : ''}`;
const count = (list: { yaml: string; rpls: string }[], status: string) =>
  list.filter((t) => t.yaml === status || t.rpls === status).length;
const unknownDwellings = [...p.unknown.values()].reduce((s, u) => s + u.dwellings, 0);
const lines = [
  `Fichier national RPLS au 1er janvier ${millesime} : ${n(p.rows)} lignes lues en ${n(Math.round((Date.now() - started) / 1000))} s.`,
  `${n(p.dwellings)} logements rangés dans leur commune actuelle, ${n(p.communes.size)} communes.`,
  `Lignes sans code commune : ${n(p.withoutCommune.rows)} (${n(p.withoutCommune.dwellings)} logements, comptés à part).`,
];
if (p.unknown.size)
  lines.push(`Codes commune inconnus : ${n(p.unknown.size)} (${n(unknownDwellings)} logements, comptés à part).`);
if (p.merged.size)
  lines.push(
    `Anciennes communes : ${firstTen([...p.merged.values()].map((m) => `${m.from} → ${m.to} ${communeName(m.to) ?? ''}`.trim()))}.`,
  );
if (p.arrondissements.size) lines.push(`Arrondissements comptés avec leur commune : ${n(p.arrondissements.size)}.`);
const epci = report.territories.filter((t) => t.kind === 'EPCI');
const ept = report.territories.filter((t) => t.kind === 'EPT');
lines.push(
  `${n(report.territories.length)} territoires dans ${out} : ${n(epci.length)} EPCI et ${n(ept.length)} EPT.`,
  `Fichiers : ${n(count(report.territories, 'created'))} territoires avec un fichier créé, ${n(count(report.territories, 'updated'))} avec un fichier modifié ; les autres sont inchangés.`,
);
const kept = report.territories.filter((t) => t.yaml === 'kept');
if (kept.length)
  lines.push(
    `territory.yaml modifié depuis la dernière découpe, gardé tel quel : ${kept.map((t) => t.siren).join(', ')} (déclarez le nouveau fichier avec « npm run millesime -- ajouter »).`,
  );
const partial = report.territories.filter((t) => t.missingDepartements.length);
if (partial.length)
  lines.push(
    `Territoires dont le fichier ne couvre pas tous les départements (check refusera de les construire : leurs communes de ces départements seraient à 0 logement) : ${firstTen(partial.map((t) => `${t.siren} (${t.missingDepartements.join(', ')})`))}.`,
  );
if (report.outsideEpci.length)
  lines.push(
    `Communes dans aucun EPCI : ${firstTen(report.outsideEpci.map((c) => `${c.code} ${communeName(c.code) ?? ''}`.trim()))}.`,
  );
const table = (kind: string, rows: DepartementTotal[]) => [
  `Totaux par département, dossiers ${kind} : fichier = dossiers + communes hors ${kind}`,
  ...rows.map(
    (r) =>
      `  ${r.departement} ${departementName(r.departement) ?? ''} : ${n(r.file)} = ${n(r.written)} + ${n(r.outside)}${r.written + r.outside === r.file ? '' : '  ÉCART'}`,
  ),
];
lines.push(...table('EPCI', report.totals.EPCI), ...table('EPT', report.totals.EPT));
lines.push(
  `France : ${n(p.dwellings + p.withoutCommune.dwellings + unknownDwellings)} logements dans le fichier = ${n(p.dwellings)} rangés + ${n(p.withoutCommune.dwellings)} sans commune + ${n(unknownDwellings)} de code inconnu.`,
  'Totaux vérifiés : les dossiers écrits font le total du fichier, département par département.',
  `Pour construire un territoire : TERRITORIES_DIR=${out} TERRITORY=<siren> npm run build`,
);
for (const line of lines) console.log(line);
// For a national build: the SIREN of every territory whose files changed, one a line (the others need no new build).
const changedList = option('--liste-modifies');
if (changedList) {
  const changed = report.territories.filter(
    (t) => t.rpls !== 'unchanged' || (t.yaml !== 'unchanged' && t.yaml !== 'kept'),
  );
  writeFileSync(changedList, changed.map((t) => `${t.siren}\n`).join(''));
  console.log(`Territoires à reconstruire : ${n(changed.length)}, écrits dans ${changedList}.`);
}
