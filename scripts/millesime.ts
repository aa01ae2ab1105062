/**
 * `npm run millesime -- ajouter <fichier> [--type rpls|demande|indicateurs] [--annee 2024] [--essai]
 * [--origine "texte"]`: the yearly update. Recognises the file (kind, layout, year; asks when it
 * cannot), copies it into sources/, declares it in territory.yaml (comments and order kept), runs the data
 * checks and prints what changed since the previous millésime, commune by commune, flagging what usually
 * means a wrong file. An error puts everything back as it was; `--essai` works on a temporary copy.
 * `npm run millesime -- comparer` compares the newest declared files with the year before (millesime-compare.ts).
 * The territory is TERRITORY (default thiers-dore-montagne) in TERRITORIES_DIR (default data/territories).
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { PREVIOUS_PUBLICATION, buildDataset, buildFigures } from '../src/lib/dataset/index.ts';
import { DEMAND_CSV, tableCsv } from '../src/lib/opendata/index.ts';
import { hasErrors } from '../src/lib/diagnostics/index.ts';
import { compareMillesimes, declareSource, detectFile, reportLines } from '../src/lib/millesime/index.ts';
import { isTerritorySlug, loadTerritory } from '../src/lib/territory/index.ts';
import { runContext } from '../src/run-context.ts';
import { printDiagnostics } from './cli-output.ts';

type Kind = 'rpls' | 'demande' | 'indicateurs';
const KINDS: Kind[] = ['rpls', 'demande', 'indicateurs'];

function fail(message: string): never {
  console.error(`millesime : ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const [command, input] = args.filter(
  (a, i) => !a.startsWith('--') && !['--type', '--annee', '--origine', '--sortie'].includes(args[i - 1] ?? ''),
);
if (command === 'comparer') {
  // Kept apart: comparing the declared files adds nothing and asks nothing (pipelines run it).
  const { compareLatest } = await import('./millesime-compare.ts');
  process.exit(await compareLatest(option('--sortie')));
}
if (command !== 'ajouter' || !input)
  fail(
    'usage : npm run millesime -- ajouter <fichier> [--type rpls|demande|indicateurs] [--annee 2024] [--essai] [--origine "texte"], ou npm run millesime -- comparer [--sortie rapport.md]',
  );
const file = resolve(input);
if (!existsSync(file)) fail(`fichier introuvable : ${input}`);
if (!statSync(file).isFile()) fail(`« ${input} » n’est pas un fichier : c’est un dossier, ou un fichier spécial`);

const detected = await detectFile(file, input);
// A file that is not what its name says (a web page or a CSV saved as .xlsx, an empty or cut file): said in
// French, with its name and place, before any question.
if (detected.problems?.length) {
  printDiagnostics(detected.problems, console.error);
  fail(`« ${input} » ne peut pas être lu : rien n’a été copié ni déclaré`);
}
let kind = option('--type') as Kind | undefined;
if (kind && !KINDS.includes(kind)) fail(`--type « ${kind} » inconnu : rpls, demande ou indicateurs`);
kind ??= detected.kind;
let year = option('--annee') ? Number(option('--annee')) : detected.year;
if (year !== undefined && (!Number.isInteger(year) || year < 2000 || year > 2100))
  fail(`--annee « ${option('--annee')} » : une année sur 4 chiffres est attendue`);
if (!kind || year === undefined) {
  if (!process.stdin.isTTY)
    fail(
      `${!kind ? 'je ne reconnais pas la sorte de fichier : ajoutez --type rpls, demande ou indicateurs' : 'je ne trouve pas l’année du fichier : ajoutez --annee, par exemple --annee 2024'}`,
    );
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  while (!kind) {
    const a = (await rl.question('Quelle sorte de fichier ? rpls, demande ou indicateurs : ')).trim() as Kind;
    if (KINDS.includes(a)) kind = a;
  }
  while (year === undefined) {
    const a = Number((await rl.question('Quelle année, le millésime ? ')).trim());
    if (Number.isInteger(a) && a >= 2000 && a <= 2100) year = a;
  }
  rl.close();
}
const preset = kind === detected.kind ? detected.preset : undefined;
console.log(
  `Fichier ${basename(file)} : ${kind === 'rpls' ? 'RPLS' : kind === 'demande' ? 'demandes et attributions' : 'indicateurs du SDES'}${detected.layout && kind === detected.kind ? `, ${detected.layout}` : ''}, millésime ${year}.`,
);

const context = runContext();
const slug = context.territory;
let territoriesDir = context.territoriesDir;
// Checked before anything is copied or written: TERRITORY="../…" would lead out of the territories folder.
if (!isTerritorySlug(slug) || !existsSync(join(territoriesDir, slug, 'territory.yaml')))
  fail(
    `territoire « ${slug} » introuvable dans ${territoriesDir} : le nom est celui d’un dossier, en minuscules, chiffres et tirets`,
  );
const trial = args.includes('--essai');
let trialDir: string | undefined;
if (trial) {
  trialDir = mkdtempSync(join(tmpdir(), 'millesime-essai-'));
  cpSync(join(territoriesDir, slug), join(trialDir, slug), { recursive: true });
  territoriesDir = trialDir;
}
const dir = join(territoriesDir, slug);
const yamlPath = join(dir, 'territory.yaml');
const target = join(dir, 'sources', basename(file));
const copied = resolve(target) !== file;
if (copied && existsSync(target) && !readFileSync(target).equals(readFileSync(file)))
  fail(`un autre fichier porte déjà ce nom dans sources/ : ${basename(file)}. Renommez le nouveau fichier`);
const before = readFileSync(yamlPath, 'utf8');
// Before a new demand year changes the protection: what the site online publishes is what readers have. It
// is kept in publie/demandes.csv, and the build keeps those counts published when it can
// (src/lib/dataset/previous-publication.ts).
const previousPath = join(dir, PREVIOUS_PUBLICATION);
const previousBefore = existsSync(previousPath) ? readFileSync(previousPath) : undefined;
if (kind === 'demande') {
  const current = loadTerritory(slug, { territoriesDir });
  const published = current.territory ? await buildFigures(current.territory) : undefined;
  if (current.territory && published?.figures && published.figures.millesimes.demand.length > 0) {
    mkdirSync(dirname(previousPath), { recursive: true });
    writeFileSync(previousPath, tableCsv(DEMAND_CSV, buildDataset(current.territory, published.figures)));
    console.log(
      `Les chiffres publiés aujourd’hui sont gardés dans ${PREVIOUS_PUBLICATION} : la prochaine construction les garde publiés quand le secret le permet.`,
    );
  } else if (!published?.figures)
    console.log(
      `Les chiffres publiés aujourd’hui n’ont pas pu être relus (le territoire a des erreurs) : ${PREVIOUS_PUBLICATION} n’est pas écrit.`,
    );
}
const declared = declareSource(before, {
  kind,
  file: basename(file),
  millesime: year,
  ...(preset ? { preset } : {}),
  ...(option('--origine') ? { origin: option('--origine')! } : {}),
});
if ('error' in declared) fail(declared.error);
if (copied) copyFileSync(file, target);
writeFileSync(yamlPath, declared.text);

const undo = () => {
  writeFileSync(yamlPath, before);
  if (previousBefore) writeFileSync(previousPath, previousBefore);
  else rmSync(previousPath, { force: true });
  if (copied) rmSync(target, { force: true });
};
const loaded = loadTerritory(slug, { territoriesDir });
const figures = loaded.territory ? await buildFigures(loaded.territory) : undefined;
const diagnostics = [...loaded.diagnostics, ...(figures?.diagnostics ?? [])];
printDiagnostics(diagnostics, console.log);
if (!loaded.territory || !figures?.figures || hasErrors(diagnostics)) {
  undo();
  if (trialDir) rmSync(trialDir, { recursive: true, force: true });
  fail('le fichier n’a pas été ajouté : corrigez les erreurs ci-dessus. Rien n’a été changé.');
}
const report = compareMillesimes(figures.figures, kind, year, loaded.territory.communes);
for (const line of reportLines(report, kind, year)) console.log(line);
if (trialDir) {
  rmSync(trialDir, { recursive: true, force: true });
  console.log('Essai : rien n’a été changé. Relancez sans --essai pour ajouter le fichier.');
} else {
  console.log(
    `Le fichier est dans ${join('sources', basename(file))} et déclaré dans territory.yaml. Lancez « npm run build » pour publier.`,
  );
}
