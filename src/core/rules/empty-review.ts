import type { Rule, RuleHit } from '../finding.js';
import { numericRating } from '../score.js';

export const emptyReview: Rule = {
  id: 'empty-review',
  description: 'The review has at least one statement rated by both the CIO and the CMO, and at least one blurred area.',
  defaultSeverity: 'error',
  check({ review }) {
    const hits: RuleHit[] = [];
    const ratedByBoth = review.sections.some((s) =>
      s.questions.some((q) => {
        const r = (q.ratings ?? {}) as Record<string, unknown>;
        return numericRating(r.cio) !== null && numericRating(r.cmo) !== null;
      }),
    );
    if (!ratedByBoth) {
      hits.push({ message: 'no statement is rated 1–5 by both the CIO and the CMO: there is nothing to score', path: ['sections'], at: 'key' });
    }
    if (!review.blurredAreas.length) {
      hits.push({ message: 'the review names no blurred area: ownership between the CIO and the CMO is not reviewed at all', path: ['blurredAreas'], at: 'key' });
    }
    return hits;
  },
};
