/**
 * Global setup of the browser tests: one folder for the whole run where buildSite keeps each site it builds, so
 * every test file reading a territory reuses one build instead of building it again. Removed after the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the builds shared by the test files of this run (see build-site.ts). */
    sharedBuildsDir?: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'ils-builds-'));
  project.provide('sharedBuildsDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
