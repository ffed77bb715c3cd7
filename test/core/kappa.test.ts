/**
 * Kappa against values computed independently by scikit-learn (fixture records the version and
 * the call), plus the cases where it is not defined.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quadraticKappa } from '../../src/core/kappa.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/kappa-sklearn.json', import.meta.url), 'utf8')) as {
  cases: Record<string, { pairs: [number, number][]; kappa: number; sklearnWithoutLabels: number }>;
};

describe('quadraticKappa', () => {
  it.each(Object.entries(fixture.cases))('matches scikit-learn on %s', (_name, { pairs, kappa }) => {
    const result = quadraticKappa(pairs);
    expect(result.n).toBe(pairs.length);
    expect(result.value).toBeCloseTo(kappa, 10);
  });

  it('weights by the rating, not by the index of the categories observed', () => {
    const { pairs, kappa, sklearnWithoutLabels } = fixture.cases['uneven-categories'];
    expect(kappa).not.toBeCloseTo(sklearnWithoutLabels, 3);
    expect(quadraticKappa(pairs).value).toBeCloseTo(kappa, 10);
  });

  it('is 1 for perfect agreement and -1 for a perfect reversal of a symmetric spread', () => {
    expect(quadraticKappa([[1, 1], [3, 3], [5, 5]]).value).toBe(1);
    expect(quadraticKappa([[1, 5], [2, 4], [3, 3], [4, 2], [5, 1]]).value).toBeCloseTo(-1, 12);
  });

  it('is not defined, with the reason, for no questions or one', () => {
    expect(quadraticKappa([])).toEqual({ value: null, n: 0, reason: 'no question was rated by both the CIO and the CMO' });
    expect(quadraticKappa([[3, 4]])).toMatchObject({ value: null, n: 1, reason: expect.stringContaining('at least two') });
  });

  it('is not defined when both gave every question the same single rating', () => {
    expect(quadraticKappa([[4, 4], [4, 4], [4, 4]])).toMatchObject({ value: null, n: 3, reason: expect.stringContaining('same single rating') });
  });

  it('is 0, not undefined, when one executive gave one rating and the other varied', () => {
    expect(quadraticKappa([[3, 1], [3, 2], [3, 3], [3, 4], [3, 5]]).value).toBeCloseTo(0, 12);
  });

  it('does not depend on the order of the questions', () => {
    const { pairs } = fixture.cases['random-60'];
    expect(quadraticKappa([...pairs].reverse()).value).toBeCloseTo(quadraticKappa(pairs).value!, 12);
  });
});
