/**
 * The few errors that reach the user. Each carries the exit code it maps to; `main` is the only
 * place that turns them into `process.exitCode`. Nothing here imports anything, so every layer may
 * throw these without pulling in dependencies.
 */
export class ReviewError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Bad flags or arguments: exit 2. */
export class UsageError extends ReviewError {
  constructor(message: string) {
    super(message, 2);
  }
}

/** A place in a file, 1-based. */
export interface Located {
  file: string;
  line: number;
  column: number;
}

/**
 * A file that is missing, unreadable, or that a command cannot use: exit 2. `problems` holds
 * every located reason, so the user sees all of them at once, each as file:line:col.
 */
export class InputError extends ReviewError {
  readonly problems: ReadonlyArray<Located & { message: string }>;
  constructor(message: string, problems: ReadonlyArray<Located & { message: string }> = []) {
    super(message, 2);
    this.problems = problems;
  }
}

/** Ctrl-C, SIGTERM, SIGHUP or end of input while prompting: exit 130 after saving. */
export class InterruptedError extends ReviewError {
  constructor(message = 'Interrupted') {
    super(message, 130);
  }
}
