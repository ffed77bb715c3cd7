/** `review score <file>`: the verdict, the three measures and the statements behind them. */
import { checkLoaded } from '../core/check.js';
import { summarize } from '../core/finding.js';
import { scoreReview } from '../core/score.js';
import { UsageError } from '../errors.js';
import { colorEnabled, makePaint } from '../io/color.js';
import { isoDay, type IO } from '../io/context.js';
import { SCORE_FORMATS, type ScoreFormat } from '../render/score/index.js';
import { readUsable } from './read.js';
import { parseDay, parseGapThreshold } from './options.js';
import { Option, type Command } from 'commander';
import { examples, type CommandModule, gapThresholdOption } from './define.js';

export interface ScoreCommandOptions {
  format?: string;
  explain?: boolean;
  gapThreshold?: string;
  today?: string;
  color?: boolean;
}

export async function runScore(file: string, options: ScoreCommandOptions, io: IO): Promise<number> {
  const format = (options.format ?? 'text') as ScoreFormat;
  if (!Object.hasOwn(SCORE_FORMATS, format)) throw new UsageError(`--format must be one of ${Object.keys(SCORE_FORMATS).join(', ')}`);
  const gapThreshold = parseGapThreshold(options.gapThreshold);
  const { review, loaded } = await readUsable(io, file);
  const score = scoreReview(review, gapThreshold);
  const summary = summarize([
    {
      file,
      findings: checkLoaded(file, loaded, { severities: {}, today: parseDay('--today', options.today) ?? isoDay(io.now()), gapThreshold }),
    },
  ]);
  const paint = makePaint((format === 'text' || format === 'table') && colorEnabled(io, options.color));
  io.stdout(
    (await SCORE_FORMATS[format]())(
      { file, review, score, gate: { errors: summary.errors, warnings: summary.warnings }, explain: Boolean(options.explain) },
      { paint, width: io.columns },
    ),
  );
  return 0;
}

export const command: CommandModule = {
  summary: 'the verdict, maturity, consensus and ownership of one review',
  define: (c, { io, setExit, color }) => {
    c.description(
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
      .addOption(gapThresholdOption())
      .addHelpText(
        'after',
        `${examples('review score reviews/2026.yaml', 'review score reviews/2026.yaml --explain', 'review score reviews/2026.yaml --format json | jq .verdict')}
Verdict: partnership (maturity 3.5+, consensus 50+), divided (3.5+, below 50), shared-concern
(below 3.5, 50+), at-odds (below both), not-enough-answers (fewer than 5 statements rated by both).
Maturity: strong 4.0+, developing 3.0-3.9, weak below 3.0. Consensus: close 75+, partly shared 50-74.9,
divided below 50.`,
      )
      .action(async (file: string, opts, cmd: Command) => setExit(await runScore(file, { ...opts, color: color(cmd) }, io)));
  },
};
