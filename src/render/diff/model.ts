import type { ReviewDiff } from '../../core/diff.js';
import type { Paint } from '../paint.js';

export interface DiffRenderContext {
  paint: Paint;
}

export type DiffRenderer = (diff: ReviewDiff, context: DiffRenderContext) => string;

/** Questions whose gap moved, largest movement first (the diff keeps them in that order). */
export const moved = (diff: ReviewDiff) => diff.questions.filter((q) => q.change !== 'unchanged' && q.change !== 'added' && q.change !== 'removed');

export function gapSummary(diff: ReviewDiff): string {
  const count = (c: string) => diff.questions.filter((q) => q.change === c).length;
  const parts = (['closed', 'narrowed', 'opened', 'widened', 'added', 'removed'] as const).map((c) => [c, count(c)] as const).filter(([, n]) => n > 0);
  return parts.length ? parts.map(([c, n]) => `${n} ${c}`).join(', ') : 'no change';
}
