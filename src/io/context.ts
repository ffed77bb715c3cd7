/**
 * The services a command uses, injected so tests can pass their own (release-it style): output
 * streams, the working directory, the environment and the clock.
 */
import { writeSync } from 'node:fs';
import { ReviewError } from '../errors.js';
import { guardOutput } from '../core/escape.js';

export interface IO {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Width of the terminal on stdout, when it is one. */
  columns?: number;
  now(): Date;
}

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EIO: 'an input/output error',
  EBADF: 'it is closed',
  EFBIG: 'the file is too large',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is not a folder',
};

/** A plain reason for a failed system call: `no space left on the device (ENOSPC)`. */
export function describeSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  return code ?? String((error as Error | undefined)?.message ?? error);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Block for `ms` milliseconds: the wait before retrying a non-blocking descriptor (EAGAIN). */
export function sleepSync(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

/**
 * Write all of `text` to a file descriptor, synchronously, so that an error arrives here (not as a
 * stream event after the run has decided its exit code). Returns false when the reader has gone
 * away (EPIPE); throws on any other failure.
 */
function writeAll(fd: number, text: string): boolean {
  const data = Buffer.from(text, 'utf8');
  let written = 0;
  while (written < data.length) {
    try {
      written += writeSync(fd, data, written, data.length - written);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return false;
      // A non-blocking pipe whose reader is slow: wait a moment and go on.
      if (code === 'EAGAIN') sleepSync(2);
      else throw error;
    }
  }
  return true;
}

/**
 * The real process. Standard output is written synchronously: a reader that goes away
 * (`review check … | head -1`) ends the output quietly without touching the exit status the run
 * earned; any other failure (a full disk) is a plain error with status 2. A closed or failing
 * standard error cannot be reported anywhere, so it is ignored and the status still stands. Both
 * pass through the output-safety guard.
 */
export function processIO(): IO {
  let closed = false;
  let cwd: string | undefined;
  return {
    stdout: (text) => {
      if (closed || !text) return;
      try {
        closed = !writeAll(1, guardOutput(text));
      } catch (error) {
        throw new ReviewError(`cannot write to standard output: ${describeSystemError(error)}`, 2);
      }
    },
    stderr: (text) => {
      try {
        writeAll(2, guardOutput(text));
      } catch {
        // Nowhere left to say it.
      }
    },
    // Read when first needed: a working folder deleted under us is a plain error, not a crash at start.
    get cwd() {
      if (cwd === undefined) {
        try {
          cwd = process.cwd();
        } catch (error) {
          throw new ReviewError(
            `the current folder cannot be read (${describeSystemError(error)}); it may have been deleted: cd to an existing folder and run again`,
            2,
          );
        }
      }
      return cwd;
    },
    env: process.env,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : Number(process.env.COLUMNS) || undefined,
    now: () => new Date(),
  };
}

/** Today as YYYY-MM-DD in local time, as a person reading a calendar would say it. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
