/** An in-process IO for running `main` without a child process: captures both streams. */
import type { IO } from '../../src/io/context.js';

export function fakeIO(cwd: string, options: { now?: string; env?: Record<string, string>; tty?: boolean } = {}) {
  let out = '';
  let err = '';
  const io: IO = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    cwd,
    env: options.env ?? {},
    stdinIsTTY: options.tty ?? false,
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
    now: () => new Date(options.now ?? '2026-06-01T12:00:00Z'),
  };
  return { io, out: () => out, err: () => err };
}
