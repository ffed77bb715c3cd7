import type { Rule, RuleHit } from '../finding.js';

const WHO = { cio: 'the CIO', cmo: 'the CMO', joint: 'both together' } as const;

export const successCriteria: Rule = {
  id: 'success-criteria',
  description: 'The CIO, the CMO and both together each have at least one success criterion.',
  defaultSeverity: 'warn',
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
