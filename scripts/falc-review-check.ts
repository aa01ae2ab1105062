/**
 * FALC review part of `npm run check`: a page (or the guide) that carries a review record is compared with its
 * current text. A record that no longer matches hides the « facile à lire » mention on the site: the officer is
 * told here, with the new « Version du texte » to record after the next review.
 */
import { relative } from 'node:path';
import { parseYamlFile, readUtf8File, zodIssuesToDiagnostics, type Diagnostic } from '../src/lib/diagnostics/index.ts';
import { falcReviewSchema, fingerprintLabel, reviewStatus, textFingerprint } from '../src/lib/falc/index.ts';
import { frenchDay } from '../src/lib/format/index.ts';
import { FRONT_MATTER, pageBody } from '../src/lib/pages/index.ts';
import { defaultDeps, territoryLeaflet } from '../src/lib/leaflets/index.ts';
import type { TerritoryDataset } from '../src/lib/dataset/index.ts';
import { mdxPages } from './mdx-check.ts';

/** Checks the review records of the pages of content/ and of the territory, and of the guide. */
export function falcReviewCheck(
  root: string,
  territoryDir: string,
  guide?: { dataset: TerritoryDataset; path: string },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const path of mdxPages(root, territoryDir)) {
    const file = relative(root, path) || path;
    const read = readUtf8File(path, file);
    const front = read.text === undefined ? null : FRONT_MATTER.exec(read.text);
    if (!front) continue; // unreadable files and pages without front matter are reported by the MDX check
    const yaml = parseYamlFile(file, front[1]!);
    if (yaml.syntaxErrors.length) continue;
    const data = (yaml.data ?? {}) as Record<string, unknown>;
    if (data.falcReview === undefined) continue;
    // The front matter starts on line 2 of the page.
    const at = (path: readonly PropertyKey[]) => {
      const p = yaml.locate(['falcReview', ...path]);
      return { line: p.line + 1, column: p.column };
    };
    const parsed = falcReviewSchema.safeParse(data.falcReview);
    if (!parsed.success) {
      out.push(
        ...zodIssuesToDiagnostics(parsed.error.issues, yaml, ['falcReview']).map((d) => ({ ...d, line: d.line + 1 })),
      );
      continue;
    }
    const text = [String(data.title ?? ''), String(data.description ?? ''), pageBody(read.text!)];
    const status = reviewStatus(parsed.data, textFingerprint(text));
    if (status.state === 'stale')
      out.push(staleWarning(file, at(['fingerprint']), 'La page', status.review, status.fingerprint));
  }
  if (guide?.dataset.settings.guideFalcReview) {
    const model = territoryLeaflet(guide.dataset, defaultDeps.hoursText);
    const status = reviewStatus(guide.dataset.settings.guideFalcReview, model.textVersion ?? '');
    if (status.state === 'stale') {
      const file = relative(root, guide.path) || guide.path;
      out.push(staleWarning(file, guideLine(guide.path, file), 'Le guide PDF', status.review, status.fingerprint));
    }
  }
  return out;
}

function staleWarning(
  file: string,
  at: { line: number; column: number },
  what: string,
  review: { by: string; date: Date },
  fingerprint: string,
): Diagnostic {
  return {
    file,
    ...at,
    severity: 'warning',
    message: `${what} a changé depuis sa relecture FALC par ${review.by} le ${frenchDay(review.date)} : la mention « facile à lire » n’est plus affichée`,
    hint: `faites relire le nouveau texte, puis écrivez sa version dans la relecture : ${fingerprintLabel(fingerprint)}`,
  };
}

/** Line of `guideFalcReview.fingerprint` in territory.yaml (1 when the file cannot be read again). */
function guideLine(path: string, file: string): { line: number; column: number } {
  const read = readUtf8File(path, file);
  if (read.text === undefined) return { line: 1, column: 1 };
  // Parsed once per process: the loader of territory.yaml read the same text.
  return parseYamlFile(file, read.text).locate(['guideFalcReview', 'fingerprint']);
}
