/**
 * Reads a positioning table (the project's layout, preset `positionnement-projet`, or a declared mapping):
 * for each size, the demands waiting and the households housed, by band of points, for the whole
 * territory. The bands of a size must start at 0, follow each other without gap or overlap, and only the
 * last may be open: otherwise a person could not place their points in exactly one band.
 */
import type { Diagnostic } from '../diagnostics/index.ts';
import { TYPOLOGIES, type RawPositioningBand, type Typology } from '../figures/index.ts';
import type { TableMapping } from './presets.ts';
import { TERRITORY_ROW, readMapped, type FieldSpec, type MappedReadOptions } from './read-table.ts';
import { MAX_COUNT } from './read-demand.ts';

/** What a read gives: the bands of each size, in order. */
export interface PositioningReadResult {
  sizes: Partial<Record<Typology, RawPositioningBand[]>>;
  diagnostics: Diagnostic[];
}

const FIELDS: readonly FieldSpec[] = [
  { name: 'points_min', meaning: 'premier nombre de points de la tranche', required: true },
  { name: 'points_max', meaning: 'dernier nombre de points de la tranche', required: true },
  { name: 'demandes_en_attente', meaning: 'demandes en attente au 31 décembre', required: true },
  { name: 'attributions', meaning: 'ménages logés dans l’année', required: true },
];

/** The most points a grid gives: far above any real one, so that a slip (a count in the points column) is seen. */
const MAX_POINTS = 100_000;

/** Reads the positioning table of one millésime. */
export async function readMappedPositioning(
  path: string,
  mapping: TableMapping,
  options: MappedReadOptions,
): Promise<PositioningReadResult> {
  const sizes: Partial<Record<Typology, RawPositioningBand[]>> = {};
  const r = await readMapped(path, mapping, FIELDS, options, (row, say) => {
    if (row.code !== TERRITORY_ROW) {
      say(
        'warning',
        row.line,
        1,
        `ligne d’une commune (${row.raw}) : le site ne lit que les lignes de tout le territoire`,
        'écrivez « territoire » dans code_commune pour les chiffres de toute l’intercommunalité',
      );
      return;
    }
    if (!row.typology) {
      say('error', row.line, 1, 'typologie absente', 'une typologie T1, T2, T3, T4 ou T5+ est attendue');
      return;
    }
    const integer = (name: string, max: number, open = false): number | null | undefined => {
      const v = row.value(name);
      if (v === undefined) return undefined;
      if (v === 'source') {
        // Only an empty cell opens the last band: a secrecy mark (« s ») is not a number of points.
        if (open && (row.text(name) ?? '').trim() === '') return null;
        say(
          'error',
          row.line,
          row.column(name),
          `« ${(row.text(name) ?? '').trim()} » dans « ${name} » : des points ne sont jamais cachés`,
          open
            ? 'le dernier nombre de points de la tranche est attendu, ou une case vide pour la dernière tranche'
            : 'le premier nombre de points de la tranche est attendu',
        );
        return undefined;
      }
      if (!Number.isInteger(v) || v < 0 || v > max) {
        say(
          'error',
          row.line,
          row.column(name),
          `« ${row.text(name)} » dans « ${name} » : ${v > max ? 'nombre trop grand' : 'un nombre entier positif est attendu'}`,
          v > max ? `${max.toLocaleString('fr-FR')} au plus : vérifiez la cellule` : 'par exemple 120',
        );
        return undefined;
      }
      return v;
    };
    // A cell that is neither a number nor a mark is reported by value(): once, not again by integer().
    const count = (name: string): number | 'source' | undefined => {
      const v = row.value(name);
      if (v === undefined || v === 'source') return v;
      return integer(name, MAX_COUNT) ?? undefined;
    };
    const min = integer('points_min', MAX_POINTS);
    const max = integer('points_max', MAX_POINTS, true);
    const pending = count('demandes_en_attente');
    const attributions = count('attributions');
    if (min === undefined || min === null || max === undefined || pending === undefined || attributions === undefined)
      return;
    if (max !== null && max < min) {
      say(
        'error',
        row.line,
        row.column('points_max'),
        `tranche de ${min} à ${max} points : le dernier nombre est plus petit que le premier`,
        'points_max est le dernier nombre de points de la tranche, points_min le premier',
      );
      return;
    }
    (sizes[row.typology] ??= []).push({ line: row.line, min, max, pending, attributions });
  });
  const diagnostics = [...r.diagnostics];
  const say = (line: number, message: string, hint: string) =>
    diagnostics.push({ file: options.display, line, column: 1, severity: 'error', message, hint });
  for (const k of TYPOLOGIES) {
    const bands = sizes[k]?.sort((a, b) => a.min - b.min);
    if (!bands) continue;
    if (bands[0]!.min !== 0)
      say(bands[0]!.line, `${k} : la première tranche commence à ${bands[0]!.min} points`, 'elle commence à 0 points');
    bands.forEach((b, i) => {
      const next = bands[i + 1];
      if (!next) return;
      if (b.max === null)
        say(
          b.line,
          `${k} : la tranche « ${b.min} points et plus » n’est pas la dernière`,
          'seule la dernière tranche reste ouverte',
        );
      else if (next.min !== b.max + 1)
        say(
          next.line,
          `${k} : la tranche qui commence à ${next.min} points ne suit pas celle qui finit à ${b.max}`,
          `elle doit commencer à ${b.max + 1} points : les tranches se suivent sans trou ni chevauchement`,
        );
    });
  }
  return { sizes, diagnostics };
}
