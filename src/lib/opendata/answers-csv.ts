/**
 * /donnees/attente.csv: the one wait answer of every commune (and the territory) × size for the latest
 * demand millésime, exactly as the pages, the simulator and the leaflets say it (src/lib/answers, words
 * from src/lib/wording). A reader who scripts against it gets the answer and the sentence together.
 */
import type { SizeKey, WaitAnswer } from '../answers/index.ts';
import { TYPOLOGIES } from '../figures/index.ts';
import { answerLines, type AnswerLines } from '../wording/index.ts';
import { placeColumns, sizeColumn, TERRITORY_CODE, type Place } from './columns.ts';
import { publishedTable, type Column, type OpenDataSource } from './declaration.ts';

/** A row: one place × size. */
interface AnswerRow extends Place {
  typology: SizeKey;
  lines: AnswerLines;
}

/** The kinds of answer, as written in the `reponse` column. */
const KIND_WORDS: Record<WaitAnswer['kind'], string> = {
  figure: 'chiffre',
  pooled: 'annees',
  fallback: 'repli',
  'no-social-housing': 'sans_parc',
  'no-size-here': 'sans_taille',
  unknown: 'inconnu',
};
const REASON_WORDS = {
  'none-given': 'aucun_donne',
  'none-given-latest': 'aucun_donne_derniere_annee',
  'too-few': 'trop_peu',
  hidden: 'cache',
  'not-in-source': 'pas_dans_la_source',
} as const;
const SCOPE_WORDS = {
  'territory-size': 'territoire_meme_taille',
  'commune-all-sizes': 'commune_toutes_tailles',
  'territory-all-sizes': 'territoire_toutes_tailles',
} as const;

/** The delay figure an answer gives, for its place or a wider one. */
function delayOf(a: WaitAnswer) {
  if (a.kind === 'figure' || a.kind === 'pooled' || a.kind === 'fallback') return a.delay;
  if (a.kind === 'no-social-housing' || a.kind === 'no-size-here') return a.territory ?? undefined;
  return undefined;
}

const COLUMNS: Column<AnswerRow>[] = [
  ...placeColumns<AnswerRow>('Année des chiffres : les ménages logés pendant cette année.'),
  sizeColumn<AnswerRow>(),
  {
    name: 'reponse',
    title: 'Sorte de réponse',
    description: 'La sorte de réponse. La colonne phrase la dit en mots.',
    type: 'string',
    required: true,
    values: Object.values(KIND_WORDS),
    value: (r) => KIND_WORDS[r.lines.answer.kind],
  },
  {
    name: 'raison',
    title: 'Pourquoi pas de chiffre ici',
    description:
      'Pourquoi il n’y a pas de chiffre ici. aucun_donne : aucun logement donné, toutes les années du fichier. aucun_donne_derniere_annee : aucun logement donné pendant l’année de la ligne. trop_peu : moins que le seuil. cache : pour protéger les personnes. pas_dans_la_source : le fichier ne donne pas l’attente.',
    type: 'string',
    values: Object.values(REASON_WORDS),
    value: (r) => ('reason' in r.lines.answer ? REASON_WORDS[r.lines.answer.reason] : null),
  },
  {
    name: 'portee',
    title: 'Lieu du chiffre de repli',
    description: 'Pour un repli : territoire_meme_taille, commune_toutes_tailles ou territoire_toutes_tailles.',
    type: 'string',
    values: Object.values(SCOPE_WORDS),
    value: (r) => (r.lines.answer.kind === 'fallback' ? SCOPE_WORDS[r.lines.answer.scope] : null),
  },
  {
    name: 'attente_mois',
    title: 'Attente, en mois',
    description:
      'L’attente des ménages logés, en mois, quand elle est dite précisément. Sinon, voir attente_min_mois et attente_max_mois.',
    type: 'number',
    minimum: 0,
    value: (r) => {
      const d = delayOf(r.lines.answer);
      return d && !d.band ? d.months : null;
    },
  },
  {
    name: 'attente_min_mois',
    title: 'Attente, au moins, en mois',
    description: 'Début de la bande, quand l’attente est dite à peu près. Peu de ménages ont été logés.',
    type: 'integer',
    minimum: 0,
    value: (r) => delayOf(r.lines.answer)?.band?.min ?? null,
  },
  {
    name: 'attente_max_mois',
    title: 'Attente, au plus, en mois',
    description: 'Fin de la bande, exclue. Vide pour « plus de 5 ans ».',
    type: 'integer',
    minimum: 0,
    value: (r) => delayOf(r.lines.answer)?.band?.max ?? null,
  },
  {
    name: 'statistique',
    title: 'Moyenne ou médiane',
    description: 'moyenne pour le tableau des demandes, mediane pour le socle d’Île-de-France.',
    type: 'string',
    values: ['moyenne', 'mediane'],
    value: (r) => delayOf(r.lines.answer)?.statistic ?? null,
  },
  {
    name: 'annees',
    title: 'Années du chiffre',
    description: 'Les années du chiffre, séparées par « + » quand plusieurs années sont réunies.',
    type: 'string',
    value: (r) => delayOf(r.lines.answer)?.millesimes.join('+') ?? null,
  },
  {
    name: 'phrase',
    title: 'La réponse en français facile',
    description: 'La phrase de la page de la commune, du simulateur et des fiches.',
    type: 'string',
    required: true,
    value: (r) => r.lines.headline,
  },
];

/** Every answer row: each commune × size and all sizes, then the territory. */
function answerRows(d: OpenDataSource): AnswerRow[] {
  const answers = d.answers;
  if (!answers) return [];
  const keys: SizeKey[] = [...TYPOLOGIES, 'total'];
  const places = [
    ...d.communes.map((c) => ({ code: c.code, name: c.name, commune: c })),
    { code: TERRITORY_CODE, name: d.settings.name, commune: null },
  ];
  return places.flatMap((p) =>
    keys.flatMap((typology) => {
      const lines = answerLines(d, p.commune, typology);
      return lines ? [{ millesime: answers.millesime, code: p.code, name: p.name, typology, lines }] : [];
    }),
  );
}

/** attente.csv. */
export const ANSWERS_CSV = publishedTable<AnswerRow>({
  name: 'attente',
  file: 'attente.csv',
  jsonKey: 'attente',
  label: 'L’attente, commune par commune',
  title: 'L’attente des ménages logés, par commune et par taille : la réponse du site',
  description:
    'Pour la dernière année, chaque commune et le territoire, chaque taille et toutes les tailles : combien de temps les ménages logés avaient attendu, la sorte de réponse, et la phrase du site. Le secret statistique est appliqué.',
  fields: COLUMNS,
  primaryKey: ['millesime', 'code_commune', 'typologie'],
  missingValues: [''],
  rows: answerRows,
});
