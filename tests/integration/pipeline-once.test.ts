/**
 * One pipeline: `check` and `build` read every YAML input once, whatever the number of places that need it
 * (loader, grid, FALC linter, yearly reports, MDX front matter).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { yamlParseCount } from '../../src/lib/diagnostics/index.ts';
import { prepareDataset } from '../../scripts/prepare.ts';
import { runContentChecks } from '../../scripts/content-checks.ts';
import { ROOT, TERRITORIES } from '../helpers/paths.ts';

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === 'sources'
        ? []
        : yamlFiles(join(dir, e.name))
      : /\.ya?ml$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
const mdxWithFrontMatter = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith('.mdx') && readFileSync(join(dir, f), 'utf8').startsWith('---')).length
    : 0;

describe('une seule lecture de chaque fichier YAML', () => {
  test('check sur Thiers Dore et Montagne : autant de lectures que de fichiers YAML', async () => {
    const dir = join(TERRITORIES, 'thiers-dore-montagne');
    const before = yamlParseCount();
    const prepared = await prepareDataset('thiers-dore-montagne', TERRITORIES);
    await runContentChecks(prepared);
    const parses = yamlParseCount() - before;
    const expected =
      yamlFiles(dir).length +
      1 /* glossary */ +
      1 /* income ceilings, data/common/plafonds-ressources.yaml */ +
      mdxWithFrontMatter(join(ROOT, 'content')) +
      mdxWithFrontMatter(join(dir, 'content'));
    expect(prepared.dataset).toBeDefined();
    expect(parses).toBe(expected);
    // A second run in the same process reads nothing again.
    await runContentChecks(await prepareDataset('thiers-dore-montagne', TERRITORIES));
    expect(yamlParseCount() - before).toBe(expected);
  });
});
