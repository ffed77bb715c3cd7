/**
 * The order statistics of `review benchmark`, checked against independent computations: Python's
 * `statistics` module (/usr/bin/python3) for the median and quartiles, and a rank count written
 * here for the percentile.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBenchmark, PeerPool, percentileRank, quantile, type BenchmarkEntry } from '../../src/core/benchmark.js';

const PYTHON = '/usr/bin/python3';

/** Median and quartiles by Python: statistics.median and statistics.quantiles(method='inclusive'). */
function pythonQuartiles(samples: number[][]): { q1: number; median: number; q3: number }[] {
  const script = `
import json, statistics, sys
out = []
for xs in json.load(sys.stdin):
    q = statistics.quantiles(xs, n=4, method='inclusive') if len(xs) > 1 else [xs[0]] * 3
    out.append({'q1': q[0], 'median': statistics.median(xs), 'q3': q[2]})
print(json.dumps(out))`;
  return JSON.parse(execFileSync(PYTHON, ['-c', script], { input: JSON.stringify(samples), encoding: 'utf8' }));
}

/** Percentile rank as SciPy's percentileofscore(kind='mean') defines it: the mean of the strict and weak ranks. */
function independentPercentile(peers: number[], x: number): number {
  const strict = peers.filter((p) => p < x).length / peers.length;
  const weak = peers.filter((p) => p <= x).length / peers.length;
  return ((strict + weak) / 2) * 100;
}

describe('quantile (linear interpolation, type 7)', () => {
  it.runIf(existsSync(PYTHON))('equals Python statistics on random samples, ties and tiny groups included', () => {
    const samples = fc.sample(
      fc.array(
        fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
        { minLength: 1, maxLength: 40 },
      ),
      { numRuns: 300, seed: 15 },
    );
    samples.push([3], [1, 1, 1, 1, 1], [1, 5], [2.5, 3.5, 3.5, 4], [0, 100, 50, 50, 75, 25]);
    const expected = pythonQuartiles(samples);
    samples.forEach((xs, i) => {
      const sorted = [...xs].sort((a, b) => a - b);
      expect(quantile(sorted, 0.25)).toBeCloseTo(expected[i]!.q1, 9);
      expect(quantile(sorted, 0.5)).toBeCloseTo(expected[i]!.median, 9);
      expect(quantile(sorted, 0.75)).toBeCloseTo(expected[i]!.q3, 9);
    });
  });

  it('a known case by hand: 1, 2, 3, 4, 10 has quartiles 2 and 4 and median 3', () => {
    expect([0.25, 0.5, 0.75].map((p) => quantile([1, 2, 3, 4, 10], p))).toEqual([2, 3, 4]);
  });
});

describe('percentileRank (the "mean" definition)', () => {
  it('equals an independent count over random peers and values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 51 }),
        (peers, x) => {
          expect(percentileRank(peers, x)).toBeCloseTo(independentPercentile(peers, x), 9);
        },
      ),
      { seed: 15, numRuns: 500 },
    );
  });

  it('is 0 below every peer, 100 above every peer and 50 level with all of them', () => {
    expect(percentileRank([2, 3, 4], 1)).toBe(0);
    expect(percentileRank([2, 3, 4], 5)).toBe(100);
    expect(percentileRank([3, 3, 3], 3)).toBe(50);
  });
});

const entry = (organisation: string, maturity: number | null, disputed = false): BenchmarkEntry => ({
  organisation,
  period: '2026',
  maturity,
  consensus: maturity === null ? null : maturity * 20,
  ownership: 50,
  sections: [{ id: 'cio-role', title: "The CIO's role", maturity, consensus: 60 }],
  statements: [{ key: 'cio-role/a', text: 'A', level: maturity ?? 3, gap: disputed ? 3 : 0, disputed }],
});

describe('buildBenchmark', () => {
  it('gives each measure its value, percentile, median and quartiles over the peers only', () => {
    const pool = new PeerPool();
    for (const [i, m] of [2, 3, 3.5, 4, 4.5].entries()) pool.add(entry(`Peer ${i}`, m));
    const b = buildBenchmark(entry('Us', 3.5), pool, 5);
    expect(b.peers).toBe(5);
    expect(b.measures.maturity).toEqual({ value: 3.5, percentile: 50, median: 3.5, q1: 3, q3: 4, n: 5 });
    expect(b.sections[0]!.maturity.percentile).toBe(50);
  });

  it('leaves out peers with nothing to score, and shows no statistics over fewer than the minimum', () => {
    const pool = new PeerPool();
    for (const [i, m] of [2, 3, null, 4, 4.5].entries()) pool.add(entry(`Peer ${i}`, m));
    const b = buildBenchmark(entry('Us', 3.5), pool, 5);
    expect(b.measures.maturity).toEqual({ value: 3.5, percentile: null, median: null, q1: null, q3: null, n: 4 });
    expect(b.measures.ownership.n).toBe(5);
  });

  it('calls a disputed statement unusual when fewer than a quarter of the peers dispute it', () => {
    const rare = new PeerPool();
    for (let i = 0; i < 5; i++) rare.add(entry(`Peer ${i}`, 3, i === 0));
    expect(buildBenchmark(entry('Us', 3, true), rare, 5).statements[0]).toMatchObject({
      disputed: true,
      peersDisputing: 0.2,
      unusual: true,
    });
    const common = new PeerPool();
    for (let i = 0; i < 5; i++) common.add(entry(`Peer ${i}`, 3, i < 2));
    expect(buildBenchmark(entry('Us', 3, true), common, 5).statements[0]).toMatchObject({
      disputed: true,
      peersDisputing: 0.4,
      unusual: false,
    });
  });

  it('holds no name or period of any peer', () => {
    const pool = new PeerPool();
    for (let i = 0; i < 6; i++) pool.add({ ...entry(`Secret Peer ${i}`, 3), period: `19${i}9-H2` });
    const text =
      JSON.stringify(buildBenchmark(entry('Us', 3), pool, 5)) +
      // Everything the pool holds, its maps and packed figures included.
      JSON.stringify(pool, (_, v: unknown) => (v instanceof Map ? [...v] : v instanceof Float64Array ? [...v] : v));
    expect(text).toContain('cio-role/a'); // the replacer does reach the pool's contents
    expect(text).not.toMatch(/Secret Peer|19\d9-H2/);
  });

  it('gathers each figure from the packed peers as plain lists of every peer would (a reference, fast-check)', () => {
    const figure = fc.option(
      fc.integer({ min: 10, max: 50 }).map((x) => x / 10),
      { nil: null },
    );
    const peer = fc.record({
      maturity: figure,
      consensus: figure,
      ownership: figure,
      sections: fc
        .subarray(['cio-role', 'cmo-role', 'boundaries'])
        .chain((ids) =>
          fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), title: fc.constant(''), maturity: figure, consensus: figure }))),
        ),
      statements: fc.subarray(['cio-role/a', 'cio-role/b', 'cmo-role/a', 'x/y']).chain((keys) =>
        fc.tuple(
          ...keys.map((key) =>
            fc.record({
              key: fc.constant(key),
              text: fc.constant(''),
              level: fc.integer({ min: 2, max: 10 }).map((x) => x / 2),
              gap: fc.integer({ min: 0, max: 4 }),
              disputed: fc.boolean(),
            }),
          ),
        ),
      ),
    });
    fc.assert(
      fc.property(peer, fc.array(peer, { maxLength: 12 }), (own, peers) => {
        const asEntry = (p: typeof own, organisation: string): BenchmarkEntry => ({ organisation, period: '2026', ...p });
        const pool = new PeerPool();
        peers.forEach((p, i) => pool.add(i % 2 ? pool.pack(asEntry(p, `P${i}`)) : asEntry(p, `P${i}`)));
        const got = buildBenchmark(asEntry(own, 'Us'), pool, 3);
        // The reference: each figure's values listed straight from the peers, in their order.
        const values = (pick: (p: typeof own) => (number | null | undefined)[]) =>
          peers.flatMap(pick).filter((x): x is number => x != null);
        const expected = {
          maturity: values((p) => [p.maturity]),
          sections: own.sections.map((s) => values((p) => p.sections.filter((t) => t.id === s.id).map((t) => t.maturity))),
          levels: own.statements.map((q) => values((p) => p.statements.filter((t) => t.key === q.key).map((t) => t.level))),
          disputing: own.statements.map((q) => peers.filter((p) => p.statements.some((t) => t.key === q.key && t.disputed)).length),
        };
        expect(got.peers).toBe(peers.length);
        expect(got.measures.maturity.n).toBe(expected.maturity.length);
        got.sections.forEach((s, i) => expect(s.maturity.n).toBe(expected.sections[i]?.length));
        got.statements.forEach((q, i) => {
          const levels = expected.levels[i] ?? [];
          expect(q.level.n).toBe(levels.length);
          if (levels.length >= 3)
            expect(q.level.median).toBe(
              Math.round(
                quantile(
                  [...levels].sort((a, b) => a - b),
                  0.5,
                ) * 100,
              ) / 100,
            );
          expect(q.peersDisputing).toBe(levels.length >= 3 ? Math.round(((expected.disputing[i] ?? 0) / levels.length) * 100) / 100 : null);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gathers 20 peers of 20,000 statements each in one pass (a hang guard: a search per statement per peer takes tens of seconds)', () => {
    const big = (organisation: string): BenchmarkEntry => ({
      ...entry(organisation, 3),
      statements: Array.from({ length: 20_000 }, (_, i) => ({
        key: `cio-role/q${i}`,
        text: '',
        level: 1 + (i % 5),
        gap: i % 3,
        disputed: i % 3 === 2,
      })),
    });
    const pool = new PeerPool();
    for (let i = 0; i < 20; i++) pool.add(big(`P${i}`));
    const started = performance.now();
    const b = buildBenchmark(big('Us'), pool, 5);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(b.statements).toHaveLength(20_000);
    expect(b.statements[19_999]).toMatchObject({ level: { n: 20, median: 5 }, gap: { n: 20, median: 1 }, peersDisputing: 0 });
    expect(b.statements[2]).toMatchObject({ peersDisputing: 1 });
  });
});
