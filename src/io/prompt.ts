/**
 * The one place prompts meet the terminal. The workshop flow talks to {@link Prompter}; tests
 * pass a scripted one. The real one maps each prompt onto @inquirer/prompts, loaded only here.
 *
 * Interrupts: Ctrl-C and end of input reach inquirer as ExitPromptError; SIGTERM and SIGHUP would
 * kill the process before any catch block, so they are routed into the prompt's AbortSignal. All
 * of them become one InterruptedError, and the flow has already saved every answer by then.
 */
import { InterruptedError } from '../errors.js';
import { guardOutput } from '../render/escape.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  checked?: boolean;
}

export interface Prompter {
  input(message: string, options?: { default?: string; validate?: (value: string) => true | string }): Promise<string>;
  select<T>(message: string, choices: Choice<T>[], options?: { default?: T }): Promise<T>;
  checkbox<T>(message: string, choices: Choice<T>[]): Promise<T[]>;
  confirm(message: string, options?: { default?: boolean }): Promise<boolean>;
  /** Text shown between prompts: progress lines, section intros, summaries. */
  say(text: string): void;
}

export interface TerminalPrompter extends Prompter {
  /** Remove the signal handlers. */
  close(): void;
}

function isInterrupt(error: unknown): boolean {
  const name = (error as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError';
}

export async function terminalPrompter(write: (text: string) => void, options: { color: boolean }): Promise<TerminalPrompter> {
  // The prompt library decides on colour when it loads, from the environment; --no-color must
  // reach it the same way NO_COLOR does.
  if (!options.color) process.env.NO_COLOR = '1';
  const inquirer = await import('@inquirer/prompts');
  const controller = new AbortController();
  let interruptedBy: string | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    interruptedBy = signal;
    controller.abort();
  };
  const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGINT'];
  for (const s of signals) process.on(s, onSignal);

  async function run<T>(ask: () => Promise<T>): Promise<T> {
    if (controller.signal.aborted) throw new InterruptedError(`Interrupted by ${interruptedBy ?? 'a signal'}`);
    try {
      return await ask();
    } catch (error) {
      if (isInterrupt(error)) throw new InterruptedError(interruptedBy ? `Interrupted by ${interruptedBy}` : 'Interrupted');
      throw error;
    }
  }
  const context = { signal: controller.signal };

  // Every prompt passes through the output-safety guard, as standard output does.
  const g = guardOutput;
  const safe = <T>(choices: Choice<T>[]) => choices.map((c) => ({ ...c, name: g(c.name), ...(c.description !== undefined ? { description: g(c.description) } : {}) }));
  return {
    input: (message, options = {}) => run(() => inquirer.input({ message: g(message), default: options.default, validate: options.validate }, context)),
    select: (message, choices, options = {}) => run(() => inquirer.select({ message: g(message), choices: safe(choices), default: options.default, pageSize: 12, loop: false }, context)),
    checkbox: (message, choices) => run(() => inquirer.checkbox({ message: g(message), choices: safe(choices), pageSize: 20, loop: false }, context)),
    confirm: (message, options = {}) => run(() => inquirer.confirm({ message: g(message), default: options.default }, context)),
    say: (text) => write(g(text)),
    close() {
      for (const s of signals) process.off(s, onSignal);
    },
  };
}
