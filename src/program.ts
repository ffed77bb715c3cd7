/**
 * Commander wiring only: one `.command()` per command, each importing its module when it runs, so
 * `review check` never loads the prompt library or the HTML renderer.
 */
import { Command, Option } from 'commander';
import type { IO } from './io/context.js';
// The format records hold only names and loaders: listing them loads no renderer.
import { CHECK_FORMATS } from './render/check/index.js';
import { DIFF_FORMATS } from './render/diff/index.js';
import { REPORT_FORMATS } from './render/report/index.js';
import { RULES_FORMATS } from './render/rules/index.js';
import { SCORE_FORMATS } from './render/score/index.js';
import { guardOutput } from './render/escape.js';
import { VERSION } from './version.js';

export type SetExit = (code: number) => void;

/** A repeatable option: each flag adds exactly one value. */
const collect = (value: string, previous: string[] = []) => [...previous, value];

const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** What help shows that only the command's own modules know: the rules paragraph of `check --help`. */
export interface HelpData {
  checkRules?: string;
}

/**
 * Loads what help needs before the program is built (help is printed synchronously). Only when
 * `check` is named, whose run loads the rules anyway: `review --version` stays as light as it was.
 */
export async function loadHelpData(argv: readonly string[]): Promise<HelpData> {
  if (!argv.includes('check')) return {};
  const [{ RULE_METAS }, { rulesHelpParagraph }] = await Promise.all([import('./core/rules/index.js'), import('./render/rules/help.js')]);
  return { checkRules: rulesHelpParagraph(RULE_METAS) };
}

export function buildProgram(io: IO, setExit: SetExit, help: HelpData = {}): Command {
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

  const color = (cmd: Command): boolean | undefined => cmd.optsWithGlobals().color;

  program
    .command('init')
    .summary("run the five-point questionnaire and write this year's review")
    .description(
      "Run the review as a workshop: the template's statements, each rated by the CIO and the CMO with one key (1-5, u unsure, n not applicable, s to skip), privately until the reveal at the end of each section, where each side gives the example behind every dispute; the blurred areas with their owners, the digital investments, the success criteria, and actions proposed from the findings. With --from, it first asks how last year's criteria, returns and actions turned out. The summary lets you go back to any section, area, investment or the criteria before writing. A draft is saved after every answer; Ctrl-C keeps it, and --resume continues where you stopped. Writes reviews/<period>.yaml (or --out), never replacing a file without --overwrite. With --role, one executive answers alone into roles/<period>/<role>.yaml (outside reviews/, so check does not gate it); then review merge and review agree.",
    )
    .option('-t, --template <id|path>', 'questionnaire template (see review template list; default five-point)')
    .addOption(new Option('--role <role>', "collect one executive's answers alone (merge them afterwards)").choices(['cio', 'cmo']))
    .option(
      '--from <file>',
      "start from last year's review (organisation, executives, areas, owners, investments, criteria), or with --role from the other executive's file (template, organisation, period, executives, areas; never ratings)",
    )
    .option('--answers <file>', 'no prompts: take the answers from a partial review file (for scripts and CI)')
    .option('--with-ceo', "also ask the CEO's rating of each statement (to see blind spots)")
    .option('-o, --out <file>', 'where to write the review (default reviews/<period>.yaml)')
    .option('--open', 'show each rating as it is given, instead of privately until the reveal')
    .option('--resume', 'continue the saved draft (with --out, write somewhere else)')
    .option('--overwrite', 'replace an existing review file')
    .option('--discard-draft', 'throw a saved draft away and start again')
    .addOption(new Option('--force').hideHelp())
    .addOption(
      new Option('-f, --format <format>', 'what to print at the end: the score table, or JSON (with --answers)')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      `${examples(
        'review init',
        'review init --from reviews/2025.yaml',
        'review init --template quick --with-ceo',
        'review init --role cio            # then the CMO: review init --role cmo --from roles/2026/cio.yaml',
        'review merge roles/2026/cio.yaml roles/2026/cmo.yaml --out roles/2026/merged.yaml',
        'review agree roles/2026/merged.yaml',
        'review init --resume',
        'review init --answers answers.yaml --from reviews/2025.yaml',
      )}
Without a terminal, init needs --answers: it never waits for input that cannot come.`,
    )
    .action(async (opts, cmd: Command) => {
      const { runInit } = await import('./commands/init/index.js');
      setExit(await runInit({ ...opts, color: color(cmd), version: VERSION }, io));
    });

  program
    .command('check')
    .summary('validate review files against the rules: the CI gate')
    .description(
      'Validate review files, or folders of them (recursively, .yaml/.yml), against the schema and the ownership rules. Exits 1 when a finding is at or above the failing severity, so a CI job fails on an unowned blurred area.',
    )
    .argument('<path...>', 'review files or folders, or REV:path to read a file from git')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(CHECK_FORMATS)).default('text'))
    .option('-r, --rule <id=severity>', 'set a rule to off, warn or error (one per flag; repeat the flag)', collect)
    .option('-x, --exclude <glob>', 'leave out paths matching the glob (repeatable): `*.cio.yaml`, `reviews/2025/**`', collect)
    .option('--latest', 'check only the newest period of each organisation found (history does not fail the build)')
    .addOption(new Option('--fail-on <severity>', 'lowest severity that fails the run').choices(['error', 'warn']).default('error'))
    .option('--max-gap <n>', "turn on max-gap: fail when a question's CIO-CMO gap exceeds n (0-4)")
    .option(
      '--min <measure=n>',
      'turn on min-score: fail when maturity (1-5), consensus or ownership (0-100) is below n, or has nothing to score; one measure per flag, repeatable',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--gap-threshold <n>', 'gap that marks a statement disputed', '2')
    .option('--today <yyyy-mm-dd>', 'the date waivers are judged against (default: today)')
    .addHelpText(
      'after',
      `${examples(
        'review check reviews/',
        'review check reviews/2026.yaml --format github',
        'review check reviews/ --rule board-reporting=error --rule unanswered=off --fail-on warn',
        "review check reviews/ --latest --exclude '*.cio.yaml' --exclude '*.cmo.yaml'",
        'review check origin/main:reviews/2026.yaml   # the file as git has it',
        'review check reviews/ --min maturity=3 --min consensus=50 --max-gap 2 --format sarif > review.sarif',
      )}
${help.checkRules ?? 'Rules: `review rules` lists each with its default severity.'}
A live waiver in the file silences its rule for its target until it expires; waived findings are
still shown (counted in text, listed under "suppressed" in JSON, as SARIF suppressions).
In folders, links are followed only to files inside the folder; an unreadable entry, a dangling
link, a FIFO or device, or a name that is not UTF-8 is a finding of its own and the run goes on.`,
    )
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runCheck } = await import('./commands/check.js');
      setExit(await runCheck(paths, { ...opts, color: color(cmd), version: VERSION }, io));
    });

  program
    .command('score')
    .summary('the verdict, maturity, consensus and ownership of one review')
    .description(
      "Score one review on the board's two questions, kept apart: how well the partnership works (maturity, 1-5) and whether the CIO and the CMO see it the same way (consensus, 0-100, corrected for chance); ownership is scored on its own. Shows the verdict beside the review's check result, each of the five points, the priorities (weaknesses both agree on), the conversations (disputed statements, with the CEO's view) and every blurred area.",
    )
    .argument('<file>', 'a review file')
    .addOption(
      new Option('-f, --format <format>', 'output format (table is the old name of text)')
        .choices(Object.keys(SCORE_FORMATS))
        .default('text'),
    )
    .option('--explain', 'print the arithmetic behind every number')
    .option('--today <yyyy-mm-dd>', 'the date the gate (review check) is judged against (default: today)')
    .option('--gap-threshold <n>', 'gap that marks a statement disputed (1-4)', '2')
    .addHelpText(
      'after',
      `${examples('review score reviews/2026.yaml', 'review score reviews/2026.yaml --explain', 'review score reviews/2026.yaml --format json | jq .verdict')}
Verdict: partnership (maturity 3.5+, consensus 50+), divided (3.5+, below 50), shared-concern
(below 3.5, 50+), at-odds (below both), not-enough-answers (fewer than 5 statements rated by both).
Maturity: strong 4.0+, developing 3.0-3.9, weak below 3.0. Consensus: close 75+, partly shared 50-74.9,
divided below 50.`,
    )
    .action(async (file: string, opts, cmd: Command) => {
      const { runScore } = await import('./commands/score.js');
      setExit(await runScore(file, { ...opts, color: color(cmd) }, io));
    });

  program
    .command('diff')
    .summary('compare two reviews, year over year')
    .description(
      "Compare two reviews by meaning: sections, questions, blurred areas, investments and executives are matched by id. Across a template change (five-point@1 → five-point@2) the later template's replaces are followed: a statement with one successor is compared with it, and the others are said plainly not to be comparable. Either side may be REV:path, read through git (HEAD~1:reviews/2026.yaml).",
    )
    .argument('<old>', "last year's review (a file, or REV:path)")
    .argument('<new>', "this year's review (a file, or REV:path)")
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(DIFF_FORMATS)).default('text'))
    .option(
      '--today <yyyy-mm-dd>',
      'the date open actions are judged overdue against (default: today, or the end of the later period if earlier)',
    )
    .option(
      '--fail-on-regression',
      'exit 1 on a regression: a worse verdict, a point down 0.5 in maturity or 20 in consensus, an area that lost its owner, became contested or was deleted while orphaned, a newly disputed statement, an investment no longer joint, a measure with nothing left to score',
    )
    .option('--gap-threshold <n>', 'gap that marks a statement disputed (1-4)', '2')
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
      'Write the combined report of the CIO and CMO functions for the board: the verdict with maturity, consensus, ownership and whether the review meets the agreed rules; priorities and conversations; self-rating bias in words; a radar chart of the five points; the ownership matrix of the blurred areas; the digital investments; the success criteria; and open points in plain words. The HTML is one self-contained file.',
    )
    .argument('<file>', 'a review file (or REV:path)')
    .addOption(
      new Option(
        '-f, --format <format>',
        `${Object.keys(REPORT_FORMATS).join(', ')} (default: from the --out extension, else markdown)`,
      ).choices(Object.keys(REPORT_FORMATS)),
    )
    .option('-o, --out <file>', 'write to a file (atomically, mode 0600) instead of standard output; .md, .markdown, .html, .htm or .json')
    .option('--force', 'replace --out if it exists (never a folder, FIFO, device, link or an input)')
    .option('--previous <file>', "last year's review, to show the change (a file, or REV:path)")
    .option('--trend <folder>', "add a page on the years: this organisation's reviews in the folder (or files), as review trend shows them")
    .option('--today <yyyy-mm-dd>', 'the date overdue actions, criteria and exceptions in force are judged against (default: today)')
    .option('--gap-threshold <n>', 'gap that marks a statement disputed (1-4)', '2')
    .addHelpText(
      'after',
      examples(
        'review report reviews/2026.yaml --previous reviews/2025.yaml --format html --out board.html',
        'review report reviews/2026.yaml > board.md',
        'review report reviews/2027.yaml --trend reviews/ --out board.html   # with a page on the years',
      ),
    )
    .action(async (file: string, opts) => {
      const { runReport } = await import('./commands/report.js');
      setExit(await runReport(file, { ...opts, version: VERSION }, io));
    });

  program
    .command('trend')
    .summary('one organisation over the years: verdict, measures, disputes, actions carried')
    .description(
      "Read one organisation's reviews (files, or folders searched recursively) and show them in period order: the verdict, maturity, consensus and ownership of each period, the same figures as `review score`, per point too; statements disputed for two periods or more; areas whose owner keeps changing; actions carried from year to year (done on time, done late, still open, dropped); and success criteria met or missed per year. Files of other organisations are refused unless --org picks one.",
    )
    .argument('<path...>', 'review files or folders of one organisation (or of many, with --org)')
    .option('--org <name>', 'the organisation to follow, when the folder holds several (case does not matter)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown', 'html']).default('text'))
    .option('-x, --exclude <glob>', 'leave out paths matching the glob (repeatable): `*.cio.yaml`', collect, [])
    .option('--gap-threshold <n>', 'gap that marks a statement disputed (1-4)', '2')
    .addHelpText(
      'after',
      `${examples(
        'review trend reviews/',
        'review trend reviews/2025.yaml reviews/2026.yaml reviews/2027.yaml --format markdown',
        "review trend portfolio/ --org 'Northwind Retail' --format html > trend.html",
      )}
An action counts as done late when a later period's file still listed it open after its due date;
the files record a status, not the day it changed.`,
    )
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runTrend } = await import('./commands/trend.js');
      setExit(await runTrend(paths, { ...opts, color: color(cmd), version: VERSION }, io));
    });

  program
    .command('benchmark')
    .summary('one organisation against a portfolio of others, anonymised')
    .description(
      "Compare one organisation's latest review with the latest review of every other organisation in a portfolio folder: for each measure, point and statement, its percentile among the peers and the peers' median and quartiles; and which of its disputed statements the peers rarely dispute. Peers are never named, dated or located in any format, and with fewer than 5 of them (--min-peers) it refuses, because a small group can be re-identified.",
    )
    .argument('<path...>', 'the portfolio: folders (or files) of reviews of many organisations')
    .requiredOption('--org <name>', 'the organisation to benchmark (case does not matter)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown', 'html']).default('text'))
    .option('--min-peers <n>', 'refuse with fewer peers than this (default 5, never below 3)')
    .option('-x, --exclude <glob>', 'leave out paths matching the glob (repeatable): `*.cio.yaml`', collect, [])
    .option('--gap-threshold <n>', 'gap that marks a statement disputed (1-4)', '2')
    .addHelpText(
      'after',
      `${examples(
        "review benchmark portfolio/ --org 'Northwind Retail'",
        "review benchmark portfolio/ --org 'Northwind Retail' --format html > benchmark.html",
        "review benchmark portfolio/ --org 'Northwind Retail' --format json | jq .measures.maturity",
      )}
Percentile: the share of peers below, plus half of those level (0-100). Median and quartiles
interpolate linearly between the peers' figures (as R, NumPy and spreadsheets do by default).`,
    )
    .action(async (paths: string[], opts, cmd: Command) => {
      const { runBenchmark } = await import('./commands/benchmark.js');
      setExit(await runBenchmark(paths, { ...opts, color: color(cmd), version: VERSION }, io));
    });

  const template = program
    .command('template')
    .summary('the bundled questionnaire templates')
    .description('List the bundled questionnaire templates, or show one.');
  template
    .command('list')
    .description('List the bundled templates.')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', examples('review template list'))
    .action(async (opts, cmd: Command) => {
      const { runTemplateList } = await import('./commands/template.js');
      setExit(await runTemplateList({ ...opts, color: color(cmd) }, io));
    });
  template
    .command('show')
    .description(
      'Show a template: its points, statements (with what 1, 3 and 5 look like, where it says), blurred areas and the earlier ids it replaces. --format yaml prints the file, to start your own.',
    )
    .argument('<id>', 'a bundled template id (five-point, quick: the current version), id@version (five-point@1), or a path')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'yaml']).default('text'))
    .addHelpText(
      'after',
      examples(
        'review template show five-point',
        'review template show five-point@1',
        'review template show quick --format yaml > my-template.yaml',
      ),
    )
    .action(async (id: string, opts, cmd: Command) => {
      const { runTemplateShow } = await import('./commands/template.js');
      setExit(await runTemplateShow(id, { ...opts, color: color(cmd) }, io));
    });

  program
    .command('merge')
    .summary('combine answers collected separately from each executive')
    .description(
      'Combine reviews collected separately (review init --role cio / --role cmo) by id at every level. Two different values for the same field are a conflict: each is shown with its file:line:column and nothing is written.',
    )
    .argument('<file...>', 'review files to combine')
    .requiredOption('-o, --out <file>', 'the merged review to write (never one of the files merged)')
    .option('--force', 'replace --out if it exists (never one of the inputs)')
    .addOption(new Option('-f, --format <format>', 'text, or json (conflicts as data)').choices(['text', 'json']).default('text'))
    .addHelpText('after', examples('review merge roles/2026/cio.yaml roles/2026/cmo.yaml --out roles/2026/merged.yaml'))
    .action(async (files: string[], opts) => {
      const { runMerge } = await import('./commands/merge.js');
      setExit(await runMerge(files, opts, io));
    });

  program
    .command('migrate')
    .summary('rewrite an older schemaVersion as the current one, keeping comments')
    .description(
      `Print a review file as schemaVersion ${2}: success criteria written as text become items with an id and status open, and schemaVersion becomes 2. Comments, key order and layout are kept. Every command already reads version 1 files this way in memory; --write rewrites the file itself (atomically). Running it twice changes nothing.`,
    )
    .argument('<file>', 'a review file')
    .option('-w, --write', 'rewrite the file in place instead of printing it')
    .addOption(
      new Option('-f, --format <format>', 'yaml (the migrated file) or json (what was done)').choices(['yaml', 'json']).default('yaml'),
    )
    .addHelpText(
      'after',
      `${examples('review migrate reviews/2025.yaml', 'review migrate reviews/2025.yaml --write', 'git diff reviews/2025.yaml')}
Nothing is invented: a waiver gets no approved date (review check then asks for one).`,
    )
    .action(async (file: string, opts) => {
      const { runMigrate } = await import('./commands/migrate.js');
      setExit(await runMigrate(file, opts, io));
    });

  program
    .command('agree')
    .summary('settle together what separately collected answers leave open; keeps every rating')
    .description(
      'With the CIO and the CMO in the room, settle a merged file (review merge): the owner of every blurred area the two do not already agree on, processes and board reporting where none is given, then the actions the findings call for. Every rating is kept. Saves a draft after every answer like review init; writes reviews/<period>.yaml (or --out).',
    )
    .argument('<merged>', 'the merged review (review merge --out)')
    .option('--answers <file>', 'no prompts: owners, processes and reporting from a partial review file (areas by id)')
    .option('-o, --out <file>', 'where to write the review (default reviews/<period>.yaml)')
    .option('--resume', 'continue the saved draft')
    .option('--overwrite', 'replace an existing review file')
    .option('--discard-draft', 'throw a saved draft away and start again')
    .addOption(
      new Option('-f, --format <format>', 'what to print at the end: text, or JSON (with --answers)')
        .choices(['text', 'json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      examples('review agree roles/2026/merged.yaml', 'review agree roles/2026/merged.yaml --answers owners.yaml --out reviews/2026.yaml'),
    )
    .action(async (file: string, opts, cmd: Command) => {
      const { runAgree } = await import('./commands/agree.js');
      setExit(await runAgree(file, { ...opts, color: color(cmd) }, io));
    });

  program
    .command('rules')
    .summary('each check rule: what it checks, why it matters, how to fix it')
    .description(
      'Describe the check rules: for each, its default severity, what it checks, why it matters to the CEO, the CIO, the CMO or the board, and how to fix it in the review file, with an example. The same text is in SARIF output (rules[].help) and in docs/rules/.',
    )
    .argument('[id]', 'one rule id (default: every rule)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(Object.keys(RULES_FORMATS)).default('text'))
    .addHelpText(
      'after',
      `${examples('review rules', 'review rules blurred-area-owner', 'review rules --format json | jq -r \'.rules[] | select(.defaultSeverity == "error") | .id\'', 'review rules waiver-too-long --format markdown > waiver-too-long.md')}
An unknown id exits 2 with the nearest known one.`,
    )
    .action(async (id: string | undefined, opts, cmd: Command) => {
      const { runRules } = await import('./commands/rules.js');
      setExit(await runRules(id, { ...opts, color: color(cmd) }, io));
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
