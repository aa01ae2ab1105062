/** The leaflets draw the same pictograms as the site: one set, kept in src/lib/pictograms. */
export { PICTOGRAMS, type PictogramName, type Pictogram } from '../pictograms/index.ts';
