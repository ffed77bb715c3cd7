/** `review trend <files or folder>`: one organisation over its periods. */
import { present } from '../core/present.js';
import { scoreReview } from '../core/score.js';
import { buildTrend, summarizePeriod, type PeriodSummary, type Trend } from '../core/trend.js';
import { InputError, UsageError } from '../errors.js';
import { colorEnabled, makePaint } from '../io/color.js';
import type { IO } from '../io/context.js';
import { TREND_FORMATS, type TrendFormat } from '../render/trend/index.js';
import { parseGapThreshold } from './options.js';
import { orgKey, walkReviews } from './walk.js';
import { type Command } from 'commander';
import { examples, collect, type CommandModule, formatOption, gapThresholdOption } from './define.js';

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
export async function collectTrend(
  paths: readonly string[],
  options: Pick<TrendCommandOptions, 'org' | 'exclude' | 'gapThreshold'>,
  io: IO,
): Promise<Trend> {
  const gapThreshold = parseGapThreshold(options.gapThreshold);
  const wanted = options.org === undefined ? undefined : orgKey(options.org);
  if (wanted === '') throw new UsageError('--org needs an organisation name');
  const byPeriod = new Map<string, PeriodSummary>();
  const others = new Map<string, string>();
  let first: string | undefined;
  for await (const { file, review } of walkReviews(io, paths, options.exclude)) {
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
    const names = present([...byPeriod.values()][0], '[...byPeriod.values()][0]').organisation.trim();
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
  const trend = await collectTrend(paths, options, io);
  const paint = makePaint(format === 'text' && colorEnabled(io, options.color));
  io.stdout(await TREND_FORMATS[format](trend, { paint, version: options.version ?? '' }));
  return 0;
}

export const command: CommandModule = {
  summary: 'one organisation over the years: verdict, measures, disputes, actions carried',
  define: (c, { io, setExit, version, color }) => {
    c.description(
      "Read one organisation's reviews (files, or folders searched recursively) and show them in period order: the verdict, maturity, consensus and ownership of each period, the same figures as `review score`, per point too; statements disputed for two periods or more; areas whose owner keeps changing; actions carried from year to year (done on time, done late, still open, dropped); and success criteria met or missed per year. Files of other organisations are refused unless --org picks one.",
    )
      .argument('<path...>', 'review files or folders of one organisation (or of many, with --org)')
      .option('--org <name>', 'the organisation to follow, when the folder holds several (case does not matter)')
      .addOption(formatOption(['text', 'json', 'markdown', 'html']))
      .option('-x, --exclude <glob>', 'leave out paths matching the glob (repeatable): `*.cio.yaml`', collect, [])
      .addOption(gapThresholdOption())
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
      .action(async (paths: string[], opts, cmd: Command) =>
        setExit(await runTrend(paths, { ...opts, color: color(cmd), version: version }, io)),
      );
  },
};
