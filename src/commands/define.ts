/**
 * What each command module gives the program (src/program.ts): its one-line summary, for
 * `review --help`, and how to define its arguments, options, help and action on commander. A
 * command's flags live beside the code that reads them.
 */
import { Option, type Command } from 'commander';
import type { IO } from '../io/context.js';

export interface CommandContext {
  io: IO;
  /** Records the exit code the run earned; main() returns it. */
  setExit: (code: number) => void;
  version: string;
  /** --color / --no-color as given to the program, or undefined to decide from the terminal. */
  color: (cmd: Command) => boolean | undefined;
}

export interface CommandModule {
  summary: string;
  define: (cmd: Command, context: CommandContext) => void;
}

/** A repeatable option: each flag adds exactly one value. */
export const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The "Examples:" paragraph of a command's help. */
export const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** `-f, --format <format>`, one of `choices` (a renderer record's keys), `text` unless said. */
export const formatOption = (choices: readonly string[], fallback = 'text', description = 'output format') =>
  new Option('-f, --format <format>', description).choices(choices).default(fallback);

/** `--gap-threshold <n>`, the same for every command that classifies statements (read by parseGapThreshold). */
export const gapThresholdOption = () => new Option('--gap-threshold <n>', 'gap that marks a statement disputed (1-4)').default('2');
