import type { Rule, RuleHit } from '../finding.js';
import { CRITERION_OWNERS } from '../schema.js';
import { excerpt } from '../text.js';

const WHOSE = { cio: "the CIO's", cmo: "the CMO's", joint: 'the joint' } as const;

export const criterionMissed: Rule = {
  id: 'criterion-missed',
  description: 'No success criterion is `missed`, or still `open` after its due date.',
  defaultSeverity: 'warn',
  rationale:
    'A missed criterion, or one still open after its date, is a promise to the board that was not kept. The review is where the CEO decides what happens next, so it must not pass unnoticed.',
  remedy:
    'Record what happened: set `status` to `met`, `missed` or `dropped` with the `actual`, and for a miss add an action whose `for` names `criterion:<cio|cmo|joint>/<id>`. Move `due` only when the board has agreed a new date.',
  example: `    - id: customer-dashboard
      actual: 12
      status: met`,
  check({ review, today }) {
    const hits: RuleHit[] = [];
    for (const who of CRITERION_OWNERS) {
      (review.successCriteria?.[who] ?? []).forEach((c, j) => {
        const named = `${WHOSE[who]} success criterion "${excerpt(c.text)}" (${c.id})`;
        if (c.status === 'missed') {
          hits.push({ message: `${named} was missed`, path: ['successCriteria', who, j, 'status'], target: `${who}/${c.id}` });
        } else if (c.status === 'open' && c.due !== undefined && c.due < today) {
          hits.push({
            message: `${named} was due on ${c.due} and is still open: mark it met, missed or dropped, or set a new date`,
            path: ['successCriteria', who, j, 'due'],
            target: `${who}/${c.id}`,
          });
        }
      });
    }
    return hits;
  },
};
