/**
 * Runs the program and maps every outcome to an exit code. The only place that sets
 * `process.exitCode`; no other module exits the process.
 */
import { CommanderError } from 'commander';
import { InputError, ReviewError } from './errors.js';
import { escapeControl } from './render/escape.js';
import { processIO, type IO } from './io/context.js';
import { youngGeneration } from './io/memory.js';
import { buildProgram, loadCommands } from './program.js';

/** Run `review` with `argv` (without node and script) and return the exit code. */
export async function main(argv: readonly string[], io: IO): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  try {
    const program = buildProgram(io, (code) => (exitCode = code), await loadCommands(argv));
    if (!argv.length) {
      io.stderr(program.helpInformation());
      return 2;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io, debug);
  }
}

export function reportError(error: unknown, io: IO, debug: boolean): number {
  if (error instanceof CommanderError) {
    // Commander has already printed its message (or the help, or the version).
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof InputError) {
    for (const p of error.problems) io.stderr(`${escapeControl(p.file)}:${p.line}:${p.column}: ${escapeControl(p.message)}\n`);
    io.stderr(`review: ${error.message.split('\n').map(escapeControl).join('\n')}\n`);
    if (debug) io.stderr(`${error.stack}\n`);
    return error.exitCode;
  }
  if (error instanceof ReviewError) {
    // Our messages may span lines on purpose; each line is escaped on its own.
    io.stderr(`review: ${error.message.split('\n').map(escapeControl).join('\n')}\n`);
    if (debug) io.stderr(`${error.stack}\n`);
    return error.exitCode;
  }
  const e = error as NodeJS.ErrnoException;
  io.stderr(`review: unexpected error: ${escapeControl(String(e?.message ?? e))}\n`);
  io.stderr(debug ? `${e?.stack}\n` : 'review: run again with --debug to see the stack trace, and please report it.\n');
  return 2;
}

/**
 * Entry point used by bin/review.js. The exit status is the one the run earned: a reader that
 * closed the pipe early (`review check … | head -1`) does not turn a failing check into 0, and
 * nothing, not even a failure to set up, escapes as a stack trace.
 */
export async function run(): Promise<void> {
  const debug = process.argv.includes('--debug');
  let io: IO | undefined;
  try {
    io = processIO();
    process.exitCode = await main(process.argv.slice(2), io);
  } catch (error) {
    // Only reached when reporting itself failed; say what we can and fail.
    try {
      process.exitCode = reportError(error, io ?? ({ stderr: (t: string) => void process.stderr.write(t) } as IO), debug);
    } catch {
      process.exitCode = 2;
    }
  } finally {
    // V8's flags as they were, before bin/review.js writes its code cache (io/memory.ts).
    youngGeneration.release();
  }
}
