/** Number formatting shared by every renderer, so a figure reads the same in every output. */

export const DASH = '—';

export function fixed(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || Number.isNaN(x) ? DASH : x.toFixed(digits);
}

/** A signed change: +2.5, −1.0, ±0.0. */
export function delta(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined) return DASH;
  const r = Number(x.toFixed(digits));
  if (r === 0) return `±${(0).toFixed(digits)}`;
  return r > 0 ? `+${r.toFixed(digits)}` : `−${Math.abs(r).toFixed(digits)}`;
}

/** A bar of `width` cells for a 0..100 value: █ filled, ░ empty. */
export function bar(value: number | null, width = 10): string {
  if (value === null) return ' '.repeat(width);
  const filled = Math.round((Math.max(0, Math.min(100, value)) / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** Round for JSON: one decimal for 0..100 figures, as the score itself rounds. */
export { round1 as r1 } from '../core/score.js';

export function r2(x: number | null): number | null {
  return x === null ? null : Math.round(x * 100) / 100;
}

export function r3(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1000) / 1000;
}
