/**
 * Browser-safe part of the desks module (no opening_hours, no node:fs): what the "ouvert maintenant"
 * island needs. A second entry point on purpose, so the island bundle stays a few hundred bytes.
 */
export { openStateAt, type WeeklySchedule, type OpenState } from './schedule.ts';
