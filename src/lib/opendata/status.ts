/**
 * The values of the `_statut` columns: why a numeric column is empty. The statuses are those of
 * `figureStatus` (src/lib/wording); their meanings are written once here, for the dictionary, the
 * Table Schema and donnees.json.
 */
import type { FigureStatus } from '../wording/index.ts';

/** A status written in a file: every status but the empty one. */
export type WrittenStatus = Exclude<FigureStatus, ''>;

/** What each status means, in FALC. */
export const STATUS_MEANINGS: Readonly<Record<WrittenStatus, string>> = {
  secret: 'Le nombre est caché. Il est plus petit que le seuil du secret statistique, ou il en vient.',
  secret_secondaire:
    'Le nombre est caché pour qu’on ne puisse pas recalculer un autre nombre caché. Il peut être petit ou grand. Un délai ou une pression calculés avec lui sont cachés aussi.',
  non_publie_source: 'Le fichier source ne publie pas ce nombre.',
  non_calculable: 'Le nombre ne peut pas être calculé. Par exemple, aucun logement n’a été donné dans l’année.',
  borne_inferieure: 'Le nombre est caché, mais une valeur minimum est sûre. Elle est dans la colonne _minimum.',
  absent: 'La source ne donne pas ce chiffre.',
  territoire_seulement: 'Ce nombre est publié pour tout le territoire seulement. Par commune, il est trop petit.',
  toutes_tailles_seulement:
    'Ce nombre est publié pour toutes les tailles ensemble seulement, dans la ligne « toutes ». Par taille, il est trop petit.',
};

/** Every status value with its meaning, the empty one first, for the dictionary. */
export const STATUS_VALUES: readonly { value: FigureStatus; meaning: string }[] = [
  { value: '', meaning: 'Le nombre est publié.' },
  ...(Object.entries(STATUS_MEANINGS) as [WrittenStatus, string][]).map(([value, meaning]) => ({ value, meaning })),
];

/** Statuses of a count: hidden by statistical secrecy, or by the source. */
export const COUNT_STATUSES: readonly WrittenStatus[] = ['secret', 'secret_secondaire', 'non_publie_source'];
