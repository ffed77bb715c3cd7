/**
 * Kappa and its 95% interval against an outside oracle: statsmodels' cohens_kappa(table,
 * wt='quadratic') and scikit-learn's cohen_kappa_score, recorded in test/fixtures/kappa/expected.json
 * by test/fixtures/kappa/oracle.py (which says how), and run live against Debian's packages.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { quadraticKappa } from '../../src/core/kappa.js';

const dir = new URL('../fixtures/kappa/', import.meta.url);
const pairsText = readFileSync(new URL('pairs.json', dir), 'utf8');
const sets = JSON.parse(pairsText) as Record<string, [number, number][]>;
interface Oracle {
  n: number;
  kappa: number | null;
  kappa_low: number | null;
  kappa_upp: number | null;
  std_kappa: number | null;
  sklearn_kappa: number | null;
}
const recorded = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as { cases: Record<string, Oracle> };

/** Sets whose true standard error is 0, where both implementations print rounding noise. */
const ZERO_SE = new Set(['perfect', 'reversed']);

function expectMatches(name: string, oracle: Oracle): void {
  const k = quadraticKappa(sets[name]!);
  expect(k.n).toBe(oracle.n);
  if (name === 'cio-constant') {
    // statsmodels gives kappa 0 with a NaN standard error; we give 0 and no interval.
    expect(k.value).toBeCloseTo(0, 12);
    expect(oracle.std_kappa).toBeNull();
    expect(k.low).toBeNull();
    return;
  }
  expect(Math.abs(k.value! - oracle.kappa!)).toBeLessThan(1e-9);
  expect(Math.abs(k.value! - oracle.sklearn_kappa!)).toBeLessThan(1e-9);
  if (ZERO_SE.has(name)) {
    expect(k.standardError!).toBeLessThan(1e-6);
    expect(oracle.std_kappa!).toBeLessThan(1e-6);
    return;
  }
  expect(Math.abs(k.standardError! - oracle.std_kappa!)).toBeLessThan(1e-9);
  expect(Math.abs(k.low! - oracle.kappa_low!)).toBeLessThan(1e-9);
  expect(Math.abs(k.high! - oracle.kappa_upp!)).toBeLessThan(1e-9);
}

describe('quadraticKappa against statsmodels and scikit-learn', () => {
  it('has at least ten recorded sets, with intervals', () => {
    const withInterval = Object.values(recorded.cases).filter((c) => c.kappa_low !== null);
    expect(withInterval.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(recorded.cases).sort()).toEqual(Object.keys(sets).sort());
  });

  it.each(Object.keys(sets))('matches the recorded oracle on %s to 1e-9', (name) => {
    expectMatches(name, recorded.cases[name]!);
  });

  it('matches statsmodels and scikit-learn run now, on this machine', () => {
    const python = '/usr/bin/python3';
    const run = spawnSync(python, [fileURLToPath(new URL('oracle.py', dir))], { input: pairsText, encoding: 'utf8', timeout: 120_000 });
    expect(run.error, `${python} must run (CI installs python3-statsmodels and python3-sklearn)`).toBeUndefined();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const live = JSON.parse(run.stdout) as { cases: Record<string, Oracle> };
    for (const name of Object.keys(sets)) expectMatches(name, live.cases[name]!);
  });
});

describe('quadraticKappa: where it is not defined', () => {
  it('is 1 for perfect agreement and -1 for a perfect reversal of a symmetric spread', () => {
    expect(
      quadraticKappa([
        [1, 1],
        [3, 3],
        [5, 5],
      ]).value,
    ).toBe(1);
    expect(
      quadraticKappa([
        [1, 5],
        [2, 4],
        [3, 3],
        [4, 2],
        [5, 1],
      ]).value,
    ).toBeCloseTo(-1, 12);
  });

  it('is not defined, with the reason, for no statements or one', () => {
    expect(quadraticKappa([])).toMatchObject({
      value: null,
      n: 0,
      low: null,
      high: null,
      reason: 'no statement was rated by both the CIO and the CMO',
    });
    expect(quadraticKappa([[3, 4]])).toMatchObject({ value: null, n: 1, reason: expect.stringContaining('at least two') });
  });

  it('is not defined when both gave every statement the same single rating', () => {
    expect(
      quadraticKappa([
        [4, 4],
        [4, 4],
        [4, 4],
      ]),
    ).toMatchObject({ value: null, n: 3, reason: expect.stringContaining('same single rating') });
  });

  it('does not depend on the order of the statements', () => {
    const pairs = sets['random-60']!;
    const a = quadraticKappa(pairs);
    const b = quadraticKappa([...pairs].reverse());
    expect(b.value).toBeCloseTo(a.value!, 12);
    expect(b.low).toBeCloseTo(a.low!, 12);
  });
});
