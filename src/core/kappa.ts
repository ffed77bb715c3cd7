/**
 * Cohen's kappa with quadratic weights, for two raters on the 1..5 scale.
 *
 *   kappa = 1 - Σ w_ij·O_ij / Σ w_ij·E_ij,   w_ij = (i - j)² / (k - 1)²
 *
 * O is the observed joint distribution of (CIO, CMO) ratings and E the product of the two
 * marginals. The weights' scale cancels, so the result does not depend on k.
 */
export interface Kappa {
  value: number | null;
  n: number;
  /** Why `value` is null. */
  reason?: string;
  /** Σ w·O and Σ w·E, in counts, for `--explain`. */
  weightedObserved?: number;
  weightedExpected?: number;
}

const K = 5;

export function quadraticKappa(pairs: ReadonlyArray<readonly [number, number]>): Kappa {
  const n = pairs.length;
  if (n < 2) {
    return { value: null, n, reason: n === 0 ? 'no question was rated by both the CIO and the CMO' : 'only one question was rated by both the CIO and the CMO; kappa needs at least two' };
  }
  const observed = Array.from({ length: K }, () => new Array<number>(K).fill(0));
  const rowTotals = new Array<number>(K).fill(0);
  const colTotals = new Array<number>(K).fill(0);
  for (const [a, b] of pairs) {
    observed[a - 1][b - 1] += 1;
    rowTotals[a - 1] += 1;
    colTotals[b - 1] += 1;
  }
  let weightedObserved = 0;
  let weightedExpected = 0;
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < K; j++) {
      const w = ((i - j) * (i - j)) / ((K - 1) * (K - 1));
      weightedObserved += w * observed[i][j];
      weightedExpected += (w * rowTotals[i] * colTotals[j]) / n;
    }
  }
  if (weightedExpected === 0) {
    return {
      value: null,
      n,
      reason: 'the CIO and the CMO gave every question the same single rating, so agreement beyond chance cannot be measured',
      weightedObserved,
      weightedExpected,
    };
  }
  return { value: 1 - weightedObserved / weightedExpected, n, weightedObserved, weightedExpected };
}
