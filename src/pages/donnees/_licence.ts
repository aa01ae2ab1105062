/** Licence of the open data files (Licence Ouverte 2.0 of Etalab, required for public open data). */
export const LICENCE = {
  name: 'Licence Ouverte / Open Licence version 2.0',
  url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/',
};
