/**
 * Cohen's kappa with quadratic weights, for two raters on the 1..5 scale, with its asymptotic 95%
 * interval.
 *
 *   kappa = 1 − Σ v_ij·O_ij / Σ v_ij·E_ij,   v_ij = (i − j)² / (k − 1)²  (disagreement weights)
 *
 * O is the observed table of (CIO, CMO) ratings and E the product of its two marginals. The
 * standard error is the one of Fleiss, Cohen and Everitt (1969), written with agreement weights
 * w = 1 − v exactly as statsmodels' `cohens_kappa(table, wt='quadratic')` computes it:
 *
 *   w̄_i. = Σ_j p_.j w_ij,  w̄_.j = Σ_i p_i. w_ij,  P_e = Σ w_ij p_i. p_.j
 *   var = [Σ p_ij (w_ij − (w̄_i. + w̄_.j)(1 − κ))² − (κ − P_e (1 − κ))²] / ((1 − P_e)² n)
 *   interval = κ ± z·√var, z = 1.959964 (the 97.5% point of the normal distribution)
 */
import { present } from './present.js';
export interface Kappa {
  value: number | null;
  n: number;
  /** Why `value` is null. */
  reason?: string;
  /** Σ v·O and Σ v·E, in counts, for `--explain`. */
  weightedObserved?: number;
  weightedExpected?: number;
  /** The 5×5 table of counts, CIO in rows, CMO in columns. */
  table?: number[][];
  low: number | null;
  high: number | null;
  standardError: number | null;
}

const K = 5;
/** statsmodels uses `norm.isf(0.025)`. */
export const Z_975 = 1.959963984540054;

const none = (n: number, reason: string, extra: Partial<Kappa> = {}): Kappa => ({
  value: null,
  n,
  reason,
  low: null,
  high: null,
  standardError: null,
  ...extra,
});

/** A cell of a K-by-K table or a K-long total: ratings are 1..K, so the index is always inside. */
function at<T>(list: readonly T[], index: number): T {
  return present(list[index], `cell ${index + 1} of a ${list.length}-long kappa table`);
}

export function quadraticKappa(pairs: ReadonlyArray<readonly [number, number]>): Kappa {
  const n = pairs.length;
  if (n < 2) {
    return none(
      n,
      n === 0
        ? 'no statement was rated by both the CIO and the CMO'
        : 'only one statement was rated by both the CIO and the CMO; kappa needs at least two',
    );
  }
  const table = Array.from({ length: K }, () => new Array<number>(K).fill(0));
  const rowTotals = new Array<number>(K).fill(0);
  const colTotals = new Array<number>(K).fill(0);
  for (const [a, b] of pairs) {
    const row = at(table, a - 1);
    row[b - 1] = at(row, b - 1) + 1;
    rowTotals[a - 1] = at(rowTotals, a - 1) + 1;
    colTotals[b - 1] = at(colTotals, b - 1) + 1;
  }
  const v = (i: number, j: number) => ((i - j) * (i - j)) / ((K - 1) * (K - 1));
  let weightedObserved = 0;
  let weightedExpected = 0;
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < K; j++) {
      weightedObserved += v(i, j) * at(at(table, i), j);
      weightedExpected += (v(i, j) * at(rowTotals, i) * at(colTotals, j)) / n;
    }
  }
  if (weightedExpected === 0) {
    return none(n, 'the CIO and the CMO gave every statement the same single rating, so agreement beyond chance cannot be measured', {
      weightedObserved,
      weightedExpected,
      table,
    });
  }
  const kappa = 1 - weightedObserved / weightedExpected;

  const pRow = rowTotals.map((t) => t / n);
  const pCol = colTotals.map((t) => t / n);
  const w = (i: number, j: number) => 1 - v(i, j);
  const wRow = pRow.map((_, i) => pCol.reduce((s, pc, j) => s + pc * w(i, j), 0));
  const wCol = pCol.map((_, j) => pRow.reduce((s, pr, i) => s + pr * w(i, j), 0));
  let agreeExpected = 0;
  let termA = 0;
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < K; j++) {
      agreeExpected += w(i, j) * at(pRow, i) * at(pCol, j);
      const p = at(at(table, i), j) / n;
      if (p) termA += p * (w(i, j) - (at(wRow, i) + at(wCol, j)) * (1 - kappa)) ** 2;
    }
  }
  const variance = (termA - (kappa - agreeExpected * (1 - kappa)) ** 2) / ((1 - agreeExpected) ** 2 * n);
  const standardError = variance >= 0 ? Math.sqrt(variance) : null;
  return {
    value: kappa,
    n,
    weightedObserved,
    weightedExpected,
    table,
    standardError,
    low: standardError === null ? null : kappa - Z_975 * standardError,
    high: standardError === null ? null : kappa + Z_975 * standardError,
  };
}
