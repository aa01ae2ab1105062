/** Paths shared by the tests. */
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Fixture territories folder. */
export const FIXTURE_TERRITORIES = resolve(ROOT, 'tests/fixtures/territories');
/** Real territories folder. */
export const TERRITORIES = resolve(ROOT, 'data/territories');
