/**
 * Commander wiring only: one `.command()` per command, each importing its module when it runs, so
 * `review check` never loads the prompt library or the HTML renderer.
 */
import { Command, Option } from 'commander';
import type { IO } from './io/context.js';
import { VERSION } from './version.js';

export type SetExit = (code: number) => void;

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

export function buildProgram(io: IO, setExit: SetExit): Command {
  const program = new Command('review');
  program
    .description("The CEO's annual review of the CIO and CMO functions: questionnaire, alignment scores, year-over-year diff, CI gate and board report.")
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR and FORCE_COLOR are honoured too)')
    .option('--debug', 'show a stack trace for unexpected errors')
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .addHelpText(
      'after',
      `${examples('review check reviews/', 'review schema > review.schema.json')}
Exit codes: 0 success, 1 check found failing findings, 2 usage error or unusable input, 130 interrupted.`,
    );

  const color = (cmd: Command): boolean | undefined => cmd.optsWithGlobals().color;

  program
    .command('check')
    .summary('validate review files against the rules: the CI gate')
    .description(
      'Validate review files, or folders of them (recursively, .yaml/.yml), against the schema and the ownership rules.\n' +
        'Exits 1 when a finding is at or above the failing severity, so a CI job fails on an unowned blurred area.',
    )
    .argument('<path...>', 'review files or folders')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'github', 'junit', 'sarif']).default('text'))
    .option('-r, --rule <id=severity...>', 'set a rule to off, warn or error (repeatable)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run').choices(['error', 'warn']).default('error'))
    .option('--max-gap <n>', "turn on max-gap: fail when a question's CIO-CMO gap exceeds n (0-4)")
    .option('--min-score <n>', 'turn on min-score: fail when the alignment index is below n (0-100)')
    .option('--gap-threshold <n>', 'gap that marks a question misaligned', '2')
    .option('--today <yyyy-mm-dd>', 'the date waivers are judged against (default: today)')
    .addHelpText(
      'after',
      `${examples(
        'review check reviews/',
        'review check reviews/2026.yaml --format github',
        'review check reviews/ --rule board-reporting=error --fail-on warn',
        'review check reviews/ --min-score 60 --max-gap 2 --format sarif > review.sarif',
      )}
Rules (default severity): schema, blurred-area-owner, owner-known, waiver-expired (error);
contested-ownership, joint-area-process, board-reporting, joint-investment, investment-roi,
success-criteria, unanswered (warn); max-gap, min-score (off until --max-gap / --min-score).
A live waiver in the file silences its rule for its target until it expires.`,
    )
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runCheck } = await import('./commands/check.js');
      setExit(await runCheck(paths, { ...opts, color: color(cmd), version: VERSION }, io));
    });

  program
    .command('score')
    .summary('alignment scores and gaps for one review')
    .description(
      'Score one review: the alignment index and its band, perception alignment and maturity for each of the five points,\n' +
        'the widest CIO-CMO gaps (with the CEO\'s view where the CEO rated), ownership of every blurred area, and the\n' +
        "agreement between the CIO and the CMO (Cohen's quadratic-weighted kappa).",
    )
    .argument('<file>', 'a review file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'markdown']).default('table'))
    .option('--explain', 'print the arithmetic behind every headline number')
    .option('--gap-threshold <n>', 'gap that marks a question misaligned (1-4)', '2')
    .addHelpText(
      'after',
      `${examples('review score reviews/2026.yaml', 'review score reviews/2026.yaml --explain', 'review score reviews/2026.yaml --format json | jq .alignmentIndex')}
Bands: aligned 80+, watch 60-79.9, misaligned below 60.`,
    )
    .action(async (file: string, opts, cmd: Command) => {
      const { runScore } = await import('./commands/score.js');
      setExit(await runScore(file, { ...opts, color: color(cmd) }, io));
    });

  program
    .command('diff')
    .summary('compare two reviews, year over year')
    .description(
      'Compare two reviews by meaning: sections, questions, blurred areas, investments and executives are matched by id.\n' +
        'Either side may be REV:path, read through git (HEAD~1:reviews/2026.yaml).',
    )
    .argument('<old>', 'last year\'s review (a file, or REV:path)')
    .argument('<new>', "this year's review (a file, or REV:path)")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--fail-on-regression', 'exit 1 when the index fell, an area lost its owner, or a gap widened past the misaligned threshold')
    .option('--gap-threshold <n>', 'gap that marks a question misaligned (1-4)', '2')
    .addHelpText(
      'after',
      examples(
        'review diff reviews/2025.yaml reviews/2026.yaml',
        'review diff HEAD~1:reviews/2026.yaml reviews/2026.yaml --fail-on-regression',
        'review diff reviews/2025.yaml reviews/2026.yaml --format markdown > changes.md',
      ),
    )
    .action(async (oldFile: string, newFile: string, opts, cmd: Command) => {
      const { runDiff } = await import('./commands/diff.js');
      setExit(await runDiff(oldFile, newFile, { ...opts, color: color(cmd) }, io));
    });

  program
    .command('report')
    .summary('the combined board report, in Markdown or self-contained HTML')
    .description(
      'Write the combined report of the CIO and CMO functions for the board: the alignment index and its band, a radar\n' +
        'chart of the five points, the largest gaps, the ownership matrix of the blurred areas, the digital investments,\n' +
        'the success criteria and the open findings of review check as actions. The HTML is one self-contained file.',
    )
    .argument('<file>', 'a review file (or REV:path)')
    .addOption(new Option('-f, --format <format>', 'markdown or html (default: html when --out ends in .html, else markdown)').choices(['markdown', 'html']))
    .option('-o, --out <file>', 'write to a file (atomically, mode 0600) instead of standard output')
    .option('--force', 'replace --out if it exists')
    .option('--previous <file>', "last year's review, to show the change (a file, or REV:path)")
    .option('--gap-threshold <n>', 'gap that marks a question misaligned (1-4)', '2')
    .addHelpText(
      'after',
      examples(
        'review report reviews/2026.yaml --previous reviews/2025.yaml --format html --out board.html',
        'review report reviews/2026.yaml > board.md',
      ),
    )
    .action(async (file: string, opts) => {
      const { runReport } = await import('./commands/report.js');
      setExit(await runReport(file, { ...opts, version: VERSION }, io));
    });

  program
    .command('schema')
    .summary('print the JSON Schema of the review file')
    .description('Print the JSON Schema of the review file (draft-07), for editors (yaml-language-server) and other tools.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json']).default('json'))
    .addHelpText(
      'after',
      `${examples('review schema > review.schema.json')}
Then start a review file with:
  # yaml-language-server: $schema=./review.schema.json`,
    )
    .action(async (opts) => {
      const { runSchema } = await import('./commands/schema.js');
      setExit(await runSchema(opts, io, VERSION));
    });

  return program;
}
