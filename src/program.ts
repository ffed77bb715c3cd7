/**
 * Commander wiring only: the program's own flags and help, then one `.command()` per entry of
 * commands/index.ts, each defined by its own module (its flags live beside the code that reads them).
 */
import { Command } from 'commander';
import type { IO } from './io/context.js';
import type { CommandContext, CommandModule } from './commands/define.js';
import { examples } from './commands/define.js';
import { COMMANDS, type CommandName } from './commands/index.js';
import { guardOutput } from './render/escape.js';
import { VERSION } from './version.js';

export type SetExit = (code: number) => void;

/** The command named in `argv` (after `help`, the one help is asked for), if any. */
function namedCommand(argv: readonly string[]): string | undefined {
  const words = argv.filter((a) => !a.startsWith('-'));
  return words[0] === 'help' ? words[1] : words[0];
}

/**
 * The command modules `argv` needs: only the one it names, so `review check` never loads the
 * prompt library or the HTML renderer; none for `--version`; every one for help (`review --help
 * check` is the program's help, which lists every summary) and for an unknown command (which
 * suggests the nearest).
 */
export async function loadCommands(argv: readonly string[]): Promise<Partial<Record<CommandName, CommandModule>>> {
  const name = namedCommand(argv);
  const help = argv.includes('-h') || argv.includes('--help');
  const version = argv.includes('-V') || argv.includes('--version');
  const only = name !== undefined && Object.hasOwn(COMMANDS, name) && !help ? name : undefined;
  const wanted = (Object.keys(COMMANDS) as CommandName[]).filter((n) => (only ? n === only : help || !version));
  const loaded = await Promise.all(wanted.map(async (n) => [n, (await COMMANDS[n]()).command] as const));
  return Object.fromEntries(loaded);
}

export function buildProgram(io: IO, setExit: SetExit, commands: Partial<Record<CommandName, CommandModule>>): Command {
  const program = new Command('review');
  program
    .description(
      "The CEO's annual review of the CIO and CMO functions: questionnaire, alignment scores, year-over-year diff, CI gate and board report.",
    )
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--debug', 'show a stack trace for unexpected errors')
    .exitOverride()
    .showSuggestionAfterError()
    // Commander echoes option values in its errors: they pass the output-safety guard too.
    .configureOutput({ writeOut: (t) => io.stdout(guardOutput(t)), writeErr: (t) => io.stderr(guardOutput(t)) })
    .addHelpText(
      'after',
      `${examples(
        'review init --from reviews/2025.yaml          # the workshop, starting from last year',
        'review score reviews/2026.yaml                # where the CIO and the CMO differ',
        'review diff reviews/2025.yaml reviews/2026.yaml',
        'review check reviews/ --format github         # the CI gate',
        'review report reviews/2026.yaml --previous reviews/2025.yaml --out board.html',
      )}
Exit codes: 0 success; 1 check found failing findings, or diff --fail-on-regression found a
regression; 2 usage error or unusable input (named as file:line:column); 130 interrupted.`,
    );

  const context: CommandContext = { io, setExit, version: VERSION, color: (cmd) => cmd.optsWithGlobals().color };
  for (const [name, command] of Object.entries(commands)) command.define(program.command(name).summary(command.summary), context);

  return program;
}
