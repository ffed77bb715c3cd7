/**
 * A prompter that answers from a script, as the prompt module a test replaces (changesets style).
 * Each entry answers the next prompt; DEFAULT takes the prompt's default; INTERRUPT acts as
 * Ctrl-C. The transcript records every message, so a test can assert what the room saw.
 */
import { InterruptedError } from '../../src/errors.js';
import type { Choice, KeyChoice, KeyOptions, Prompter } from '../../src/io/prompt.js';

export const DEFAULT = Symbol('default');
export const INTERRUPT = Symbol('interrupt');
export type Answer = string | number | boolean | null | string[] | typeof DEFAULT | typeof INTERRUPT;

const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

export class ScriptedPrompter implements Prompter {
  readonly transcript: string[] = [];
  readonly said: string[] = [];
  /** Everything the room would see, unaltered: messages, choices, defaults and text between prompts. */
  readonly screen: string[] = [];
  /** Messages of answers refused by a prompt's validation; the next script entry answers again. */
  readonly refused: string[] = [];

  private readonly script: Answer[];

  constructor(script: readonly Answer[]) {
    this.script = [...script];
  }

  get remaining(): number {
    return this.script.length;
  }

  private next(kind: string, message: string, shown: readonly (string | undefined)[] = []): Answer {
    this.screen.push(message, ...shown.filter((x): x is string => x !== undefined));
    this.transcript.push(`${kind}: ${plain(message)}`);
    if (!this.script.length) throw new Error(`the script has no answer for ${kind} "${plain(message)}"`);
    const answer = this.script.shift()!;
    if (answer === INTERRUPT) throw new InterruptedError('Interrupted');
    return answer;
  }

  async input(message: string, options: { default?: string; validate?: (v: string) => true | string } = {}): Promise<string> {
    for (;;) {
      const a = this.next('input', message, [options.default]);
      const value = a === DEFAULT ? (options.default ?? '') : String(a);
      const ok = options.validate?.(value) ?? true;
      if (ok === true) return value;
      // As in a terminal: the prompt shows why and asks again.
      this.refused.push(plain(ok));
    }
  }

  /** Answered by value (4, 'joint', null, true); DEFAULT is Enter, which needs a default. */
  async key<T>(message: string, choices: KeyChoice<T>[], options: KeyOptions<T> = {}): Promise<T> {
    const a = this.next(
      options.private ? 'key (private)' : 'key',
      message,
      choices.map((c) => c.name),
    );
    if (a === DEFAULT) {
      if (options.default === undefined) throw new Error(`Enter at "${plain(message)}" chooses nothing: no answer is preselected`);
      return options.default;
    }
    const found = choices.find((c) => c.value === (a as unknown));
    if (!found)
      throw new Error(
        `scripted answer ${String(a)} is not a choice of "${plain(message)}": ${choices.map((c) => String(c.value)).join(', ')}`,
      );
    return found.value;
  }

  async select<T>(message: string, choices: Choice<T>[], options: { default?: T } = {}): Promise<T> {
    const a = this.next(
      'select',
      message,
      choices.map((c) => c.name),
    );
    if (a === DEFAULT) return options.default !== undefined ? options.default : choices[0]!.value;
    const found = choices.find((c) => c.value === a);
    if (!found)
      throw new Error(
        `scripted answer ${String(a)} is not a choice of "${plain(message)}": ${choices.map((c) => String(c.value)).join(', ')}`,
      );
    return found.value;
  }

  async checkbox<T>(message: string, choices: Choice<T>[]): Promise<T[]> {
    const a = this.next(
      'checkbox',
      message,
      choices.flatMap((c) => [c.name, c.description]),
    );
    if (a === DEFAULT) return choices.filter((c) => c.checked).map((c) => c.value);
    const wanted = a as unknown as T[];
    for (const w of wanted)
      if (!choices.some((c) => c.value === w)) throw new Error(`scripted ${String(w)} is not offered by "${plain(message)}"`);
    return wanted;
  }

  async confirm(message: string, options: { default?: boolean } = {}): Promise<boolean> {
    const a = this.next('confirm', message);
    return a === DEFAULT ? Boolean(options.default) : Boolean(a);
  }

  say(text: string): void {
    this.screen.push(text);
    this.said.push(plain(text));
  }
}
