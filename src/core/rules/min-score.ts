import type { Minimums, Rule, RuleHit } from '../finding.js';
import { round1, scoreReview } from '../score.js';

const SCALE: Record<keyof Minimums, string> = { maturity: '1–5', consensus: '0–100', ownership: '0–100' };

export const minScore: Rule = {
  id: 'min-score',
  description:
    'Each measure named by --min maturity=N, consensus=N or ownership=N is at least N; a measure with nothing to score fails (off unless --min is given).',
  defaultSeverity: 'off',
  rationale:
    'A board may agree a floor for maturity, consensus or ownership and want CI to fail below it, so that a fall in how well the partnership works, or in how alike the two executives see it, is never missed.',
  remedy:
    'Improve what the measure reads (`review score --explain` shows the arithmetic): settle owners and claims for ownership, resolve disputed statements for consensus, act on weaknesses for maturity. If the floor was set too high, change `--min` in the CI job, never the ratings.',
  check({ review, minimums, gapThreshold }) {
    if (!minimums) return [];
    const score = scoreReview(review, gapThreshold);
    const value: Record<keyof Minimums, number | null> = {
      maturity: score.maturity.level,
      consensus: score.consensus.value,
      ownership: score.ownership.value,
    };
    const hits: RuleHit[] = [];
    for (const measure of ['maturity', 'consensus', 'ownership'] as const) {
      const limit = minimums[measure];
      if (limit === undefined) continue;
      const v = value[measure] === null ? null : round1(value[measure]);
      if (v === null) {
        const why =
          measure === 'ownership'
            ? 'there is no blurred area and no investment to score'
            : 'no statement is rated by both the CIO and the CMO';
        hits.push({
          message: `${measure} has nothing to score (${why}), so it cannot meet the required ${limit}`,
          path: ['schemaVersion'],
          at: 'key',
        });
      } else if (v < limit) {
        hits.push({
          message: `${measure} is ${v.toFixed(1)} (${SCALE[measure]}), below the required ${limit}`,
          path: ['schemaVersion'],
          at: 'key',
        });
      }
    }
    return hits;
  },
};
