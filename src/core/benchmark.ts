/**
 * One organisation against a portfolio of others, anonymised: for each measure, section and
 * statement, where it stands among its peers (percentile rank, median and quartiles). Nothing in
 * the result names, dates or locates a peer: only counts and order statistics leave this module,
 * and none is given over fewer peers than the minimum, because a small group can be re-identified.
 */
import { present } from './present.js';
import { round1, roundedMeasures, roundedSections, type ScoreResult } from './score.js';

export const BENCHMARK_VERSION = 1;
export const DEFAULT_MIN_PEERS = 5;
/** `--min-peers` may lower the minimum, never below this. */
export const FLOOR_MIN_PEERS = 3;
/** A disputed statement is unusual when fewer than this share of the peers who rated it dispute it. */
export const UNUSUAL_SHARE = 0.25;

/** What the benchmark keeps of each organisation's latest review (no text, no names of people). */
export interface BenchmarkEntry {
  organisation: string;
  period: string;
  maturity: number | null;
  consensus: number | null;
  ownership: number | null;
  sections: { id: string; title: string; maturity: number | null; consensus: number | null }[];
  /** Per statement rated by both: level (mean of the two ratings), gap, and whether disputed. */
  statements: { key: string; text: string; level: number; gap: number; disputed: boolean }[];
}

export function benchmarkEntry(score: ScoreResult): BenchmarkEntry {
  return {
    organisation: score.organisation,
    period: score.period,
    ...roundedMeasures(score),
    sections: roundedSections(score),
    statements: score.sections.flatMap((s) =>
      s.questions.flatMap(({ id, text, level, gap, class: kind }) =>
        level === null || gap === null ? [] : [{ key: `${s.id}/${id}`, text, level, gap, disputed: kind === 'disputed' }],
      ),
    ),
  };
}

/**
 * The median and quartiles by linear interpolation between order statistics (Hyndman and Fan
 * type 7, the default of R, NumPy and spreadsheets; Python's `statistics.quantiles(method=
 * 'inclusive')`): the p-quantile of sorted x[0..n-1] is at position (n − 1)·p.
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * p;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const low = present(sorted[lo], 'a figure below the percentile');
  const high = present(sorted[hi], 'a figure above the percentile');
  return low + (high - low) * (pos - lo);
}

/**
 * Percentile rank of `value` among `peers`, 0..100, by the "mean" definition (SciPy's
 * `percentileofscore(kind='mean')`): the share of peers below it plus half the share equal to it.
 * So a value equal to every peer stands at 50, above all at 100, below all at 0.
 */
export function percentileRank(peers: readonly number[], value: number): number {
  let below = 0;
  let equal = 0;
  for (const p of peers) {
    if (p < value) below++;
    else if (p === value) equal++;
  }
  return (100 * (below + equal / 2)) / peers.length;
}

export interface Standing {
  /** This organisation's figure (null: nothing to score). */
  value: number | null;
  /** Percentile rank among the peers; null when the value is null or peers are too few. */
  percentile: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  /** Peers with a figure for this measure. */
  n: number;
}

function standing(value: number | null, peerValues: number[], minPeers: number): Standing {
  const sorted = peerValues.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length < minPeers) return { value, percentile: null, median: null, q1: null, q3: null, n: sorted.length };
  return {
    value,
    percentile: value === null ? null : round1(percentileRank(sorted, value)),
    median: round2(quantile(sorted, 0.5)),
    q1: round2(quantile(sorted, 0.25)),
    q3: round2(quantile(sorted, 0.75)),
    n: sorted.length,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

export interface StatementStanding {
  key: string;
  text: string;
  level: Standing;
  gap: Standing;
  disputed: boolean;
  /** Share of the peers who rated it that dispute it (null when they are too few). */
  peersDisputing: number | null;
  /** Disputed here, and by fewer than a quarter of the peers who rated it. */
  unusual: boolean;
}

export interface Benchmark {
  organisation: string;
  period: string;
  peers: number;
  minPeers: number;
  measures: { maturity: Standing; consensus: Standing; ownership: Standing };
  sections: { id: string; title: string; maturity: Standing; consensus: Standing }[];
  statements: StatementStanding[];
}

/**
 * Running per-figure lists of the peers' values: the only thing held per peer is numbers, keyed by
 * measure, section or statement, never by organisation.
 */
export class PeerPool {
  readonly measures = { maturity: [] as number[], consensus: [] as number[], ownership: [] as number[] };
  readonly sections = new Map<string, { maturity: number[]; consensus: number[] }>();
  readonly statements = new Map<string, { level: number[]; gap: number[]; disputed: number }>();
  count = 0;

  add(e: BenchmarkEntry): void {
    this.count++;
    for (const k of ['maturity', 'consensus', 'ownership'] as const) {
      const value = e[k];
      if (value !== null) this.measures[k].push(value);
    }
    for (const s of e.sections) {
      const bucket = this.sections.get(s.id) ?? { maturity: [], consensus: [] };
      if (s.maturity !== null) bucket.maturity.push(s.maturity);
      if (s.consensus !== null) bucket.consensus.push(s.consensus);
      this.sections.set(s.id, bucket);
    }
    for (const q of e.statements) {
      const bucket = this.statements.get(q.key) ?? { level: [], gap: [], disputed: 0 };
      bucket.level.push(q.level);
      bucket.gap.push(q.gap);
      if (q.disputed) bucket.disputed++;
      this.statements.set(q.key, bucket);
    }
  }
}

/** Where `own` stands among the peers in `pool` (which must not contain `own`). */
export function buildBenchmark(own: BenchmarkEntry, pool: PeerPool, minPeers = DEFAULT_MIN_PEERS): Benchmark {
  return {
    organisation: own.organisation,
    period: own.period,
    peers: pool.count,
    minPeers,
    measures: {
      maturity: standing(own.maturity, pool.measures.maturity, minPeers),
      consensus: standing(own.consensus, pool.measures.consensus, minPeers),
      ownership: standing(own.ownership, pool.measures.ownership, minPeers),
    },
    sections: own.sections.map((s) => {
      const bucket = pool.sections.get(s.id) ?? { maturity: [], consensus: [] };
      return {
        id: s.id,
        title: s.title,
        maturity: standing(s.maturity, bucket.maturity, minPeers),
        consensus: standing(s.consensus, bucket.consensus, minPeers),
      };
    }),
    statements: own.statements.map((q) => {
      const bucket = pool.statements.get(q.key) ?? { level: [], gap: [], disputed: 0 };
      const enough = bucket.level.length >= minPeers;
      const share = enough ? bucket.disputed / bucket.level.length : null;
      return {
        key: q.key,
        text: q.text,
        level: standing(q.level, bucket.level, minPeers),
        gap: standing(q.gap, bucket.gap, minPeers),
        disputed: q.disputed,
        peersDisputing: share === null ? null : round2(share),
        unusual: q.disputed && share !== null && share < UNUSUAL_SHARE,
      };
    }),
  };
}
