/**
 * The check rules, in the order their findings are listed in help. Adding a rule: one file in this
 * folder, one line here, one id in rule-ids.ts (see CONTRIBUTING in README).
 */
import type { Rule } from '../finding.js';
import type { RuleId } from '../rule-ids.js';
import { actionOverdue } from './action-overdue.js';
import { actionOwner } from './action-owner.js';
import { blurredAreaOwner } from './blurred-area-owner.js';
import { boardReporting } from './board-reporting.js';
import { contestedOwnership } from './contested-ownership.js';
import { criterionMissed } from './criterion-missed.js';
import { emptyReview } from './empty-review.js';
import { investmentRoi } from './investment-roi.js';
import { jointAreaProcess } from './joint-area-process.js';
import { jointInvestment } from './joint-investment.js';
import type { RuleMeta } from './meta.js';
import { maxGap } from './max-gap.js';
import { minScore } from './min-score.js';
import { ownerKnown } from './owner-known.js';
import { perceptionContradictsRecord } from './perception-contradicts-record.js';
import { referenceKnown } from './reference-known.js';
import { roiBehindTarget } from './roi-behind-target.js';
import { schema } from './schema.js';
import { successCriteria } from './success-criteria.js';
import { unaddressed } from './unaddressed.js';
import { unanswered } from './unanswered.js';
import { unconfirmedOwnership } from './unconfirmed-ownership.js';
import { waiverExpired } from './waiver-expired.js';
import { waiverTooLong } from './waiver-too-long.js';

export const RULES: readonly Rule[] = [
  emptyReview,
  blurredAreaOwner,
  ownerKnown,
  contestedOwnership,
  unconfirmedOwnership,
  jointAreaProcess,
  boardReporting,
  jointInvestment,
  investmentRoi,
  roiBehindTarget,
  successCriteria,
  criterionMissed,
  unanswered,
  perceptionContradictsRecord,
  actionOwner,
  actionOverdue,
  unaddressed,
  referenceKnown,
  waiverExpired,
  waiverTooLong,
  maxGap,
  minScore,
];

/** Every rule's id, description and default severity, `schema` included. */
export const RULE_METAS: readonly RuleMeta[] = [schema, ...RULES];

export function ruleMeta(id: RuleId): RuleMeta {
  return RULE_METAS.find((r) => r.id === id)!;
}
