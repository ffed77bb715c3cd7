/** Shared words for the benchmark renderers. */
import type { Standing } from '../../core/benchmark.js';
import { fixed } from '../format.js';

export const MEASURE_ROWS = [
  ['maturity', 'Maturity', '1–5'],
  ['consensus', 'Consensus', '0–100'],
  ['ownership', 'Ownership', '0–100'],
] as const;

/** "62nd percentile" style, or a dash. */
export function ordinal(p: number | null): string {
  if (p === null) return '—';
  const n = Math.round(p);
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export function spread(s: Standing, digits = 1): string {
  return s.median === null ? `too few peers (${s.n})` : `${fixed(s.q1, digits)} · ${fixed(s.median, digits)} · ${fixed(s.q3, digits)}`;
}

/**
 * Where the value sits on a 21-cell line from the lowest to the highest possible figure: the
 * peers' middle half as ▒, their median as │, this organisation as ●.
 */
export function positionBar(s: Standing, min: number, max: number, width = 21): string {
  const cell = (v: number) => Math.max(0, Math.min(width - 1, Math.round(((v - min) / (max - min)) * (width - 1))));
  const cells = Array.from({ length: width }, () => '·');
  if (s.q1 !== null && s.q3 !== null) for (let i = cell(s.q1); i <= cell(s.q3); i++) cells[i] = '▒';
  if (s.median !== null) cells[cell(s.median)] = '│';
  if (s.value !== null) cells[cell(s.value)] = '●';
  return cells.join('');
}
