/**
 * The one place prompts meet the terminal. The workshop flow talks to {@link Prompter}; tests
 * pass a scripted one. The real one maps each prompt onto @inquirer/prompts, loaded only here.
 *
 * Interrupts: Ctrl-C and end of input reach inquirer as ExitPromptError; SIGTERM and SIGHUP would
 * kill the process before any catch block, so they are routed into the prompt's AbortSignal. All
 * of them become one InterruptedError, and the flow has already saved every answer by then.
 */
import { wrapText } from '../core/wrap.js';
import { InterruptedError } from '../errors.js';
import { guardOutput } from '../core/escape.js';
import { present } from '../core/present.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
  checked?: boolean;
}

/** A choice taken with one key press: `4` for a rating, `u` for unsure. */
export interface KeyChoice<T> {
  key: string;
  name: string;
  value: T;
}

export interface KeyOptions<T> {
  /** What Enter takes: only an answer somebody gave before (last year's file, an earlier answer). */
  default?: T;
  /** Private: once given, the answer shows as "recorded", never its value (ratings before the reveal). */
  private?: boolean;
}

export interface Prompter {
  input(message: string, options?: { default?: string; validate?: (value: string) => true | string }): Promise<string>;
  select<T>(message: string, choices: Choice<T>[], options?: { default?: T }): Promise<T>;
  checkbox<T>(message: string, choices: Choice<T>[]): Promise<T[]>;
  confirm(message: string, options?: { default?: boolean }): Promise<boolean>;
  /** One key press picks a choice; nothing is preselected unless `default` is given. */
  key<T>(message: string, choices: KeyChoice<T>[], options?: KeyOptions<T>): Promise<T>;
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
  const keyPrompt = await makeKeyPrompt();
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
  const safe = <T>(choices: Choice<T>[]) =>
    choices.map((c) => ({ ...c, name: g(c.name), ...(c.description !== undefined ? { description: g(c.description) } : {}) }));
  return {
    input: (message, options = {}) =>
      run(() => inquirer.input({ message: g(message), default: options.default, validate: options.validate }, context)),
    select: (message, choices, options = {}) =>
      run(() =>
        inquirer.select({ message: g(message), choices: safe(choices), default: options.default, pageSize: 12, loop: false }, context),
      ),
    checkbox: (message, choices) =>
      run(() => inquirer.checkbox({ message: g(message), choices: safe(choices), pageSize: 20, loop: false }, context)),
    confirm: (message, options = {}) => run(() => inquirer.confirm({ message: g(message), default: options.default }, context)),
    key: (message, choices, options = {}) =>
      run(() =>
        keyPrompt(
          {
            message: g(message),
            choices: choices.map((c) => ({ ...c, name: g(c.name) })),
            default: options.default,
            private: options.private,
          },
          context,
        ),
      ),
    // Text between prompts breaks at word boundaries, never mid-word at the terminal's edge.
    say: (text) => write(wrapText(g(text), process.stdout.columns ?? 80)),
    close() {
      for (const s of signals) process.off(s, onSignal);
    },
  };
}

interface KeyPromptConfig<T> {
  message: string;
  choices: KeyChoice<T>[];
  default?: T;
  private?: boolean;
}

/** The one-key prompt, built on the prompt library's core so Ctrl-C, signals and redraws behave alike. */
async function makeKeyPrompt() {
  const core = await import('@inquirer/core');
  return core.createPrompt(<T>(config: KeyPromptConfig<T>, done: (value: T) => void) => {
    const [status, setStatus] = core.useState<'idle' | 'done'>('idle');
    const [picked, setPicked] = core.useState<KeyChoice<T> | undefined>(undefined);
    const [error, setError] = core.useState<string | undefined>(undefined);
    const theme = core.makeTheme({});
    const prefix = core.usePrefix({ status, theme });
    const fallback = config.default === undefined ? undefined : config.choices.find((c) => c.value === config.default);
    core.useKeypress((event, rl) => {
      rl.clearLine(0);
      const choice = core.isEnterKey(event)
        ? fallback
        : config.choices.find((c) => c.key === (event.name ?? '').toLowerCase() && !event.ctrl);
      if (!choice) {
        setError(
          core.isEnterKey(event)
            ? 'Press one of the keys shown; nothing is chosen for you.'
            : `Press one of: ${config.choices.map((c) => c.key).join(' ')}`,
        );
        return;
      }
      setPicked(choice);
      setStatus('done');
      done(choice.value);
    });
    const message = theme.style.message(config.message, status);
    if (status === 'done') {
      const shown = config.private
        ? theme.style.help('recorded, hidden until the reveal')
        : theme.style.answer(present(picked, 'the key chosen').name);
      return `${prefix} ${message} ${shown}`;
    }
    const keys = config.choices.map((c) => `  ${theme.style.highlight(c.key)}  ${c.name}`).join('\n');
    const hint = fallback ? `  ${theme.style.help(`Enter keeps ${fallback.name}`)}` : '';
    return [`${prefix} ${message}\n${keys}${hint ? `\n${hint}` : ''}`, error ? theme.style.error(error) : ''];
  });
}
