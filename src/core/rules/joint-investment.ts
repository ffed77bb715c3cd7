import type { Rule } from '../finding.js';

export const jointInvestment: Rule = {
  id: 'joint-investment',
  description: 'Every digital investment is owned by both the CIO and the CMO.',
  defaultSeverity: 'warn',
  rationale:
    'Digital investments reach customers through both functions: the systems the CIO runs and the experience the CMO owns. An investment owned by one side invites the other to work around it (marketing going straight to vendors, or IT dictating the platform), and the board hears two stories about one spend.',
  remedy: 'List both executives in `owners` (`[cio, cmo]`, or `[joint]`), and report the investment jointly with `jointReporting: true`.',
  example: `investments:
  - id: crm-replatform
    owners: [cio, cmo]
    jointReporting: true`,
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
