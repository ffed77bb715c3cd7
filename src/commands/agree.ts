/**
 * `review agree <merged>`: with everyone in the room, settle what separately collected answers
 * leave open (owners of areas that are not agreed, processes, board reporting), keeping every
 * rating. Interactive like `init` (draft, Ctrl-C, --resume), or `--answers` for scripts.
 */
import { settleReview } from '../core/compose.js';
import type { Review } from '../core/schema.js';
import { UsageError } from '../errors.js';
import { colorEnabled, makePaint } from '../io/color.js';
import type { IO } from '../io/context.js';
import { loadTemplate } from '../io/templates.js';
import { pathExists, removeFile } from '../io/workshop-files.js';
import { safeJson } from '../render/escape.js';
import { readAnswers } from './init/answers.js';
import { draftPathFor, requireDraft, type Draft } from './init/draft.js';
import { fileHeader, printResult, writeReviewFile } from './init/finish.js';
import { runWorkshop, type InitDeps } from './init/index.js';
import { defaultOut, shellArg } from './init/wording.js';
import { readReview, requireValidReview } from './load.js';
import { Option, type Command } from 'commander';
import { examples, type CommandModule } from './define.js';

export interface AgreeOptions {
  answers?: string;
  out?: string;
  overwrite?: boolean;
  discardDraft?: boolean;
  resume?: boolean;
  color?: boolean;
  format?: string;
}

export async function runAgree(file: string, options: AgreeOptions, io: IO, deps: InitDeps = {}): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  if (format === 'json' && !options.answers)
    throw new UsageError('--format json needs --answers: an interactive session talks to the terminal');
  if (options.resume && options.discardDraft)
    throw new UsageError('--resume continues the saved draft and --discard-draft throws it away: give one of them');
  const merged = readReview(io, file).review;
  const out = options.out ?? defaultOut(String(merged.period));
  const overwrite = Boolean(options.overwrite);
  const header = fileHeader(io, `Agreed with review agree from ${file}`, merged.template);

  if (options.answers) {
    const review = requireValidReview(
      settleReview(merged, readAnswers(io, options.answers)),
      options.answers,
      `${options.answers} and ${file} do not make a complete review`,
    );
    writeReviewFile(io, out, review, header, { overwrite, inputs: [file, options.answers] });
    if (format === 'json') io.stdout(`${safeJson({ version: 1, file: out, from: file })}\n`);
    else printResult(io, makePaint(colorEnabled(io, options.color)), out, review, undefined);
    return 0;
  }
  if (!deps.prompter && !(io.stdinIsTTY && io.stdoutIsTTY)) {
    throw new UsageError(
      `review agree asks its questions in a terminal, and there is none here.\n  In a script or CI: review agree ${shellArg(file)} --answers answers.yaml`,
    );
  }

  const draftPath = draftPathFor(options.out, undefined, 'agree');
  const resume = `review agree ${shellArg(file)} --resume${options.out ? ` --out ${shellArg(options.out)}` : ''}${overwrite ? ' --overwrite' : ''}`;
  let draft: Draft;
  if (options.resume) draft = requireDraft(io, [draftPath]).draft;
  else draft = freshDraft(io, file, merged, { out, overwrite, draftPath, resume, discardDraft: Boolean(options.discardDraft) });
  // The template only frames the session (its title); a merged file's own questions are kept.
  let template;
  try {
    template = loadTemplate(io.cwd, draft.template.replace(/@\d+$/, ''));
  } catch {
    template = loadTemplate(io.cwd, 'five-point');
  }
  const review = await runWorkshop({ io, deps, draft, draftPath, template, overwrite, color: options.color, resume });
  if (!review) return 0;
  const final = requireValidReview(review, draftPath, `the answers in ${draftPath} do not make a complete review`);
  writeReviewFile(io, draft.out ?? out, final, header, { overwrite, keep: draftPath, resume, inputs: [file] });
  removeFile(io.cwd, draftPath);
  printResult(io, makePaint(colorEnabled(io, options.color)), draft.out ?? out, final, undefined);
  return 0;
}

export const command: CommandModule = {
  summary: 'settle together what separately collected answers leave open; keeps every rating',
  define: (c, { io, setExit, color }) => {
    c.description(
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
        examples(
          'review agree roles/2026/merged.yaml',
          'review agree roles/2026/merged.yaml --answers owners.yaml --out reviews/2026.yaml',
        ),
      )
      .action(async (file: string, opts, cmd: Command) => setExit(await runAgree(file, { ...opts, color: color(cmd) }, io)));
  },
};

/** A new agreement draft, once no unfinished one (unless discarded) and no written review stands in the way. */
function freshDraft(
  io: IO,
  file: string,
  merged: Review,
  {
    out,
    overwrite,
    draftPath,
    resume,
    discardDraft,
  }: { out: string; overwrite: boolean; draftPath: string; resume: string; discardDraft: boolean },
): Draft {
  if (pathExists(io.cwd, draftPath)) {
    if (!discardDraft)
      throw new UsageError(
        `an unfinished agreement is saved in ${draftPath}.\n  Continue it:     ${resume}\n  Or start again:  review agree ${shellArg(file)} --discard-draft`,
      );
    removeFile(io.cwd, draftPath);
  }
  if (!overwrite && pathExists(io.cwd, out)) {
    throw new UsageError(`${out} already exists and will not be replaced. Pass --overwrite to replace it, or --out <file>.`);
  }
  return {
    draftVersion: 1,
    mode: 'agree',
    template: merged.template ?? 'five-point',
    withCeo: false,
    private: false,
    out,
    from: file,
    review: structuredClone(merged),
    answered: [],
    skipped: [],
    memo: {},
  };
}
