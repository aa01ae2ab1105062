/** Leaflets (plaquettes): content models, tagged PDF rendering, QR codes and pictograms. */
export type { LeafletModel, Section, Block, LeafletKind } from './model.ts';
export { PICTOGRAMS, type PictogramName, type Pictogram } from './pictograms.ts';
export { qrMatrix, qrSvgPath, type QrMatrix } from './qr.ts';
export { renderLeafletPdf, MARGIN, BODY_SIZE } from './pdf-render.ts';
export { territoryLeaflet, TERRITORY_LEAFLET_ID, territoryLeafletPages, deskPages } from './territory-leaflet.ts';
export { ceilingsSection, ceilingsPointer } from './ceilings-section.ts';
export { positionSection, POSITION_SECTION_ID } from './position-section.ts';
export { communeSheet, communeSheetId, COMMUNE_SHEET_PAGES, type NearestDesks } from './commune-sheet.ts';
export { dataDate, latestSources, NO_DATA_DATE } from './data-date.ts';
export {
  leafletModels,
  generateLeaflets,
  leafletFiles,
  defaultDeps,
  type LeafletDeps,
  type GeneratedLeaflet,
  type LeafletFile,
} from './catalog.ts';
export { cotationLeaflet, groupRules, COTATION_LEAFLET_ID } from './cotation-leaflet.ts';
export { yearlyReportLeaflet, yearlyReportId, STATUS_WORDS } from './yearly-report-leaflet.ts';
