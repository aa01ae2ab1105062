/**
 * The editing interface in a browser, for the browser tests: open /admin/ with the in-browser test backend,
 * wait for a text, read a file the CMS saved, and check that nothing went wrong or left the site.
 */
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newContext } from './browser.ts';

/** Opens /admin/ of the site at `url`, signs in to the in-browser repository, and collects every fault. */
export async function openAdmin(
  browser: Browser,
  url: string,
): Promise<{ page: Page; context: BrowserContext; errors: string[]; offsite: string[] }> {
  const { context, offsite } = await newContext(browser);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // The CMS checks its configuration and says in the console what it ignores or refuses.
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()} : ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} : ${r.url()}`);
  });
  await page.goto(`${url}/admin/`);
  // French from the first screen: the translation is read from the site, not from a CDN.
  await page.getByRole('button', { name: 'Travailler avec un dépôt de test' }).click({ timeout: 60_000 });
  return { page, context, errors, offsite };
}

/** Waits until the page shows `text` (the CMS isolates the words it inserts with invisible marks). */
export async function shows(page: Page, text: string): Promise<void> {
  await expect
    .poll(async () => (await page.locator('body').innerText()).replace(/[\u2066-\u2069]/g, '').includes(text), {
      timeout: 60_000,
    })
    .toBe(true);
}

/** The interface is in French, its icons are drawn by their font, and nothing went wrong or left the site. */
export async function expectSelfContained(page: Page, errors: string[], offsite: string[]): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toContain('Impossible de charger la traduction');
  expect(text).not.toContain('Couldn’t load');
  // Icons are drawn by their font, served by the site: loaded, and so not shown as words.
  const iconFont = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.family.includes('Material Symbols')).map((f) => f.status);
  });
  expect(iconFont).toContain('loaded');
  expect(errors).toEqual([]);
  expect(offsite).toEqual([]);
}

/** Text of a file the CMS's test backend saved in the browser's private storage, at `path` from the repository. */
export async function savedFile(page: Page, path: string): Promise<string> {
  return page.evaluate(async (parts) => {
    let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
    for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part);
    return (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
  }, path.split('/'));
}
