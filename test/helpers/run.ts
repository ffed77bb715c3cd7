/**
 * Runs `review` in this process through `main(argv, io)`, as `runCli` runs the binary, and returns
 * what a user would see: the exit code and both streams. Everything a run depends on (working
 * folder, environment, terminal, clock) travels in the IO, never through `process`, so one run
 * cannot leak into the next. The streams pass through the same output-safety guard as the real
 * process's (src/io/context.ts `processIO`).
 *
 * What only a process shows (the bin itself, EPIPE, a TTY, signals, the exit status of the
 * process, reading /dev/stdin) stays with `runCli` in test/helpers/cli.ts.
 */
import { guardOutput } from '../../src/core/escape.js';
import type { IO } from '../../src/io/context.js';
import { main } from '../../src/main.js';
import { ROOT } from './cli.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  /** The working folder; the repository root by default, as for `runCli`. */
  cwd?: string;
  /** The whole environment the run sees (not merged with this process's). */
  env?: Record<string, string | undefined>;
  /** Whether stdin, stdout and stderr are terminals; false by default, as in a pipe. */
  tty?: boolean;
  /** Terminal width on stdout (`COLUMNS` from env when not a terminal, as the real process does). */
  columns?: number;
  /** The clock, as an ISO date-time; 2026-06-01T12:00:00Z by default. */
  now?: string;
}

export async function run(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const env = { ...options.env };
  const tty = options.tty ?? false;
  const io: IO = {
    stdout: (t) => void (stdout += guardOutput(t)),
    stderr: (t) => void (stderr += guardOutput(t)),
    cwd: options.cwd ?? ROOT,
    env,
    stdinIsTTY: tty,
    stdoutIsTTY: tty,
    stderrIsTTY: tty,
    columns: options.columns ?? (tty ? 80 : Number(env.COLUMNS) || undefined),
    now: () => new Date(options.now ?? '2026-06-01T12:00:00Z'),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
