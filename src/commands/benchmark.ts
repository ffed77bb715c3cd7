/** `review benchmark <folder> --org <name>`: one organisation against a portfolio, anonymised. */
import {
  benchmarkEntry,
  buildBenchmark,
  DEFAULT_MIN_PEERS,
  FLOOR_MIN_PEERS,
  PeerPool,
  type BenchmarkEntry,
  type PackedPeer,
} from '../core/benchmark.js';
import { scoreReview } from '../core/score.js';
import { detach } from '../core/text.js';
import { comparePeriods } from '../core/trend.js';
import { InputError, UsageError } from '../errors.js';
import { colorEnabled, makePaint } from '../io/color.js';
import type { IO } from '../io/context.js';
import { BENCHMARK_FORMATS, type BenchmarkFormat } from '../render/benchmark/index.js';
import { parseNumber, parseGapThreshold } from './options.js';
import { orgKey, walkReviews } from './walk.js';
import { type Command } from 'commander';
import { examples, collect, type CommandModule, formatOption, gapThresholdOption } from './define.js';

export interface BenchmarkCommandOptions {
  org?: string;
  format?: string;
  minPeers?: string;
  exclude?: string[];
  gapThreshold?: string;
  color?: boolean;
  version?: string;
}

export async function runBenchmark(paths: readonly string[], options: BenchmarkCommandOptions, io: IO): Promise<number> {
  const format = (options.format ?? 'text') as BenchmarkFormat;
  if (!Object.hasOwn(BENCHMARK_FORMATS, format))
    throw new UsageError(`--format must be one of ${Object.keys(BENCHMARK_FORMATS).join(', ')}`);
  if (!options.org?.trim()) throw new UsageError('--org <name> names the organisation to benchmark');
  const minPeers = parseNumber('--min-peers', options.minPeers, { min: FLOOR_MIN_PEERS, max: 100_000, integer: true }) ?? DEFAULT_MIN_PEERS;
  const gapThreshold = parseGapThreshold(options.gapThreshold);
  const wanted = orgKey(options.org);

  // Each organisation's latest review, as figures only; the files are read one at a time. A peer
  // keeps its period and its figures, packed; its strings are copies, since a string cut from a
  // file can keep the whole file alive.
  const pool = new PeerPool();
  let mine: { file: string; entry: BenchmarkEntry } | undefined;
  const peers = new Map<string, { period: string; peer: PackedPeer }>();
  for await (const { file, review } of walkReviews(io, paths, options.exclude)) {
    const key = orgKey(review.organisation);
    const period = String(review.period);
    const heldPeriod = key === wanted ? mine?.entry.period : peers.get(key)?.period;
    if (heldPeriod !== undefined && comparePeriods(period, heldPeriod) < 0) continue;
    if (heldPeriod === period)
      throw new InputError(
        `${key === wanted ? `${mine?.file ?? ''} and ${file} are` : `${file} is`} the same organisation and period as another file: leave one out (--exclude) so each organisation counts once`,
      );
    const entry = benchmarkEntry(scoreReview(review, gapThreshold));
    if (key === wanted) mine = { file, entry };
    else peers.set(key, { period: detach(period), peer: pool.pack(entry, detach) });
  }
  if (!mine) throw new UsageError(`no review of ${options.org.trim()} found in ${paths.join(', ')}`);
  for (const { peer } of peers.values()) pool.add(peer);
  peers.clear();
  if (pool.count < minPeers) {
    throw new UsageError(
      `only ${pool.count} other organisation${pool.count === 1 ? '' : 's'} found; a benchmark needs at least ${minPeers} peers, because a smaller group can be re-identified (--min-peers, never below ${FLOOR_MIN_PEERS})`,
    );
  }
  const benchmark = buildBenchmark(mine.entry, pool, minPeers);
  const paint = makePaint(format === 'text' && colorEnabled(io, options.color));
  io.stdout(await BENCHMARK_FORMATS[format](benchmark, { paint, version: options.version ?? '' }));
  return 0;
}

export const command: CommandModule = {
  summary: 'one organisation against a portfolio of others, anonymised',
  define: (c, { io, setExit, version, color }) => {
    c.description(
      "Compare one organisation's latest review with the latest review of every other organisation in a portfolio folder: for each measure, point and statement, its percentile among the peers and the peers' median and quartiles; and which of its disputed statements the peers rarely dispute. Peers are never named, dated or located in any format, and with fewer than 5 of them (--min-peers) it refuses, because a small group can be re-identified.",
    )
      .argument('<path...>', 'the portfolio: folders (or files) of reviews of many organisations')
      .requiredOption('--org <name>', 'the organisation to benchmark (case does not matter)')
      .addOption(formatOption(['text', 'json', 'markdown', 'html']))
      .option('--min-peers <n>', 'refuse with fewer peers than this (default 5, never below 3)')
      .option('-x, --exclude <glob>', 'leave out paths matching the glob (repeatable): `*.cio.yaml`', collect, [])
      .addOption(gapThresholdOption())
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
      .action(async (paths: string[], opts, cmd: Command) =>
        setExit(await runBenchmark(paths, { ...opts, color: color(cmd), version: version }, io)),
      );
  },
};
