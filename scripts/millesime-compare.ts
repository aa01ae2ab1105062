/**
 * `npm run millesime -- comparer [--sortie rapport.md]`: the comparison of the yearly update, without adding
 * anything. For each kind of data file declared in territory.yaml, its newest millésime is compared with the
 * one before, commune by commune, flagging what usually means a wrong file. The publication pipelines run it
 * on every merge request: a file uploaded through the editor gets its French report in the job log (and as a
 * note of the merge request where the platform allows) before anything is published.
 */
import { writeFileSync } from 'node:fs';
import { buildFigures, TABLE_OF_KIND } from '../src/lib/dataset/index.ts';
import { hasErrors } from '../src/lib/diagnostics/index.ts';
import { compareMillesimes, reportLines } from '../src/lib/millesime/index.ts';
import { isTerritorySlug, loadTerritory } from '../src/lib/territory/index.ts';
import { runContext } from '../src/run-context.ts';
import { printDiagnostics } from './cli-output.ts';

const KINDS = [
  ['rpls', 'Logements sociaux (fichier RPLS)'],
  ['demande', 'Demandes et attributions'],
  ['indicateurs', 'Mobilité, vacance et loyers (SDES)'],
] as const;

/** Prints the report; returns the process exit code (1 only when the files cannot be read). */
export async function compareLatest(output?: string): Promise<number> {
  const context = runContext();
  const slug = context.territory;
  if (!isTerritorySlug(slug)) {
    console.error(
      `millesime : territoire « ${slug} » : le nom est celui d’un dossier, en minuscules, chiffres et tirets`,
    );
    return 1;
  }
  const loaded = loadTerritory(slug, { territoriesDir: context.territoriesDir, displayRoot: context.root });
  const figures = loaded.territory ? await buildFigures(loaded.territory) : undefined;
  const diagnostics = [...loaded.diagnostics, ...(figures?.diagnostics ?? [])];
  if (!loaded.territory || !figures?.figures || hasErrors(diagnostics)) {
    printDiagnostics(diagnostics, console.error);
    console.error('millesime : les fichiers de données ne peuvent pas être comparés : corrigez les erreurs ci-dessus.');
    return 1;
  }
  const markdown: string[] = [`# Mise à jour des données : ${loaded.territory.settings.name}`, ''];
  let flags = 0;
  let compared = 0;
  for (const [kind, title] of KINDS) {
    const years = figures.figures.millesimes[TABLE_OF_KIND[kind]] ?? [];
    const newest = years[years.length - 1];
    if (newest === undefined) continue;
    compared++;
    const report = compareMillesimes(figures.figures, kind, newest, loaded.territory.communes);
    flags += report.flags;
    const lines = reportLines(report, kind, newest);
    console.log(`${title}, millésime ${newest}`);
    for (const line of lines) console.log(line);
    console.log('');
    markdown.push(`## ${title}, millésime ${newest}`, '', ...lines.map((l) => `- ${l.trim()}`), '');
  }
  const summary =
    compared === 0
      ? 'Aucun fichier de données n’est déclaré dans territory.yaml : rien à comparer.'
      : flags === 0
        ? 'Aucun point à vérifier : les changements ressemblent à ceux d’une année normale.'
        : `${flags} point${flags > 1 ? 's' : ''} à vérifier avant de publier (signalé${flags > 1 ? 's' : ''} par ⚠).`;
  console.log(summary);
  markdown.push(summary, '');
  if (output) writeFileSync(output, markdown.join('\n'));
  return 0;
}
