/**
 * `npm run geocode -- export [file.csv]`   writes the desks' addresses for the national address
 *                                           service's batch geocoder (adresse.data.gouv.fr, CSV mode).
 * `npm run geocode -- import <file.csv> [--min-score 0.7]`
 *                                           merges its answer into desks.yaml; low scores are refused.
 * `npm run geocode -- centres <communes.geojson>...`
 *                                           writes commune-centres.yaml from commune contours.
 * The territory is TERRITORY (default thiers-dore-montagne). No network: the upload is done by a person.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTerritory, currentCommuneCode } from '../src/lib/territory/index.ts';
import { runContext } from '../src/run-context.ts';
import { decideGeocodeResults, geocodeExportCsv, mergeLocations, polygonCentre } from '../src/lib/desks/index.ts';
import { printDiagnostics } from './cli-output.ts';

const [command, ...args] = process.argv.slice(2);
const context = runContext();
const { territory, diagnostics } = loadTerritory(context.territory, {
  territoriesDir: context.territoriesDir,
  displayRoot: context.root,
});
if (!territory) {
  printDiagnostics(diagnostics);
  console.error('Corrigez d’abord ces erreurs avec « npm run check ».');
  process.exit(1);
}

/** The text of a file given on the command line, or a French message and exit code 1. */
function readInput(file: string): string {
  if (!existsSync(file)) fail(`${file} : fichier introuvable`);
  if (!statSync(file).isFile()) fail(`${file} : ce n’est pas un fichier, c’est un dossier ou un fichier spécial`);
  // Read whole and without the size limit of settings files: a contours file may weigh hundreds of megabytes.
  return readFileSync(file, 'utf8');
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Writes through a temporary file so that a failure never leaves a half-written file. */
function writeAtomic(file: string, text: string): void {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

if (command === 'export') {
  const csv = geocodeExportCsv(territory.desks);
  if (args[0]) {
    writeAtomic(args[0], csv);
    console.log(
      `Fichier écrit : ${args[0]}. Envoyez-le au géocodeur par lot de adresse.data.gouv.fr, colonne « adresse », code INSEE « citycode ».`,
    );
  } else process.stdout.write(csv);
} else if (command === 'import') {
  const file = args[0];
  if (!file) {
    console.error('Donnez le fichier rendu par le géocodeur : npm run geocode -- import resultat.csv');
    process.exit(1);
  }
  const minIndex = args.indexOf('--min-score');
  const minScore = minIndex >= 0 ? Number(args[minIndex + 1]) : 0.7;
  let decisions;
  try {
    decisions = decideGeocodeResults(readInput(file), territory.desks, minScore);
  } catch (e) {
    console.error(`${file} : ${(e as Error).message}`);
    process.exit(1);
  }
  for (const d of decisions) {
    if (d.accepted)
      console.log(
        `${file}:${d.line}  ${d.id} : position à l’adresse acceptée, score ${String(d.location.score).replace('.', ',')}.`,
      );
    else console.log(`${file}:${d.line}  ${d.id} : refusé, ${d.reason}.`);
  }
  const accepted = decisions.filter((d) => d.accepted).length;
  if (accepted) {
    const desksFile = join(territory.dir, 'desks.yaml');
    writeAtomic(desksFile, mergeLocations(readFileSync(desksFile, 'utf8'), decisions));
  }
  console.log(`${accepted} position(s) écrite(s) dans desks.yaml, ${decisions.length - accepted} refusée(s).`);
} else if (command === 'centres') {
  const sums = new Map<string, { lat: number; lon: number; area: number }>();
  for (const file of args) {
    const text = readInput(file);
    let geo: { features: { properties: { code: string }; geometry: { type: string; coordinates: unknown } }[] };
    try {
      geo = JSON.parse(text) as typeof geo;
    } catch {
      fail(`${file} : ce n’est pas un fichier GeoJSON lisible (JSON incorrect)`);
    }
    if (!Array.isArray(geo?.features)) fail(`${file} : ce fichier GeoJSON n’a pas de liste « features » de communes`);
    for (const f of geo.features) {
      const code = currentCommuneCode(f.properties.code);
      if (!code || !territory.communes.some((c) => c.code === code)) continue;
      const c = polygonCentre(f.geometry);
      const s = sums.get(code) ?? { lat: 0, lon: 0, area: 0 };
      sums.set(code, { lat: s.lat + c.lat * c.area, lon: s.lon + c.lon * c.area, area: s.area + c.area });
    }
  }
  const lines = territory.communes
    .filter((c) => sums.has(c.code))
    .map((c) => {
      const s = sums.get(c.code)!;
      return `"${c.code}": [${(s.lat / s.area).toFixed(4)}, ${(s.lon / s.area).toFixed(4)}] # ${c.name}`;
    });
  const header = [
    `# Centre approximatif de chaque commune de ${territory.settings.name} : centre de gravité du contour.`,
    '# Sert à trouver les guichets les plus proches d’une commune. Ce n’est pas l’adresse de la mairie.',
    '# Écrit par « npm run geocode -- centres » depuis les contours IGN ADMIN EXPRESS 2018 simplifiés, Licence Ouverte.',
  ];
  writeAtomic(join(territory.dir, 'commune-centres.yaml'), [...header, ...lines].join('\n') + '\n');
  console.log(`${lines.length} centres écrits sur ${territory.communes.length} communes.`);
} else {
  console.error('Commande attendue : export, import ou centres. Exemple : npm run geocode -- export guichets.csv');
  process.exit(1);
}
