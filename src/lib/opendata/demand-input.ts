/**
 * The project's demand table (docs/donnees.md §3): the input that intercommunalities export from their
 * systems, proposed to the national schema catalogue. `npm run check` reads it with these constraints.
 */
import { TYPOLOGIES } from '../figures/index.ts';
import type { TableDeclaration } from './declaration.ts';

/**
 * The demand table. A hidden cell is one of `missingValues`, never read as 0; any other text in a number
 * column is an error, so that a typo is not silently hidden.
 */
export const DEMAND_TABLE: TableDeclaration = {
  name: 'tableau-demandes',
  title: 'Demandes de logement social et attributions, par commune et par typologie',
  description:
    'Une ligne par millésime, commune et typologie : demandes en attente au 31 décembre, attributions de l’année, dont mutations, délai moyen constaté. Une cellule vide ou masquée, par exemple « s », veut dire « non publié » et n’est jamais lue comme 0. Les nombres à virgule acceptent aussi le point.',
  fields: [
    {
      name: 'millesime',
      title: 'Millésime',
      description: 'Année des chiffres : demandes au 31 décembre, attributions de l’année.',
      type: 'year',
      required: true,
      minimum: 2000,
      maximum: 2100,
      example: '2023',
    },
    {
      name: 'code_commune',
      title: 'Code commune',
      description: 'Code INSEE de la commune, 5 caractères.',
      type: 'string',
      required: true,
      pattern: '[0-9]{5}|2[AB][0-9]{3}',
      patternWords: '5 chiffres, ou 2A ou 2B puis 3 chiffres',
      example: '63430',
    },
    {
      name: 'nom_commune',
      title: 'Nom de la commune',
      description: 'Nom de la commune, pour les personnes qui lisent le fichier.',
      type: 'string',
      optional: true,
      example: 'Thiers',
    },
    {
      name: 'typologie',
      title: 'Typologie',
      description: 'Taille du logement demandé ou attribué. T1 : 1 pièce. T5+ : 5 pièces ou plus.',
      type: 'string',
      required: true,
      values: TYPOLOGIES,
      example: 'T3',
    },
    {
      name: 'demandes',
      title: 'Demandes en attente',
      description: 'Demandes en attente au 31 décembre.',
      type: 'integer',
      minimum: 0,
      example: '61',
    },
    {
      name: 'demandes_mutation',
      title: 'Dont mutations',
      description: 'Dont demandes de mutation. Ce sont les demandes de locataires du parc social.',
      type: 'integer',
      minimum: 0,
      example: '20',
    },
    {
      name: 'attributions',
      title: 'Attributions',
      description: 'Logements attribués dans l’année.',
      type: 'integer',
      minimum: 0,
      example: '12',
    },
    {
      name: 'attributions_mutation',
      title: 'Dont attributions en mutation',
      description: 'Dont attributions en mutation. Ce sont les attributions à des locataires du parc social.',
      type: 'integer',
      minimum: 0,
      example: '3',
    },
    {
      name: 'delai_moyen_mois',
      title: 'Délai moyen',
      description: 'Délai moyen constaté avant attribution, en mois.',
      type: 'number',
      optional: true,
      minimum: 0,
      example: '6,2',
    },
  ],
  primaryKey: ['millesime', 'code_commune', 'typologie'],
  missingValues: ['', 's', 'S', 'nd', 'ND', 'n.d.', 'nc', 'NC', 'secret', '<5', '-'],
};
