/**
 * The check rules, in the order help and `review rules` list them. Adding a rule: one file in this
 * folder (its code and its description as data: see meta.ts), one line here, and its id in
 * rule-ids.ts, which stays a list of its own because the schema (waivers name rules) needs the ids
 * and the rules need the schema. test/core/rules/registry.test.ts fails when the two disagree.
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
import { present } from '../present.js';

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

/** Every rule described as data, `schema` included: what help, `review rules`, SARIF and the docs show. */
export const RULE_METAS: readonly RuleMeta[] = [schema, ...RULES];

const BY_ID = new Map<string, RuleMeta>(RULE_METAS.map((r) => [r.id, r]));

export function ruleMeta(id: RuleId): RuleMeta {
  return present(BY_ID.get(id), `the rule ${id}`);
}

/** The rule with this id, or undefined for a string that names none. */
export function findRule(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}
