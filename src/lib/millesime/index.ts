/** The yearly update: recognise a new data file, declare it in territory.yaml, report what changed. */
export { detectFile, yearOfName, type Detected } from './detect.ts';
export { declareSource, type NewSource } from './declare.ts';
export { compareMillesimes, reportLines, type ChangeReport, type ChangeLine } from './compare.ts';
