/** What every trend renderer shares: the measures, their ranges and the sparkline. */
import type { Trend } from '../../core/trend.js';
import type { Paint } from '../paint.js';

export interface TrendRenderOptions {
  paint: Paint;
}
export type TrendRenderer = (trend: Trend, options: TrendRenderOptions) => string;

/** The three measures, each on its own fixed scale so a line's height means the same every year. */
export const MEASURES = [
  { key: 'maturity', label: 'Maturity', min: 1, max: 5, digits: 1, scale: '1–5' },
  { key: 'consensus', label: 'Consensus', min: 0, max: 100, digits: 1, scale: '0–100' },
  { key: 'ownership', label: 'Ownership', min: 0, max: 100, digits: 1, scale: '0–100' },
] as const;

const BLOCKS = '▁▂▃▄▅▆▇█';

/** One character per value on a fixed scale; `·` where there is nothing to score. */
export function sparkline(values: readonly (number | null)[], min: number, max: number): string {
  return values
    .map((v) => {
      if (v === null) return '·';
      const t = Math.max(0, Math.min(1, (v - min) / (max - min)));
      return BLOCKS[Math.min(BLOCKS.length - 1, Math.round(t * (BLOCKS.length - 1)))];
    })
    .join('');
}
