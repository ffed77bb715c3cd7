import type { ScoreResult, QuestionScore } from '../../core/score.js';
import type { Review } from '../../core/schema.js';
import type { Paint } from '../paint.js';

export interface ScoreReport {
  file: string;
  review: Review;
  score: ScoreResult;
  explain: boolean;
}

export interface ScoreRenderContext {
  paint: Paint;
}

export type ScoreRenderer = (report: ScoreReport, context: ScoreRenderContext) => string;

export interface RankedGap extends QuestionScore {
  section: string;
  sectionTitle: string;
}

/** Questions rated by both, widest gap first; ties keep the file's order. */
export function largestGaps(score: ScoreResult, limit = Infinity): RankedGap[] {
  const all = score.sections.flatMap((s) => s.questions.filter((q) => q.gap !== null).map((q) => ({ ...q, section: s.id, sectionTitle: s.title })));
  return all
    .map((q, i) => ({ q, i }))
    .sort((a, b) => b.q.gap! - a.q.gap! || a.i - b.i)
    .map(({ q }) => q)
    .slice(0, limit);
}

export const STATUS_LABEL = {
  agreed: 'agreed',
  contested: 'contested',
  'joint-without-process': 'joint, no process',
  orphan: 'no owner',
} as const;

/** Where the CEO stands against each executive on a question: the blind spot, in words. */
export function ceoView(q: { cio: number | null; cmo: number | null; ceo: number | null }): string {
  if (q.ceo === null || q.cio === null || q.cmo === null || q.cio === q.cmo) return '';
  const toCio = Math.abs(q.ceo - q.cio);
  const toCmo = Math.abs(q.ceo - q.cmo);
  if (toCio === toCmo) return 'between them';
  return toCio < toCmo ? 'sides with CIO' : 'sides with CMO';
}
