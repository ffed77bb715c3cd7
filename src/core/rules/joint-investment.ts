import type { Rule } from '../finding.js';

export const jointInvestment: Rule = {
  id: 'joint-investment',
  description: 'Every digital investment is owned by both the CIO and the CMO.',
  defaultSeverity: 'warn',
  check({ review }) {
    return review.investments.flatMap((inv, i) => {
      const missing = (['cio', 'cmo'] as const).filter((k) => !inv.owners.includes(k));
      if (!missing.length) return [];
      return [
        {
          message: `investment "${inv.name}" is not jointly owned: ${missing.map((k) => k.toUpperCase()).join(' and ')} missing from owners`,
          path: ['investments', i, 'owners'],
          target: inv.id,
        },
      ];
    });
  },
};
