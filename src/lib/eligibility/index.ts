/**
 * Eligibility for social housing: the yearly income ceilings (shared data file), the household category of
 * the arrêté du 29 juillet 1987, the zone of a commune, and the answer « which kinds of homes can I get ».
 */
export * from './browser.ts';
export { yearFor } from './ceilings.ts';
export { PARIS_AND_NEIGHBOURS, ILE_DE_FRANCE_DEPARTEMENTS } from './zones.ts';
export { loadCeilings, CEILINGS_FILE, type LoadedCeilings } from './load.ts';
export { ceilingsFileSchema, type CeilingsFile } from './schema.ts';
export { eligibilityData } from './site.ts';
export { firstQuartileText, type FirstQuartileSetting } from './first-quartile.ts';
