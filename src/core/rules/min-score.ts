import type { Rule } from '../finding.js';
import { scoreReview } from '../score.js';

export const minScore: Rule = {
  id: 'min-score',
  description: 'The alignment index is at least --min-score N (off unless N is given).',
  defaultSeverity: 'off',
  check({ review, minScore: limit, gapThreshold }) {
    if (limit === undefined) return [];
    const { alignmentIndex, band } = scoreReview(review, gapThreshold);
    if (alignmentIndex === null || alignmentIndex >= limit) return [];
    return [{ message: `the alignment index is ${alignmentIndex.toFixed(1)} (${band}), below the required ${limit}`, path: ['schemaVersion'], at: 'key' }];
  },
};
