/**
 * axe-core through @axe-core/playwright, run inside the page itself (the library's legacy mode). The default
 * mode opens a blank tab and loads axe-core a second time there at every check to gather frame results, and
 * the legacy mode loads it twice in the page: most of a check's time on a 2-core machine. The only thing the
 * legacy mode leaves out is frames from another origin, and the site has none (its pages have no frame).
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './paths.ts';

/**
 * The WCAG 2.0, 2.1 and 2.2 rules of levels A and AA, as axe-core tags them. RGAA 4.1 follows WCAG 2.1; the 2.2
 * rules (in axe-core 4.13: target-size, success criterion 2.5.8) are checked now so the site is ready for the
 * next RGAA. The site-wide test records these tags in conformance.json, and the accessibility statement prints
 * them from there.
 */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// The installed axe-core, in its minified build (the same code, half the size to send and read), loaded once
// per page: the builder's second evaluation finds it there.
const AXE_ONCE = `if (!window.axe) {\n${readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8')}\n}`;

/** A builder for `page`, to chain with withTags(...) then analyze(), as AxeBuilder. */
export function axeBuilder(page: Page): AxeBuilder {
  return new AxeBuilder({ page, axeSource: AXE_ONCE }).setLegacyMode();
}
