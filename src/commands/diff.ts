/** `review diff <old> <new>`: what changed since last year, and is it better. */
import { diffReviews } from '../core/diff.js';
import type { Review } from '../core/schema.js';
import { successionsOf, templateRef, type Succession } from '../core/template.js';

import { UsageError } from '../errors.js';
import { colorEnabled, makePaint } from '../io/color.js';
import { isoDay, type IO } from '../io/context.js';
import { bundledTemplateFile, loadTemplate } from '../io/templates.js';
import { escapeControl } from '../render/escape.js';
import { DIFF_FORMATS, type DiffFormat } from '../render/diff/index.js';
import { readReview } from './load.js';
import { parseDay, parseGapThreshold } from './options.js';
import { type Command } from 'commander';
import { examples, type CommandModule, formatOption, gapThresholdOption } from './define.js';

export interface DiffCommandOptions {
  format?: string;
  failOnRegression?: boolean;
  gapThreshold?: string;
  today?: string;
  color?: boolean;
}

/**
 * The later review's bundled template, for its `replaces`. A file that names no template has
 * nothing to follow; one whose template is not bundled leaves `successions` unknown, and the diff
 * then says that statements are matched by id only.
 */
function laterTemplate(io: IO, review: Review): { successions?: Record<string, Succession>; toTemplate?: string } {
  const ref = review.template;
  if (!ref) return { successions: {} };
  if (!bundledTemplateFile(ref)) return {};
  try {
    const template = loadTemplate(io.cwd, ref);
    return { successions: successionsOf(template), toTemplate: templateRef(template) };
  } catch {
    return {};
  }
}

export async function runDiff(oldFile: string, newFile: string, options: DiffCommandOptions, io: IO): Promise<number> {
  const format = (options.format ?? 'text') as DiffFormat;
  if (!Object.hasOwn(DIFF_FORMATS, format)) throw new UsageError(`--format must be one of ${Object.keys(DIFF_FORMATS).join(', ')}`);
  const gapThreshold = parseGapThreshold(options.gapThreshold);
  const before = readReview(io, oldFile);
  const after = readReview(io, newFile);
  const later = laterTemplate(io, after.review);
  const diff = diffReviews(before.file, before.review, after.file, after.review, {
    gapThreshold,
    today: parseDay('--today', options.today) ?? isoDay(io.now()),
    ...later,
  });
  for (const w of diff.warnings) io.stderr(`review: warning: ${escapeControl(w)}\n`);
  const paint = makePaint(format === 'text' && colorEnabled(io, options.color));
  io.stdout((await DIFF_FORMATS[format]())(diff, { paint }));
  if (options.failOnRegression && diff.regressions.length) {
    if (format !== 'text') for (const r of diff.regressions) io.stderr(`review: regression: ${escapeControl(r.message)}\n`);
    return 1;
  }
  return 0;
}

export const command: CommandModule = {
  summary: 'compare two reviews, year over year',
  define: (c, { io, setExit, color }) => {
    c.description(
      "Compare two reviews by meaning: sections, questions, blurred areas, investments and executives are matched by id. Across a template change (five-point@1 → five-point@2) the later template's replaces are followed: a statement with one successor is compared with it, and the others are said plainly not to be comparable. Either side may be REV:path, read through git (HEAD~1:reviews/2026.yaml).",
    )
      .argument('<old>', "last year's review (a file, or REV:path)")
      .argument('<new>', "this year's review (a file, or REV:path)")
      .addOption(formatOption(Object.keys(DIFF_FORMATS)))
      .option(
        '--today <yyyy-mm-dd>',
        'the date open actions are judged overdue against (default: today, or the end of the later period if earlier)',
      )
      .option(
        '--fail-on-regression',
        'exit 1 on a regression: a worse verdict, a point down 0.5 in maturity or 20 in consensus, an area that lost its owner, became contested or was deleted while orphaned, a newly disputed statement, an investment no longer joint, a measure with nothing left to score',
      )
      .addOption(gapThresholdOption())
      .addHelpText(
        'after',
        examples(
          'review diff reviews/2025.yaml reviews/2026.yaml',
          'review diff HEAD~1:reviews/2026.yaml reviews/2026.yaml --fail-on-regression',
          'review diff reviews/2025.yaml reviews/2026.yaml --format markdown > changes.md',
        ),
      )
      .action(async (oldFile: string, newFile: string, opts, cmd: Command) =>
        setExit(await runDiff(oldFile, newFile, { ...opts, color: color(cmd) }, io)),
      );
  },
};
