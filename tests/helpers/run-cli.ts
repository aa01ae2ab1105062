/** Runs the product's commands as a user would, in a child process, and captures their output. */
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths.ts';

/** Output of a command run. */
export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `node scripts/<script>.ts [args]` with extra environment variables. */
export function runScript(script: string, args: string[] = [], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, ILS_QUIET: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}
