/** Desks (guichets): schema, opening hours, validation against the territory. */
export { deskSchema, desksFileSchema, DESK_KINDS, AUDIENCES, type Desk, type DeskLevel } from './schema.ts';
export { parseOpeningHours, isOpenAt } from './hours.ts';
export { validateDesks, isFrenchPhone, type DeskContext } from './validate.ts';
