/**
 * The two publication pipelines (GitLab CI, GitHub Actions) are valid YAML, run only npm scripts that exist,
 * check before they build, cache node_modules and .cache, and the README's publishing section names the same
 * commands.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.ts';
import { formatDiagnostic } from '../../src/lib/diagnostics/index.ts';

const scripts = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Every shell line of a GitLab job or GitHub step, in file order. */
function shellLines(doc: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key?: string) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    else if (typeof v === 'string' && (key === 'script' || key === 'before_script' || key === 'run'))
      out.push(...v.split('\n'));
  };
  walk(doc);
  return out;
}

const npmRuns = (lines: readonly string[]) =>
  lines.flatMap((l) => [...l.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1] ?? ''));

describe.each(['.gitlab-ci.yml', '.github/workflows/publish.yml'])('%s', (file) => {
  const doc = parse(read(file)) as Record<string, unknown>;
  const lines = shellLines(doc);

  test('YAML valide, installe par npm ci, vérifie puis construit', () => {
    expect(doc).toBeTypeOf('object');
    expect(lines.some((l) => l.includes('npm ci'))).toBe(true);
    const runs = npmRuns(lines);
    expect(runs).toContain('check');
    expect(runs).toContain('build');
    expect(runs.indexOf('check')).toBeLessThan(runs.indexOf('build'));
  });

  test('chaque « npm run » existe dans package.json', () => {
    for (const name of npmRuns(lines)) expect(scripts, `npm run ${name}`).toContain(name);
  });

  test('garde node_modules et .cache entre deux exécutions', () => {
    const text = read(file);
    expect(text).toMatch(/^\s+(- |path: )node_modules\/?$/m);
    expect(text).toMatch(/^\s+(- |path: )\.cache\/?$/m);
  });
});

describe('les deux chaînes de publication', () => {
  test('GitLab publie public/ par la tâche pages, GitHub par deploy-pages', () => {
    const gitlab = parse(read('.gitlab-ci.yml')) as Record<string, { artifacts?: { paths?: string[] } }>;
    expect(gitlab.pages?.artifacts?.paths).toEqual(['public']);
    expect(read('.github/workflows/publish.yml')).toContain('actions/deploy-pages@');
  });

  test('un aperçu est construit pour chaque demande de fusion', () => {
    expect(read('.gitlab-ci.yml')).toContain('merge_request_event');
    expect(read('.gitlab-ci.yml')).toContain('expose_as');
    expect(read('.github/workflows/publish.yml')).toContain('pull_request');
  });
});

describe('un nouveau fichier de données déposé par l’éditeur', () => {
  test('GitLab : sur une demande de fusion qui touche sources/ ou territory.yaml, le rapport est au journal, en artefact et en note', () => {
    const job = (parse(read('.gitlab-ci.yml')) as Record<string, Record<string, unknown>>).comparer!;
    expect(job.stage).toBe('verifier');
    const script = (job.script as string[]).join('\n');
    expect(script).toContain('npm run millesime -- comparer --sortie rapport-mise-a-jour.md');
    expect(script).toContain('/merge_requests/$CI_MERGE_REQUEST_IID/notes');
    expect((job.artifacts as { paths: string[] }).paths).toEqual(['rapport-mise-a-jour.md']);
    const rule = (job.rules as { if: string; changes: string[] }[])[0]!;
    expect(rule.if).toContain('merge_request_event');
    expect(rule.changes).toEqual(expect.arrayContaining(['data/territories/**/sources/**/*']));
    // Never on the main branch: the report comes before anything is published.
    expect(JSON.stringify(job.rules)).not.toContain('CI_DEFAULT_BRANCH');
  });

  test('GitHub : sur une demande de tirage, avant la construction, au résumé et en commentaire', () => {
    const workflow = parse(read('.github/workflows/publish.yml')) as {
      permissions: Record<string, string>;
      jobs: { construire: { steps: { name: string; if?: string; run?: string }[] } };
    };
    const steps = workflow.jobs.construire.steps;
    const compare = steps.findIndex((s) => s.run?.includes('npm run millesime -- comparer'));
    expect(compare).toBeGreaterThan(-1);
    expect(steps[compare]!.if).toBe("github.event_name == 'pull_request'");
    expect(steps[compare]!.run).toContain('$GITHUB_STEP_SUMMARY');
    expect(steps[compare]!.run).toContain('gh pr comment');
    expect(compare).toBeLessThan(steps.findIndex((s) => s.run?.includes('npm run build')));
    expect(workflow.permissions['pull-requests']).toBe('write');
  });
});

describe('messages de « npm run check » dans GitHub', () => {
  test('chaque erreur et chaque avertissement devient une annotation à sa ligne', () => {
    const matchers = (
      JSON.parse(read('.github/verification.json')) as {
        problemMatcher: { severity: string; pattern: { regexp: string }[] }[];
      }
    ).problemMatcher;
    expect(read('.github/workflows/publish.yml')).toContain('::add-matcher::.github/verification.json');
    for (const [severity, kind] of [
      ['error', 'error'],
      ['warning', 'warning'],
    ] as const) {
      const line = formatDiagnostic({
        file: 'data/territories/x/territory.yaml',
        line: 16,
        column: 18,
        severity,
        message: 'SIREN attendu',
        hint: 'corrigez la valeur',
      });
      const matcher = matchers.find((m) => m.severity === kind);
      const match = new RegExp(matcher?.pattern[0]?.regexp ?? '^$').exec(line);
      expect(match?.slice(1, 4)).toEqual(['data/territories/x/territory.yaml', '16', '18']);
    }
  });
});

describe('README, « Publier le site »', () => {
  const readme = read('README.md');
  const section = readme.slice(
    readme.indexOf('## Publier le site'),
    readme.indexOf('\n## ', readme.indexOf('## Publier le site') + 5),
  );

  test('la section existe et nomme les deux fichiers', () => {
    expect(section).toContain('.gitlab-ci.yml');
    expect(section).toContain('.github/workflows/publish.yml');
  });

  test('ses commandes npm existent dans package.json', () => {
    const runs = npmRuns(section.split('\n'));
    expect(runs.length).toBeGreaterThan(0);
    for (const name of runs) expect(scripts, `npm run ${name}`).toContain(name);
  });
});
