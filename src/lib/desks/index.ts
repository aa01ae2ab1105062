/** Desks (guichets): schema, opening hours, French rendering, nearest desks, orientation helper. */
export {
  deskSchema,
  deskEntrySchema,
  desksFileSchema,
  DESK_KINDS,
  AUDIENCES,
  type Desk,
  type DeskLevel,
} from './schema.ts';
export { parseOpeningHours, isOpenAt } from './hours.ts';
export { validateDesks, isFrenchPhone, type DeskContext } from './validate.ts';
export { toWeeklySchedule } from './weekly-schedule.ts';
export {
  openStateAt,
  isFrenchPublicHoliday,
  parisClock,
  type WeeklySchedule,
  type DayRange,
  type OpenState,
} from './schedule.ts';
export { frenchOpeningLines, frenchDays, frenchTime } from './hours-french.ts';
export { distanceKm, nearestDesks, type LatLon, type NearestOptions } from './nearest.ts';
export {
  LEVEL_LABELS,
  LEVEL_HEADINGS,
  AUDIENCE_LABELS,
  AUDIENCE_WHO,
  mainLevel,
  whatYouCanDo,
  atCommune,
  whoItServes,
  outsideTerritoryText,
  directorySummary,
  askBeforeComing,
  appointmentText,
  type DeskReach,
} from './labels.ts';
export { orderDesks, deskGroups, inTerritory, desksAtLevel, type OrderOptions, type DeskGroup } from './order.ts';
export {
  ORIENTATIONS,
  orientationSchema,
  type Orientation,
  type OrientationQuestion,
  type OrientationOutcome,
  type DeskSelector,
} from './orientation-schema.ts';
export {
  validateOrientation,
  selectDesks,
  outcomeDesks,
  REGISTER_CARDS_MAX,
  type OutcomeDesks,
  followAnswers,
  orientationStepPath,
  orientationDepths,
} from './orientation.ts';
export { loadDeskExtras, type DeskExtras } from './load-files.ts';
export {
  geocodeExportCsv,
  decideGeocodeResults,
  mergeLocations,
  polygonCentre,
  type GeocodeDecision,
} from './geocode.ts';
export { deskFilters, matchesFilter, deskCommuneName, audienceFilterLabel, type DeskFilter } from './filters.ts';
export { desksServing, homeCommuneChoices, type CommuneDesks, type HomeCommuneChoice } from './serving.ts';
