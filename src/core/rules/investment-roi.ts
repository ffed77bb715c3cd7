import type { Rule } from '../finding.js';

export const investmentRoi: Rule = {
  id: 'investment-roi',
  description: 'Every digital investment has an ROI metric and target the board can hold it to.',
  defaultSeverity: 'warn',
  rationale:
    'Without an agreed measure of return the board cannot tell whether a digital investment worked, and each executive can declare success on their own terms. A metric and a target agreed up front is what the board holds both of them to.',
  remedy:
    'Give the investment an `roi` with a `metric` and a `target`, and later the `actual`; add `direction: down` when lower is better, as for a cost.',
  example: `    roi: { metric: repeat purchase rate, target: 0.18 }`,
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
