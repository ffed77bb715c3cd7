/**
 * `review init`: the workshop. Runs the template's questionnaire (or reads an answers file),
 * saves a draft after every answer, and writes the review when the room confirms.
 * The steps are in workshop.ts, the draft in draft.ts, what is said in wording.ts.
 */
import { composeReview, type DraftReview } from '../../core/compose.js';
import type { Review } from '../../core/schema.js';
import { scoreReview } from '../../core/score.js';
import { templateRef, type Template } from '../../core/template.js';
import { InterruptedError, UsageError } from '../../errors.js';
import { colorEnabled, makePaint } from '../../io/color.js';
import type { IO } from '../../io/context.js';
import type { Prompter } from '../../io/prompt.js';
import { loadTemplate } from '../../io/templates.js';
import { pathExists, removeFile } from '../../io/workshop-files.js';
import { safeJson } from '../../render/escape.js';
import { scoreDocument } from '../../render/score/json.js';
import { readReview, requireValidReview } from '../load.js';
import { readAnswers } from './answers.js';
import { draftPathFor, requireDraft, type Draft, type Role } from './draft.js';
import { fileHeader, gateOf, printResult, writeReviewFile } from './finish.js';
import { defaultOut, shellArg, siblingRoleFile } from './wording.js';
import { Workshop } from './workshop.js';
import { Option, type Command } from 'commander';
import { examples, type CommandModule } from '../define.js';
import { present } from '../../core/present.js';

export { suggestKey } from './workshop.js';
export { draftPathFor } from './draft.js';
export { defaultOut } from './wording.js';

export interface InitOptions {
  template?: string;
  role?: string;
  from?: string;
  answers?: string;
  out?: string;
  overwrite?: boolean;
  discardDraft?: boolean;
  /** Gone: it meant both --overwrite and --discard-draft. Refused with a pointer to each. */
  force?: boolean;
  resume?: boolean;
  withCeo?: boolean;
  /** Ratings shown as they are given instead of privately until each section's reveal. */
  open?: boolean;
  color?: boolean;
  format?: string;
  version: string;
}

export interface InitDeps {
  /** A prompter to use instead of the terminal (tests). */
  prompter?: Prompter;
}

function parseRole(role: string | undefined): Role | undefined {
  if (role === undefined) return undefined;
  if (role !== 'cio' && role !== 'cmo') throw new UsageError('--role must be cio or cmo');
  return role;
}

/** The command that continues this run, for messages. */
function resumeCommand(role: Role | undefined, out: string | undefined): string {
  return `review init --resume${role ? ` --role ${role}` : ''}${out ? ` --out ${shellArg(out)}` : ''}`;
}

/** A file collected with `--role`: one executive's ratings and none of the other's. */
function isRoleFileOf(review: Review, role: Role): boolean {
  const other = role === 'cio' ? 'cmo' : 'cio';
  const rated = (who: Role) => review.sections.some((s) => s.questions.some((q) => q.ratings?.[who] !== undefined));
  return rated(role) && !rated(other);
}

/** The template a file was written with, when it is one we have. */
function templateOf(io: IO, review: Review | undefined): Template | undefined {
  const ref = review?.template;
  if (!ref) return undefined;
  try {
    // Earlier versions stay bundled (five-point@1), so the file's exact version is served.
    return loadTemplate(io.cwd, ref);
  } catch {
    return undefined;
  }
}

async function runWithAnswers(options: InitOptions, answersFile: string, io: IO, role: Role | undefined): Promise<number> {
  const template = loadTemplate(io.cwd, options.template ?? 'five-point');
  const answers = readAnswers(io, answersFile);
  const from = options.from ? readReview(io, options.from).review : undefined;
  const draft = composeReview(template, answers, from);
  if (draft.period === undefined) draft.period = io.now().getFullYear();
  const hint = options.from ? '' : ': add what is missing to it, or start from last year with --from <file>';
  const review = requireValidReview(draft, answersFile, `${answersFile} does not make a complete review${hint}`);
  const out = options.out ?? defaultOut(String(review.period), role);
  writeReviewFile(io, out, review, fileHeader(io, 'Written with review init', templateRef(template)), {
    overwrite: Boolean(options.overwrite),
    inputs: [answersFile, ...(options.from ? [options.from] : [])],
  });
  if (options.format === 'json') {
    io.stdout(
      `${safeJson({ version: 1, file: out, template: templateRef(template), role: role ?? null, score: role ? null : scoreDocument({ file: out, review, score: scoreReview(review), gate: gateOf(io, review), explain: false }) })}\n`,
    );
    return 0;
  }
  printResult(io, makePaint(colorEnabled(io, options.color)), out, review, role);
  return 0;
}

/** A new draft: the template, and what `--from` carries (last year's file, or the other executive's). */
function newDraft(io: IO, options: InitOptions, role: Role | undefined): { draft: Draft; template: Template; settled: string[] } {
  const from = options.from ? readReview(io, options.from).review : undefined;
  const otherRole = role && from && isRoleFileOf(from, role === 'cio' ? 'cmo' : 'cio');
  const template =
    (otherRole && !options.template ? templateOf(io, from) : undefined) ?? loadTemplate(io.cwd, options.template ?? 'five-point');
  const review: DraftReview = composeReview(template, {}, from);
  const settled: string[] = [];
  if (role) {
    // One executive alone starts from the areas, not from anybody's view of them.
    review.blurredAreas = review.blurredAreas.map((a) => ({ id: a.id, name: a.name }));
  } else {
    // Last year's owners, processes and reporting carry over; each executive's claim is this
    // year's to state, so none is offered as an answer.
    review.blurredAreas = review.blurredAreas.map(({ claims: _claims, ...a }) => a);
  }
  if (otherRole) {
    // The second executive answers the same questionnaire for the same organisation and period.
    review.period = from.period;
    settled.push(
      'organisation',
      'period',
      'reviewer',
      'reviewer.role',
      'facilitator',
      'facilitator.organisation',
      'executives.cio',
      'executives.cmo',
      'executives.done',
      'areas.chosen',
      'areas.added',
    );
  } else {
    // Last year's file gives defaults; this year's ratings and period are asked afresh.
    delete review.period;
  }
  const draft: Draft = {
    draftVersion: 1,
    mode: 'init',
    template: options.template ?? templateRef(template),
    ...(role ? { role } : {}),
    withCeo: Boolean(options.withCeo),
    private: !role && !options.open,
    ...(options.out ? { out: options.out } : {}),
    ...(options.from ? { from: options.from } : {}),
    review,
    answered: [],
    skipped: [],
    memo: {},
  };
  return { draft, template, settled };
}

export interface WorkshopRun {
  io: IO;
  deps: InitDeps;
  draft: Draft;
  draftPath: string;
  /** A draft file this run was resumed from, removed once the draft lives at `draftPath`. */
  previousDraftPath?: string;
  template: Template;
  settled?: string[];
  overwrite: boolean;
  color?: boolean;
  resume: string;
}

/** Run the workshop on a draft; returns the review the room confirmed, or undefined when stopped. */
export async function runWorkshop(run: WorkshopRun): Promise<Review | undefined> {
  const { io, deps, draft, draftPath } = run;
  const paint = makePaint(colorEnabled(io, run.color));
  const ownPrompter = deps.prompter
    ? undefined
    : await (await import('../../io/prompt.js')).terminalPrompter(io.stdout, { color: paint.enabled });
  const prompter = deps.prompter ?? present(ownPrompter, 'the terminal prompter');
  const workshop = new Workshop(io, prompter, run.template, draft, draftPath, paint, { overwrite: run.overwrite });
  workshop.settle(...(run.settled ?? []));
  let review: Review | undefined;
  try {
    workshop.save();
    if (run.previousDraftPath && run.previousDraftPath !== draftPath) removeFile(io.cwd, run.previousDraftPath);
    review = await workshop.run();
  } catch (error) {
    if (error instanceof InterruptedError) {
      io.stderr(`\n${error.message}. Every answer so far is saved in ${draftPath}.\nContinue with: ${run.resume}\n`);
    }
    throw error;
  } finally {
    ownPrompter?.close();
  }
  if (!review) io.stdout(`\nStopped. Your answers are saved in ${draftPath}; continue with: ${run.resume}\n`);
  return review;
}

/** Refuse flags that contradict each other, before anything is read or asked. */
function checkInitOptions(options: InitOptions): Role | undefined {
  if (options.force) {
    throw new UsageError(
      '--force is gone, because it meant two things: --overwrite replaces an existing review, --discard-draft throws a saved draft away',
    );
  }
  const role = parseRole(options.role);
  if (options.format !== undefined && options.format !== 'text' && options.format !== 'json')
    throw new UsageError('--format must be text or json');
  if (options.format === 'json' && !options.answers) {
    throw new UsageError(
      '--format json needs --answers: an interactive workshop talks to the terminal, and its result is the file it writes',
    );
  }
  if (options.resume && options.discardDraft)
    throw new UsageError('--resume continues the saved draft and --discard-draft throws it away: give one of them');
  return role;
}

export async function runInit(options: InitOptions, io: IO, deps: InitDeps = {}): Promise<number> {
  const role = checkInitOptions(options);
  if (options.answers) return runWithAnswers(options, options.answers, io, role);
  if (!deps.prompter && !(io.stdinIsTTY && io.stdoutIsTTY)) {
    throw new UsageError(
      'review init asks its questions in a terminal, and there is none here.\n' +
        '  In a script or CI, give the answers as a file:  review init --answers answers.yaml\n' +
        '  (a partial review file; see review init --help)',
    );
  }

  let draftPath = draftPathFor(options.out, role);
  let draft: Draft;
  let template: Template;
  let settled: string[] = [];
  let previousDraftPath: string | undefined;
  if (options.resume) {
    // --out on resume moves the review (and its draft) elsewhere; the draft is found either way.
    const found = requireDraft(io, [...new Set([draftPath, draftPathFor(undefined, role)])]);
    draft = found.draft;
    previousDraftPath = found.path;
    if (options.out) draft.out = options.out;
    draftPath = draftPathFor(draft.out, role);
    template = loadTemplate(io.cwd, draft.template);
  } else {
    if (pathExists(io.cwd, draftPath)) {
      if (!options.discardDraft) {
        throw new UsageError(
          `an unfinished workshop is saved in ${draftPath}.\n  Continue it:     ${resumeCommand(role, options.out)}\n  Or start again:  review init --discard-draft${role ? ` --role ${role}` : ''} (the draft is thrown away)`,
        );
      }
      removeFile(io.cwd, draftPath);
    }
    ({ draft, template, settled } = newDraft(io, options, role));
  }
  const overwrite = Boolean(options.overwrite);
  const resume = `${resumeCommand(role, draft.out)}${overwrite ? ' --overwrite' : ''}`;
  const review = await runWorkshop({
    io,
    deps,
    draft,
    draftPath,
    previousDraftPath,
    template,
    settled,
    overwrite,
    color: options.color,
    resume,
  });
  if (!review) return 0;

  const final = requireValidReview(review, draftPath, `the answers in ${draftPath} do not make a complete review`);
  const out = draft.out ?? defaultOut(String(final.period), role);
  writeReviewFile(io, out, final, fileHeader(io, 'Written in a workshop with review init', templateRef(template)), {
    overwrite,
    keep: draftPath,
    resume: resumeCommand(role, draft.out),
    inputs: draft.from ? [draft.from] : [],
  });
  removeFile(io.cwd, draftPath);
  const paint = makePaint(colorEnabled(io, options.color));
  const other = role ? (draft.from && isFileFromOtherRole(io, draft.from, role) ? draft.from : siblingRoleFile(out, role)) : undefined;
  printResult(io, paint, out, final, role, other && pathExists(io.cwd, other) ? other : undefined);
  return 0;
}

function isFileFromOtherRole(io: IO, file: string, role: Role): boolean {
  try {
    return isRoleFileOf(readReview(io, file).review, role === 'cio' ? 'cmo' : 'cio');
  } catch {
    return false;
  }
}

export const command: CommandModule = {
  summary: "run the five-point questionnaire and write this year's review",
  define: (c, { io, setExit, version, color }) => {
    c.description(
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
      .action(async (opts, cmd: Command) => setExit(await runInit({ ...opts, color: color(cmd), version: version }, io)));
  },
};
