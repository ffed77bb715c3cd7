import type { Rule } from '../finding.js';
import type { Investment } from '../schema.js';

export interface RoiShortfall {
  actual: number;
  target: number;
  direction: 'up' | 'down';
}

/**
 * The investment's ROI actual is behind its target in the target's direction (`up`, the default:
 * below it; `down`: above it), or null when it is not, or when either figure is missing.
 * Shared with `unaddressed`, so "behind target" means the same in both.
 */
export function roiShortfall(investment: Investment): RoiShortfall | null {
  const roi = investment.roi;
  if (!roi || typeof roi.target !== 'number' || typeof roi.actual !== 'number') return null;
  const direction = roi.direction ?? 'up';
  const behind = direction === 'up' ? roi.actual < roi.target : roi.actual > roi.target;
  return behind ? { actual: roi.actual, target: roi.target, direction } : null;
}

/** "cost per acquired customer is 41 against a target of 38, where lower is better". */
export function shortfallWords(investment: Investment, s: RoiShortfall): string {
  const metric = investment.roi?.metric?.trim() || 'the ROI measure';
  return `${metric} is ${s.actual} against a target of ${s.target}, where ${s.direction === 'up' ? 'higher' : 'lower'} is better`;
}

export const roiBehindTarget: Rule = {
  id: 'roi-behind-target',
  description:
    "Every investment's ROI actual is on or ahead of its target, in the target's direction (`direction: down` when lower is better).",
  defaultSeverity: 'warn',
  rationale:
    'An investment behind its agreed return is a decision for the board: keep funding it, change course or stop. Raising it in the review keeps that conversation on evidence rather than on whose project it is.',
  remedy:
    'This is a finding about the business, not about the file. Add an action whose `for` names `investment:<id>`, with an owner and a due date. Check that `direction` is right (`down` when lower is better) and that `actual` is current.',
  example: `actions:
  - id: crm-recovery-plan
    title: Agree a recovery plan for the CRM re-platform's repeat purchase rate
    owner: joint
    due: 2026-09-30
    for: [investment:crm-replatform]`,
  check({ review }) {
    return review.investments.flatMap((inv, i) => {
      const shortfall = roiShortfall(inv);
      if (!shortfall) return [];
      const due = inv.roi?.due ? ` (due ${inv.roi.due})` : '';
      return [
        {
          message: `investment "${inv.name}" is behind its ROI target: ${shortfallWords(inv, shortfall)}${due}`,
          path: ['investments', i, 'roi', 'actual'],
          target: inv.id,
        },
      ];
    });
  },
};
