/**
 * The two checks that complete axe-core: the Nu Html Checker (the W3C validator, a Java program) over a
 * built folder, and HTML_CodeSniffer (WCAG2AA) injected into a page open in Chromium. Each returns
 * failures as "path : message" lines, ready for `expect(failures).toEqual([])`, and counts warnings and
 * notices by kind. Also writes the measured results where the build reads them (conformance.json).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { parseConformanceResults, sameMeasure, type ConformanceResults } from '../../src/lib/conformance/index.ts';
import { ROOT, TERRITORIES } from './paths.ts';

const VNU_JAR = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');
const HTMLCS_JS = join(ROOT, 'node_modules/html_codesniffer/build/HTMLCS.js');

/** Installed version of an npm package of the project. */
export function packageVersion(name: string): string {
  return String(
    (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: unknown })
      .version,
  );
}

/** Counts of messages by kind (rule code or message). */
export type Counts = Record<string, number>;

function bump(counts: Counts, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** URL path of a built file: ".../dist/guichets/index.html" → "/guichets/". */
function pathOf(dir: string, file: string): string {
  return `/${relative(dir, file).replace(/index\.html$/, '')}`;
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/** Runs the Nu Html Checker over every HTML file of `dir` (errors only, one Java start for the whole folder). */
export function validateHtml(dir: string): Promise<{ files: number; failures: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', [
      '-Xss4m',
      '-jar',
      VNU_JAR,
      '--errors-only',
      '--format',
      'json',
      '--skip-non-html',
      dir,
    ]);
    let out = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString('utf8');
    });
    child.stderr.on('data', (b: Buffer) => {
      out += b.toString('utf8');
    });
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new Error('Java introuvable : installez le paquet Debian « default-jre-headless » pour le validateur HTML.')
          : e,
      ),
    );
    child.on('close', () => {
      const json = out.slice(out.indexOf('{'));
      let messages: VnuMessage[];
      try {
        messages = (JSON.parse(json) as { messages: VnuMessage[] }).messages;
      } catch {
        reject(new Error(`Le validateur HTML n’a pas rendu de résultat lisible :\n${out.slice(0, 2000)}`));
        return;
      }
      // "Cannot recover after last error" repeats the error before it: not a finding of its own.
      const failures = messages
        .filter((m) => m.type === 'error' && m.subType !== 'fatal')
        .map(
          (m) =>
            `${m.url ? pathOf(dir, fileURLToPath(m.url)) : dir} : ligne ${m.lastLine ?? '?'}, colonne ${m.firstColumn ?? '?'} : ${m.message}`,
        );
      resolve({ files: countHtml(dir), failures });
    });
  });
}

/** Number of HTML files the validator read: it says nothing of valid files, so they are counted here. */
function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/** HTML_CodeSniffer's findings on one page: errors are failures, warnings and notices are counted by code. */
export interface HtmlcsReport {
  failures: string[];
  warnings: Counts;
  notices: Counts;
}

interface HtmlcsMessage {
  type: number;
  code: string;
  msg: string;
  where: string;
}

/** HTML_CodeSniffer's standard the tests run (WCAG 2 levels A and AA), recorded in conformance.json. */
export const HTMLCS_STANDARD = 'WCAG2AA';

/** Injects HTML_CodeSniffer into the open page and runs the WCAG2AA standard. */
export async function runHtmlcs(page: Page, path: string): Promise<HtmlcsReport> {
  await page.addScriptTag({ path: HTMLCS_JS });
  const messages = await page.evaluate(
    (standard) =>
      new Promise<HtmlcsMessage[]>((done) => {
        const htmlcs = (
          window as unknown as {
            HTMLCS: {
              process(s: string, d: Document, cb: () => void): void;
              getMessages(): { type: number; code: string; msg: string; element: Element | Document }[];
            };
          }
        ).HTMLCS;
        const describe = (e: Element | Document) => {
          if (!(e instanceof Element)) return 'document';
          const id = e.id ? `#${e.id}` : '';
          const cls =
            typeof e.className === 'string' && e.className ? `.${e.className.trim().split(/\s+/).join('.')}` : '';
          return `${e.tagName.toLowerCase()}${id}${cls}`;
        };
        htmlcs.process(standard, document, () =>
          done(
            htmlcs.getMessages().map((m) => ({ type: m.type, code: m.code, msg: m.msg, where: describe(m.element) })),
          ),
        );
      }),
    HTMLCS_STANDARD,
  );
  const report: HtmlcsReport = { failures: [], warnings: {}, notices: {} };
  for (const m of messages) {
    const code = m.code.replace(/^WCAG2AA\.Principle\d\.Guideline[\d_]+\./, '');
    if (m.type === 1) report.failures.push(`${path} : HTML_CodeSniffer ${code} : ${m.msg} — ${m.where}`);
    else bump(m.type === 2 ? report.warnings : report.notices, code);
  }
  return report;
}

/** Adds counts into a total. */
export function addCounts(total: Counts, more: Counts): void {
  for (const [k, v] of Object.entries(more)) total[k] = (total[k] ?? 0) + v;
}

/** Counts as sorted lines "N × kind", most frequent first, for the test log. */
export function formatCounts(counts: Counts): string {
  const lines = Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, v]) => `  ${v} × ${k}`);
  return lines.length ? lines.join('\n') : '  aucun';
}

/**
 * Writes data/territories/<slug>/conformance.json, read by the build for the accessibility statement.
 * A run that measures the same as the file keeps the file as it is, first date included: the
 * repository does not change at every test run.
 */
export function recordConformance(
  slug: string,
  measured: Omit<ConformanceResults, 'date'>,
  today = new Date().toISOString().slice(0, 10),
): string {
  const file = join(TERRITORIES, slug, 'conformance.json');
  const next: ConformanceResults = { date: today, ...measured };
  if (existsSync(file)) {
    const { results } = parseConformanceResults(file, readFileSync(file, 'utf8'));
    if (results && sameMeasure(results, next)) return file;
  }
  writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  return file;
}
