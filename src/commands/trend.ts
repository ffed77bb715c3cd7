/** `review trend <files or folder>`: one organisation over its periods. */
import { DEFAULT_GAP_THRESHOLD, scoreReview } from '../core/score.js';
import { buildTrend, summarizePeriod, type PeriodSummary, type Trend } from '../core/trend.js';
import { InputError, UsageError } from '../errors.js';
import { colorEnabled, makePaint } from '../io/color.js';
import type { IO } from '../io/context.js';
import { TREND_FORMATS, type TrendFormat } from '../render/trend/index.js';
import { parseNumber } from './options.js';
import { orgKey, walkReviews } from './walk.js';

export interface TrendCommandOptions {
  format?: string;
  org?: string;
  exclude?: string[];
  gapThreshold?: string;
  color?: boolean;
  version?: string;
}

/**
 * Read every review under `paths`, keeping only each period's summary, and build the trend of the
 * one organisation (or of `--org`). Refuses a mix of organisations without `--org`, and two files
 * for the same period.
 */
export function collectTrend(
  paths: readonly string[],
  options: Pick<TrendCommandOptions, 'org' | 'exclude' | 'gapThreshold'>,
  io: IO,
): Trend {
  const gapThreshold = parseNumber('--gap-threshold', options.gapThreshold, { min: 1, max: 4, integer: true }) ?? DEFAULT_GAP_THRESHOLD;
  const wanted = options.org === undefined ? undefined : orgKey(options.org);
  if (wanted === '') throw new UsageError('--org needs an organisation name');
  const byPeriod = new Map<string, PeriodSummary>();
  const others = new Map<string, string>();
  let first: string | undefined;
  for (const { file, review } of walkReviews(io, paths, options.exclude)) {
    const key = orgKey(review.organisation);
    if (wanted !== undefined ? key !== wanted : first !== undefined && key !== first) {
      if (others.size < 10) others.set(key, review.organisation.trim());
      continue;
    }
    first ??= key;
    const summary = summarizePeriod(file, review, scoreReview(review, gapThreshold));
    const twin = byPeriod.get(summary.period);
    if (twin)
      throw new InputError(
        `${twin.file} and ${file} are both ${review.organisation.trim()}, ${summary.period}: leave one out (--exclude) so each period is counted once`,
      );
    byPeriod.set(summary.period, summary);
  }
  if (wanted === undefined && others.size) {
    const names = [...byPeriod.values()][0].organisation.trim();
    throw new UsageError(
      `these files are about more than one organisation (${[names, ...others.values()].join(', ')}); pick one with --org`,
    );
  }
  if (!byPeriod.size)
    throw new UsageError(`no review of ${options.org} found${others.size ? ` (found: ${[...others.values()].join(', ')})` : ''}`);
  return buildTrend([...byPeriod.values()]);
}

export async function runTrend(paths: readonly string[], options: TrendCommandOptions, io: IO): Promise<number> {
  const format = (options.format ?? 'text') as TrendFormat;
  if (!Object.hasOwn(TREND_FORMATS, format)) throw new UsageError(`--format must be one of ${Object.keys(TREND_FORMATS).join(', ')}`);
  const trend = collectTrend(paths, options, io);
  const paint = makePaint(format === 'text' && colorEnabled(io, options.color));
  io.stdout(await TREND_FORMATS[format](trend, { paint, version: options.version ?? '' }));
  return 0;
}
