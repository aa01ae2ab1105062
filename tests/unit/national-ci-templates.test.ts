/**
 * The two national build templates parse as YAML and stay within their platform's limits: a GitHub Actions
 * matrix of at most 256 jobs, a GitLab `parallel` of at most 200, the partition made once and handed on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.ts';

interface Job {
  needs?: string | string[];
  strategy?: { matrix?: Record<string, unknown>; 'fail-fast'?: boolean };
  steps?: { run?: string; uses?: string; with?: Record<string, unknown> }[];
  parallel?: number;
  script?: string[];
  artifacts?: { paths?: string[] };
  outputs?: Record<string, string>;
}

const read = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;

describe('modèle GitHub Actions (.github/workflows/national.yml)', () => {
  const wf = read('.github/workflows/national.yml');
  const jobs = wf.jobs as Record<string, Job>;

  test('trois tâches : découper une fois, construire en matrice, publier', () => {
    expect(Object.keys(jobs)).toEqual(['decouper', 'construire', 'publier']);
    expect(jobs.construire?.needs).toBe('decouper');
    expect(jobs.publier?.needs).toBe('construire');
    expect(wf.on).toHaveProperty('workflow_dispatch');
  });

  test('la matrice vient de la découpe, et sa taille est plafonnée à 256', () => {
    expect(jobs.construire?.strategy?.matrix?.part).toBe('${{ fromJSON(needs.decouper.outputs.parts) }}');
    expect(jobs.decouper?.outputs?.parts).toContain('steps.parts.outputs.parts');
    const env = wf.env as Record<string, string>;
    expect(Number(env.MAX_PARTS)).toBeLessThanOrEqual(256);
    const script = jobs.decouper?.steps?.find((s) => s.run?.includes('MAX_PARTS'))?.run ?? '';
    expect(script).toContain('[ "$parts" -le "$MAX_PARTS" ] || parts="$MAX_PARTS"');
    const inputs = (wf.on as { workflow_dispatch: { inputs: Record<string, { default?: string }> } }).workflow_dispatch
      .inputs;
    expect(Number(inputs.parts?.default)).toBeLessThanOrEqual(256);
  });

  test('la découpe est faite une fois et passée aux tâches comme artefact', () => {
    const decouper = jobs.decouper?.steps ?? [];
    expect(decouper.some((s) => s.run?.includes('npm run national -- decouper'))).toBe(true);
    expect(decouper.some((s) => s.uses?.startsWith('actions/upload-artifact') && s.with?.name === 'territoires')).toBe(
      true,
    );
    const construire = jobs.construire?.steps ?? [];
    expect(construire.some((s) => s.run?.includes('npm run national -- decouper'))).toBe(false);
    expect(
      construire.some((s) => s.uses?.startsWith('actions/download-artifact') && s.with?.name === 'territoires'),
    ).toBe(true);
    expect(
      construire.some((s) =>
        s.run?.includes(
          'npm run national -- construire --sortie territoires --liste modifies.txt --part "$((PART + 1))/$PARTS"',
        ),
      ),
    ).toBe(true);
  });
});

describe('modèle GitLab (ci-templates/gitlab-national.yml)', () => {
  const ci = read('ci-templates/gitlab-national.yml') as Record<string, Job> & { stages: string[] };

  test('trois étapes, dans l’ordre', () => {
    expect(ci.stages).toEqual(['decouper', 'construire', 'publier']);
  });

  test('« parallel » entre 2 et 200, la limite de GitLab', () => {
    const n = ci.construire?.parallel;
    expect(Number.isInteger(n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(2);
    expect(n).toBeLessThanOrEqual(200);
  });

  test('la découpe est faite une fois, gardée comme artefact, et lue par chaque copie', () => {
    expect(ci.decouper?.script?.some((l) => l.includes('npm run national -- decouper rpls-national.csv'))).toBe(true);
    expect(ci.decouper?.artifacts?.paths).toEqual(expect.arrayContaining(['territoires/', 'modifies.txt']));
    expect(ci.construire?.needs).toEqual(['decouper']);
    expect(ci.construire?.script?.join('\n')).toContain('--part "$CI_NODE_INDEX/$CI_NODE_TOTAL"');
    expect(ci.construire?.script?.join('\n')).not.toContain('npm run national -- decouper');
  });
});
