/** Yearly report of the information service: the file the intercommunality fills each year, and its loader. */
export {
  yearlyReportSchema,
  planActionSchema,
  ACTION_STATUSES,
  type YearlyReportFile,
  type ActionStatus,
} from './schema.ts';
export { loadYearlyReports, REPORTS_DIR, type LoadedReport, type ReportsResult } from './load.ts';
