import type { Rule } from '../finding.js';

export const investmentRoi: Rule = {
  id: 'investment-roi',
  description: 'Every digital investment has an ROI metric and target the board can hold it to.',
  defaultSeverity: 'warn',
  check({ review }) {
    return review.investments.flatMap((inv, i) => {
      const missing = [!inv.roi?.metric?.trim() && 'metric', inv.roi?.target === undefined && 'target'].filter(Boolean);
      if (!missing.length) return [];
      return [
        {
          message: `investment "${inv.name}" has no ROI ${missing.join(' or ')}`,
          path: inv.roi ? ['investments', i, 'roi'] : ['investments', i],
          target: inv.id,
        },
      ];
    });
  },
};
