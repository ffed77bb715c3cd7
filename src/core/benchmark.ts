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
 * One peer as the pool holds it: numbers only, never a name or a period. `figures` holds maturity,
 * consensus and ownership; then each section's maturity and consensus; then each statement's
 * level, gap and disputed (1 or 0); NaN stands for null. `ids` holds each section's id, then each
 * statement's key, as numbers in the pool's table of ids. About 9 bytes a figure: a portfolio of
 * 2,500 organisations held as objects took 19 MB.
 */
export interface PackedPeer {
  ids: Uint32Array;
  sections: number;
  figures: Float64Array;
}

const MEASURES = ['maturity', 'consensus', 'ownership'] as const;
const SECTION_FIGURES = 2;
const STATEMENT_FIGURES = 3;
const packNumber = (x: number | null): number => (x === null ? NaN : x);

/**
 * The peers' figures. Peers are held packed ({@link PackedPeer}); the values of one measure, section
 * or statement are gathered from them when asked.
 */
export class PeerPool {
  private readonly peers: PackedPeer[] = [];
  /** Every section id and statement key met, numbered; shared by all peers. */
  private readonly ids = new Map<string, number>();

  get count(): number {
    return this.peers.length;
  }

  /**
   * A peer's figures packed, with no name or period; an id met for the first time is kept as a copy
   * made by `copy` (a string cut from a file would keep the whole file alive). Not yet in the pool.
   */
  pack(e: BenchmarkEntry, copy: (s: string) => string = (s) => s): PackedPeer {
    const number = (id: string) => {
      let n = this.ids.get(id);
      if (n === undefined) this.ids.set(copy(id), (n = this.ids.size));
      return n;
    };
    const ids = new Uint32Array(e.sections.length + e.statements.length);
    const figures = new Float64Array(MEASURES.length + SECTION_FIGURES * e.sections.length + STATEMENT_FIGURES * e.statements.length);
    let f = 0;
    let i = 0;
    for (const k of MEASURES) figures[f++] = packNumber(e[k]);
    for (const s of e.sections) {
      ids[i++] = number(s.id);
      figures[f++] = packNumber(s.maturity);
      figures[f++] = packNumber(s.consensus);
    }
    for (const q of e.statements) {
      ids[i++] = number(q.key);
      figures[f++] = q.level;
      figures[f++] = q.gap;
      figures[f++] = q.disputed ? 1 : 0;
    }
    return { ids, sections: e.sections.length, figures };
  }

  add(peer: BenchmarkEntry | PackedPeer): void {
    this.peers.push('figures' in peer ? peer : this.pack(peer));
  }

  /** The peers' values of a measure (those that have one). */
  measure(k: (typeof MEASURES)[number]): number[] {
    const at = MEASURES.indexOf(k);
    const values: number[] = [];
    for (const p of this.peers) pushFigure(values, p.figures[at]);
    return values;
  }

  /** The peers' maturity and consensus of each section named: one pass over the peers. */
  sections(ids: readonly string[]): Map<string, { maturity: number[]; consensus: number[] }> {
    const out = new Map(ids.map((id) => [id, { maturity: [] as number[], consensus: [] as number[] }]));
    this.each(
      out,
      (p) => [0, p.sections],
      (_p, j) => MEASURES.length + SECTION_FIGURES * j,
      (bucket, f, at) => {
        pushFigure(bucket.maturity, f[at]);
        pushFigure(bucket.consensus, f[at + 1]);
      },
    );
    return out;
  }

  /** The peers' level and gap of each statement named, and how many of them dispute it: one pass over the peers. */
  statements(keys: readonly string[]): Map<string, { level: number[]; gap: number[]; disputed: number }> {
    const out = new Map(keys.map((key) => [key, { level: [] as number[], gap: [] as number[], disputed: 0 }]));
    const first = (p: PackedPeer) => MEASURES.length + SECTION_FIGURES * p.sections;
    this.each(
      out,
      (p) => [p.sections, p.ids.length],
      (p, j) => first(p) + STATEMENT_FIGURES * (j - p.sections),
      (bucket, f, at) => {
        pushFigure(bucket.level, f[at]);
        pushFigure(bucket.gap, f[at + 1]);
        if (f[at + 2] === 1) bucket.disputed++;
      },
    );
    return out;
  }

  /**
   * For each peer, in the order they were added, each of the ids in its `range` (its sections or
   * its statements) that `out` asks for, once: `take` gets the bucket, the figures and where the
   * item's figures start. One look-up per item of each peer, whatever the number of items.
   */
  private each<B>(
    out: Map<string, B>,
    range: (p: PackedPeer) => [from: number, to: number],
    place: (p: PackedPeer, j: number) => number,
    take: (bucket: B, figures: Float64Array, at: number) => void,
  ): void {
    const byNumber = new Map<number, { bucket: B; peer: number }>();
    for (const [id, bucket] of out) {
      const n = this.ids.get(id);
      if (n !== undefined) byNumber.set(n, { bucket, peer: -1 });
    }
    if (!byNumber.size) return;
    this.peers.forEach((p, peer) => {
      const [from, to] = range(p);
      for (let j = from; j < to; j++) {
        const wanted = byNumber.get(p.ids[j] ?? -1);
        // An id twice in one peer counts once, at its first place.
        if (!wanted || wanted.peer === peer) continue;
        wanted.peer = peer;
        take(wanted.bucket, p.figures, place(p, j));
      }
    });
  }
}

/** A peer's figure, left out when it has none (NaN stands for null). */
function pushFigure(values: number[], x: number | undefined): void {
  if (x !== undefined && !Number.isNaN(x)) values.push(x);
}

/** Where `own` stands among the peers in `pool` (which must not contain `own`). */
export function buildBenchmark(own: BenchmarkEntry, pool: PeerPool, minPeers = DEFAULT_MIN_PEERS): Benchmark {
  const sections = pool.sections(own.sections.map((s) => s.id));
  const statements = pool.statements(own.statements.map((q) => q.key));
  return {
    organisation: own.organisation,
    period: own.period,
    peers: pool.count,
    minPeers,
    measures: {
      maturity: standing(own.maturity, pool.measure('maturity'), minPeers),
      consensus: standing(own.consensus, pool.measure('consensus'), minPeers),
      ownership: standing(own.ownership, pool.measure('ownership'), minPeers),
    },
    sections: own.sections.map((s) => {
      const bucket = present(sections.get(s.id), 'the peers of a section');
      return {
        id: s.id,
        title: s.title,
        maturity: standing(s.maturity, bucket.maturity, minPeers),
        consensus: standing(s.consensus, bucket.consensus, minPeers),
      };
    }),
    statements: own.statements.map((q) => {
      const bucket = present(statements.get(q.key), 'the peers of a statement');
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
