/**
 * `npm run test:sentinels`: the test of the tests. In a scratch copy of the repository (a temporary folder,
 * never the working tree), applies each change below alone, a wrong coefficient or threshold of the kind a
 * slip would bring, and expects at least one of the named tests to fail. Those tests compare with values
 * written by hand (never computed with src/lib), so a change that the site would publish cannot pass them.
 * A change whose text is no longer found in its file stops the run: update the change with the code.
 * Options: `--only <name>` runs one change; `--keep` leaves the scratch copy for a look.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** One change, applied alone, and the tests expected to catch it. */
interface Sentinel {
  name: string;
  /** What the change means, in French, for the report. */
  what: string;
  file: string;
  /** Each `from` must occur exactly once in the file. */
  edits: { from: string; to: string }[];
  /** Unit or integration test files whose expected values are written by hand. */
  tests: string[];
  /** Set while the change cannot be written yet: printed, not run. */
  pending?: string;
}

export const SENTINELS: Sentinel[] = [
  {
    name: 'cotation-points-par-unite',
    what: 'cotation : les points par unité (points × nombre) multipliés par 1,1',
    file: 'src/lib/cotation/evaluate.ts',
    edits: [{ from: 'const raw = n * s.points;', to: 'const raw = n * s.points * 1.1;' }],
    tests: ['tests/unit/cotation-engine.test.ts', 'tests/unit/cotation-examples.test.ts'],
  },
  {
    name: 'cotation-coefficient',
    what: 'cotation : un coefficient appliqué au total (facteur − 1 devient facteur)',
    file: 'src/lib/cotation/evaluate.ts',
    edits: [{ from: 'round1(positive * (node.factor - 1))', to: 'round1(positive * node.factor)' }],
    tests: ['tests/unit/cotation-engine.test.ts', 'tests/unit/cotation-examples.test.ts'],
  },
  {
    name: 'secret-seuil-6',
    what: 'secret statistique : seuil par défaut 5 → 6',
    file: 'src/lib/territory/schema.ts',
    edits: [
      {
        from: 'secrecyThreshold: z.int().min(1).max(50).default(5)',
        to: 'secrecyThreshold: z.int().min(1).max(50).default(6)',
      },
    ],
    tests: ['tests/unit/territory-defaults.test.ts'],
  },
  {
    name: 'secret-seuil-4',
    what: 'secret statistique : seuil par défaut 5 → 4',
    file: 'src/lib/territory/schema.ts',
    edits: [
      {
        from: 'secrecyThreshold: z.int().min(1).max(50).default(5)',
        to: 'secrecyThreshold: z.int().min(1).max(50).default(4)',
      },
    ],
    tests: ['tests/unit/territory-defaults.test.ts'],
  },
  {
    name: 'rpls-commune-retiree',
    what: 'RPLS : les logements d’une commune du territoire (la première) ne sont plus comptés',
    file: 'src/lib/rpls/read.ts',
    // Both reads (from the bytes of a clean file, as text) take their members from the matcher.
    edits: [
      {
        from: 'const matcher = new CommuneMatcher(options.communes);',
        to: 'const matcher = new CommuneMatcher([...options.communes].slice(1));',
      },
    ],
    tests: ['tests/unit/data-rpls.test.ts'],
  },
  {
    name: 'rpls-autre-commune-gardee',
    what: 'RPLS : les logements des communes hors du territoire sont comptés avec la première commune',
    file: 'src/lib/rpls/read.ts',
    edits: [
      { from: 'const accept = (v: string) =>\n', to: 'const accept = (v: string) => v.length > 0 ||\n' },
      {
        from: "if (m.kind === 'outside') return;",
        to: "const m2 = m.kind === 'outside' ? { kind: 'member', code: [...matcher.members][0] } : m;",
      },
      { from: 'tally.add(tally.slotOf(m.code), n, row);', to: 'tally.add(tally.slotOf(m2.code), n, row);' },
    ],
    tests: ['tests/unit/data-rpls.test.ts'],
  },
  {
    name: 'delai-theorique-facteur',
    what: 'délai théorique : le facteur 12 (demandes ÷ attributions × 12) changé de 8 %',
    file: 'src/lib/dataset/demand-table.ts',
    edits: [{ from: 'factor: 12', to: 'factor: 12.96' }],
    tests: ['tests/unit/answers-model.test.ts'],
  },
  {
    name: 'delai-observe-moyenne-non-ponderee',
    what: 'délai observé de toutes les tailles : la moyenne n’est plus pondérée par les attributions',
    file: 'src/lib/indicators/secrecy-figures.ts',
    edits: [{ from: 'total += v * w;', to: 'total += v * (w > 0 ? 1 : 0);' }],
    tests: ['tests/unit/answers-model.test.ts'],
  },
];

const ROOT = resolve(dirname(import.meta.filename), '..');

/** Tracked files and new files not ignored, as git lists them: the working tree as a commit would take it. */
function copyRepository(to: string): void {
  const list = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (list.status !== 0) throw new Error(`git ls-files a échoué : ${list.stderr}`);
  for (const file of list.stdout.split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    try {
      cpSync(join(ROOT, file), join(to, file));
    } catch {
      // A file deleted in the working tree but still tracked: the copy goes without it, as a commit would.
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(to, 'node_modules'), 'dir');
}

/** Applies the edits to the text; undefined and the reason when an edit no longer fits the code. */
export function applyEdits(text: string, edits: Sentinel['edits']): { text: string } | { error: string } {
  let out = text;
  for (const { from } of edits) {
    const count = out.split(from).length - 1;
    if (count !== 1) return { error: `« ${from.trim()} » trouvé ${count} fois (attendu : une fois)` };
  }
  for (const { from, to } of edits) out = out.replace(from, () => to);
  return { text: out };
}

interface Outcome {
  sentinel: Sentinel;
  verdict: 'détectée' | 'NON DÉTECTÉE' | 'ne s’applique plus' | 'à venir';
  detail: string;
  seconds: number;
}

/** Runs the named tests in the copy; returns the names of the failed tests. */
function failingTests(copy: string, tests: string[], report: string): { failed: string[]; error?: string } {
  const vitest = spawnSync(
    process.execPath,
    [
      join(copy, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--project',
      'unit',
      '--project',
      'integration',
      '--reporter=json',
      `--outputFile=${report}`,
      ...tests,
    ],
    {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  let json: {
    testResults: { name: string; assertionResults: { status: string; fullName: string }[]; message?: string }[];
  };
  try {
    json = JSON.parse(readFileSync(report, 'utf8')) as typeof json;
  } catch {
    return {
      failed: [],
      error: `Vitest n’a pas écrit son rapport (code ${vitest.status}) : ${vitest.stderr.slice(-500)}`,
    };
  }
  const failed = json.testResults.flatMap((file) => {
    const name = file.name.replace(`${copy}/`, '');
    const tests = file.assertionResults.filter((a) => a.status === 'failed').map((a) => `${name} › ${a.fullName}`);
    // A file that fails before its tests run (import error) counts as a failure too.
    return tests.length || !file.message ? tests : [`${name} › ${file.message.split('\n')[0]}`];
  });
  return { failed };
}

function main(): number {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const keep = args.includes('--keep');
  const chosen = SENTINELS.filter((s) => !only || s.name === only);
  if (only && chosen.length === 0) {
    console.error(`Changement inconnu : ${only}. Changements : ${SENTINELS.map((s) => s.name).join(', ')}.`);
    return 1;
  }
  const copy = mkdtempSync(join(tmpdir(), 'ils-sentinelles-'));
  const outcomes: Outcome[] = [];
  try {
    console.log(`Copie de travail : ${copy}`);
    copyRepository(copy);
    // The named tests must pass on the unchanged copy first, or a failure below would prove nothing.
    const named = [...new Set(chosen.flatMap((s) => (s.pending ? [] : s.tests)))];
    const baseline = failingTests(copy, named, join(copy, '.sentinel-temoin.json'));
    if (baseline.error || baseline.failed.length) {
      console.error(
        `Les tests nommés échouent déjà sans changement :\n${baseline.error ?? baseline.failed.join('\n')}`,
      );
      return 1;
    }
    console.log(`Témoin : ${named.length} fichiers de tests passent sans changement.`);
    for (const sentinel of chosen) {
      const started = performance.now();
      const done = (verdict: Outcome['verdict'], detail: string) => {
        const seconds = Math.round((performance.now() - started) / 1000);
        outcomes.push({ sentinel, verdict, detail, seconds });
        console.log(
          `${verdict.padEnd(18)} ${sentinel.name} (${seconds} s) : ${sentinel.what}\n${detail.replace(/^/gm, '    ')}`,
        );
      };
      if (sentinel.pending) {
        done('à venir', sentinel.pending);
        continue;
      }
      const path = join(copy, sentinel.file);
      const original = readFileSync(path, 'utf8');
      const changed = applyEdits(original, sentinel.edits);
      if ('error' in changed) {
        done('ne s’applique plus', `${sentinel.file} : ${changed.error}`);
        continue;
      }
      writeFileSync(path, changed.text);
      try {
        const { failed, error } = failingTests(copy, sentinel.tests, join(copy, `.sentinel-${sentinel.name}.json`));
        if (error) done('NON DÉTECTÉE', error);
        else if (failed.length)
          done(
            'détectée',
            failed.slice(0, 3).join('\n') + (failed.length > 3 ? `\n… et ${failed.length - 3} autres` : ''),
          );
        else done('NON DÉTECTÉE', `aucun test n’échoue dans ${sentinel.tests.join(', ')}`);
      } finally {
        writeFileSync(path, original);
      }
    }
  } finally {
    if (keep) console.log(`Copie gardée : ${copy}`);
    else rmSync(copy, { recursive: true, force: true });
  }
  const bad = outcomes.filter((o) => o.verdict === 'NON DÉTECTÉE' || o.verdict === 'ne s’applique plus');
  const caught = outcomes.filter((o) => o.verdict === 'détectée').length;
  console.log(
    `\n${caught} changement${caught > 1 ? 's' : ''} détecté${caught > 1 ? 's' : ''}, ${bad.length} non détecté${bad.length > 1 ? 's' : ''} ou à mettre à jour, ${outcomes.length - caught - bad.length} à venir.`,
  );
  return bad.length ? 1 : 0;
}

if (import.meta.filename === process.argv[1]) process.exitCode = main();
