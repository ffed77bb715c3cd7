import type { Rule, RuleHit } from '../finding.js';
import { numericRating } from '../score.js';

export const emptyReview: Rule = {
  id: 'empty-review',
  description: 'The review has at least one statement rated by both the CIO and the CMO, and at least one blurred area.',
  defaultSeverity: 'error',
  rationale:
    'A review in which the CIO and the CMO have not both rated a single statement, or which names no blurred area, scores nothing and tells the board nothing, yet it would pass every other rule. An empty file must never read as a healthy one.',
  remedy:
    'Have both executives rate the statements (`review init`, or `init --role cio` and `--role cmo` and then `review merge`), and list the blurred areas between IT and marketing under `blurredAreas`.',
  example: `sections:
  - id: cio-role
    questions:
      - id: external-customer-boundary
        ratings: { cio: 4, cmo: 2 }
blurredAreas:
  - id: social-media
    name: Social media
    owner: cmo`,
  check({ review }) {
    const hits: RuleHit[] = [];
    const ratedByBoth = review.sections.some((s) =>
      s.questions.some((q) => {
        const r = (q.ratings ?? {}) as Record<string, unknown>;
        return numericRating(r.cio) !== null && numericRating(r.cmo) !== null;
      }),
    );
    if (!ratedByBoth) {
      hits.push({
        message: 'no statement is rated 1–5 by both the CIO and the CMO: there is nothing to score',
        path: ['sections'],
        at: 'key',
      });
    }
    if (!review.blurredAreas.length) {
      hits.push({
        message: 'the review names no blurred area: ownership between the CIO and the CMO is not reviewed at all',
        path: ['blurredAreas'],
        at: 'key',
      });
    }
    return hits;
  },
};
