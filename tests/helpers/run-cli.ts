/** Runs the product's commands as a user would, in a child process, and captures their output. */
import { spawn, spawnSync } from 'node:child_process';
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

/** Same as runScript, without blocking: several commands can run side by side. */
export function runScriptAsync(
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<CliResult> {
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, [`scripts/${script}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, ILS_QUIET: '1', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('close', (code) => resolvePromise({ status: code ?? 1, stdout, stderr }));
  });
}
