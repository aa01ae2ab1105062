/**
 * `npm run check`: validates the territory (settings, desks, data files, content) and prints every
 * problem in French as `file:line:column  message  (what to do)`. Exit code 1 on any error. Writes nothing
 * to dist/.
 */
import { prepareDataset } from './prepare.ts';
import { printDiagnostics } from './cli-output.ts';
import { runContentChecks } from './content-checks.ts';
import { secrecySummary } from './secrecy-summary.ts';

const prepared = await prepareDataset();
const diagnostics = [...prepared.diagnostics, ...(await runContentChecks(prepared))];
const errors = printDiagnostics(diagnostics, console.log);
if (errors) {
  console.log(`Vérification du territoire « ${prepared.slug} » : échec.`);
  process.exit(1);
}
for (const line of secrecySummary(prepared.dataset)) console.log(line);
console.log(`Vérification du territoire « ${prepared.slug} » : tout est correct.`);
