/** `review score <file>`: the verdict, the three measures and the statements behind them. */
import { checkLoaded } from '../core/check.js';
import { summarize } from '../core/finding.js';
import { DEFAULT_GAP_THRESHOLD, scoreReview } from '../core/score.js';
import { UsageError } from '../errors.js';
import { colorEnabled, makePaint } from '../io/color.js';
import { isoDay, type IO } from '../io/context.js';
import { SCORE_FORMATS, type ScoreFormat } from '../render/score/index.js';
import { readReview } from './load.js';
import { parseDay, parseNumber } from './options.js';

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
  const gapThreshold = parseNumber('--gap-threshold', options.gapThreshold, { min: 1, max: 4, integer: true }) ?? DEFAULT_GAP_THRESHOLD;
  const { review, loaded } = readReview(io, file);
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
