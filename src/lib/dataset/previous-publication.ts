/**
 * The previous publication: `publie/demandes.csv` in the territory's folder, the open-data file of the site
 * that is online (written there by `npm run millesime` before a new year is added, or copied by hand from
 * /donnees/demandes.csv). Readers already have its counts: the protection keeps them published when it can,
 * and the build's secrecy summary says which rule hid the others (docs/attente-et-secret.md §6).
 *
 * The columns read are the public interface of /donnees/demandes.csv (docs/donnees.md): millesime,
 * code_commune, typologie, demandes_en_attente(_statut), attributions(_statut). Written here by name, not
 * imported from src/lib/opendata, which depends on the dataset.
 */
import { existsSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Diagnostic } from '../diagnostics/index.ts';
import { TYPOLOGIES, type Typology } from '../figures/index.ts';

/** Where the previous publication lives, inside the territory's folder. */
export const PREVIOUS_PUBLICATION = 'publie/demandes.csv';

/** A count of the previous publication: `millesime|code|size|measure`, code `territoire` for the territory. */
export type PublishedBefore = ReadonlyMap<string, number>;

/** The measures kept from one publication to the next. */
export type KeptMeasure = 'pending' | 'attributions';

/** Key of a count in `PublishedBefore`. */
export const beforeKey = (millesime: number, code: string, size: Typology | 'total', measure: KeptMeasure) =>
  `${millesime}|${code}|${size}|${measure}`;

const COLUMNS: Record<KeptMeasure, string> = { pending: 'demandes_en_attente', attributions: 'attributions' };
const SIZES: ReadonlyMap<string, Typology | 'total'> = new Map([
  ...TYPOLOGIES.map((k) => [k, k] as const),
  ['toutes', 'total'] as const,
]);
const PLACE = /^(?:[0-9]{5}|2[AB][0-9]{3}|territoire)$/;

/**
 * Reads the previous publication, if the territory has one. Counts whose status column is not empty (hidden)
 * are left out: only what readers really have is kept. Every problem is an error with its line and column:
 * a wrong file would silently change what is protected.
 */
export function readPreviousPublication(
  path: string,
  display: string,
): { before?: PublishedBefore; diagnostics: Diagnostic[] } {
  if (!existsSync(path)) return { diagnostics: [] };
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true });
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, column: number, message: string, hint?: string) =>
    diagnostics.push({ file: display, line, column, severity: 'error', message, ...(hint ? { hint } : {}) });
  const header = parsed.data[0] ?? [];
  const needed = [
    'millesime',
    'code_commune',
    'typologie',
    ...Object.values(COLUMNS).flatMap((c) => [c, `${c}_statut`]),
  ];
  const missing = needed.filter((n) => !header.includes(n));
  if (missing.length > 0) {
    error(
      1,
      1,
      `publication précédente : colonne${missing.length > 1 ? 's' : ''} ${missing.map((m) => `« ${m} »`).join(', ')} absente${missing.length > 1 ? 's' : ''} de la ligne de titres`,
      'ce fichier doit être le fichier /donnees/demandes.csv du site en ligne, sans modification',
    );
    return { diagnostics };
  }
  const at = (name: string) => header.indexOf(name);
  const before = new Map<string, number>();
  for (const [i, row] of parsed.data.slice(1).entries()) {
    const line = i + 2;
    const cell = (name: string) => row[at(name)] ?? '';
    const wrong = (name: string, message: string) => error(line, at(name) + 1, `publication précédente : ${message}`);
    const millesime = Number(cell('millesime'));
    const code = cell('code_commune');
    const size = SIZES.get(cell('typologie'));
    if (!Number.isInteger(millesime) || millesime < 2000 || millesime > 2100) {
      wrong('millesime', `millésime « ${cell('millesime')} » : une année sur 4 chiffres est attendue`);
      continue;
    }
    if (!PLACE.test(code)) {
      wrong('code_commune', `code « ${code} » : un code INSEE ou « territoire » est attendu`);
      continue;
    }
    if (!size) {
      wrong('typologie', `taille « ${cell('typologie')} » : T1, T2, T3, T4, T5+ ou « toutes » est attendu`);
      continue;
    }
    for (const [measure, column] of Object.entries(COLUMNS) as [KeptMeasure, string][]) {
      // A hidden count (its status says why) is not something readers have.
      if (cell(`${column}_statut`) !== '') continue;
      const n = Number(cell(column));
      if (cell(column) === '' || !Number.isInteger(n) || n < 0)
        wrong(column, `« ${cell(column)} » dans ${column} : un nombre entier publié est attendu`);
      else before.set(beforeKey(millesime, code, size, measure), n);
    }
  }
  return diagnostics.length > 0 ? { diagnostics } : { before, diagnostics };
}
