/**
 * Builds a territory, serves it on 127.0.0.1 and starts Chromium for the tests of one file, then closes
 * both: the shared setup of the browser tests.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite } from './build-site.ts';
import { serveDir } from './static-server.ts';
import { launchBrowser } from './browser.ts';

/** Browser and base URL, available inside tests (after the file's beforeAll). */
export interface SiteInBrowser {
  readonly browser: Browser;
  readonly url: string;
}

/** Registers the hooks and returns getters for the browser and the site's base URL. */
export function useSiteInBrowser(slug = 'thiers-dore-montagne'): SiteInBrowser {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDir>> | undefined;
  beforeAll(async () => {
    server = await serveDir(buildSite(slug));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium n’est pas lancé');
      return browser;
    },
    get url() {
      if (!server) throw new Error('le site n’est pas servi');
      return server.url;
    },
  };
}
