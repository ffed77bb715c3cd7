import type { Rule, RuleHit } from '../finding.js';

const WHO = { cio: 'the CIO', cmo: 'the CMO', joint: 'both together' } as const;

export const successCriteria: Rule = {
  id: 'success-criteria',
  description: 'The CIO, the CMO and both together each have at least one success criterion.',
  defaultSeverity: 'warn',
  rationale:
    "The CEO opens the year with success criteria for the CIO, for the CMO and for both together. Without all three, one function is judged on nothing, or the joint work that matters most to customers is nobody's target.",
  remedy:
    'Add at least one criterion under each of `successCriteria.cio`, `successCriteria.cmo` and `successCriteria.joint`, each one measurable and, where it can be, with a due date.',
  example: `successCriteria:
  cio: [{ id: checkout-availability, text: Checkout availability 99.95% }]
  cmo: [{ id: lead-conversion, text: Lead-to-order conversion up 10% }]
  joint: [{ id: customer-dashboard, text: One customer dashboard reported to the board monthly }]`,
  check({ review }) {
    const hits: RuleHit[] = [];
    for (const key of ['cio', 'cmo', 'joint'] as const) {
      const list = review.successCriteria?.[key];
      if (list && list.length) continue;
      hits.push({
        message: `no success criterion for ${WHO[key]} (successCriteria.${key})`,
        path: review.successCriteria === undefined ? [] : list === undefined ? ['successCriteria'] : ['successCriteria', key],
        target: key,
      });
    }
    return hits;
  },
};
