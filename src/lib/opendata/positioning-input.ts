/**
 * The project's positioning table (docs/donnees.md §15): for each size, the points of the demands still
 * waiting at 31 December and of the households housed in the year, counted by band of points. The
 * intercommunality exports it from its demand system (the cotation is computed there); `npm run check` reads
 * it with these constraints.
 */
import type { TableDeclaration } from './declaration.ts';
import { DEMAND_TABLE } from './demand-input.ts';

/** Code of a row about the whole territory (a commune's rows are not read yet). */
export const POSITIONING_TERRITORY = 'territoire';

/** The positioning table. A hidden cell is one of `missingValues`, never read as 0. */
export const POSITIONING_TABLE: TableDeclaration = {
  name: 'tableau-positionnement',
  title: 'Points des demandes en attente et des ménages logés, par typologie et par tranche de points',
  description:
    'Une ligne par millésime, typologie et tranche de points, pour tout le territoire (« territoire » dans code_commune) : le nombre de demandes en attente au 31 décembre qui ont ces points, et le nombre de ménages logés dans l’année qui avaient ces points. Les tranches se suivent sans trou, à partir de 0 ; la dernière peut rester ouverte (points_max vide).',
  fields: [
    DEMAND_TABLE.fields.find((f) => f.name === 'millesime')!,
    {
      name: 'code_commune',
      title: 'Lieu',
      description: '« territoire » : les chiffres de toute l’intercommunalité.',
      type: 'string',
      required: true,
      pattern: POSITIONING_TERRITORY,
      patternWords: '« territoire »',
      example: POSITIONING_TERRITORY,
    },
    DEMAND_TABLE.fields.find((f) => f.name === 'typologie')!,
    {
      name: 'points_min',
      title: 'Points, au moins',
      description: 'Premier nombre de points de la tranche.',
      type: 'integer',
      required: true,
      minimum: 0,
      example: '100',
    },
    {
      name: 'points_max',
      title: 'Points, au plus',
      description: 'Dernier nombre de points de la tranche. Vide pour la dernière tranche : « et plus ».',
      type: 'integer',
      optional: true,
      minimum: 0,
      example: '199',
    },
    {
      name: 'demandes_en_attente',
      title: 'Demandes en attente',
      description: 'Demandes en attente au 31 décembre qui ont ces points.',
      type: 'integer',
      minimum: 0,
      example: '42',
    },
    {
      name: 'attributions',
      title: 'Ménages logés',
      description: 'Ménages logés dans l’année qui avaient ces points au moment de la commission.',
      type: 'integer',
      minimum: 0,
      example: '9',
    },
  ],
  primaryKey: ['millesime', 'code_commune', 'typologie', 'points_min'],
  missingValues: ['', 's', 'S', 'nd', 'ND', 'n.d.', 'nc', 'NC', 'secret', '<5', '-'],
};
