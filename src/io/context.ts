/**
 * The services a command uses, injected so tests can pass their own (release-it style): output
 * streams, the working directory, the environment and the clock.
 */
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

/** The real process, plus whether the reader of stdout has gone away (`review … | head`). */
export function processIO(): IO & { pipeClosed(): boolean } {
  let closed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return {
    stdout: (text) => {
      if (!closed) process.stdout.write(text);
    },
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stdout.isTTY ? process.stdout.columns : Number(process.env.COLUMNS) || undefined,
    now: () => new Date(),
    pipeClosed: () => closed,
  };
}

/** Today as YYYY-MM-DD in local time, as a person reading a calendar would say it. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
