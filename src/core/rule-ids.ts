/**
 * Every check rule id, in the order of rules/index.ts. Written by `npm run docs` from the rules
 * themselves (do not edit): the schema names rules in waivers and the rules read the schema, so
 * the ids are kept apart from the rules' code. The ids are the contract (DESIGN.md).
 */
export const RULE_IDS = [
  'schema',
  'empty-review',
  'blurred-area-owner',
  'owner-known',
  'contested-ownership',
  'unconfirmed-ownership',
  'joint-area-process',
  'board-reporting',
  'joint-investment',
  'investment-roi',
  'roi-behind-target',
  'success-criteria',
  'criterion-missed',
  'unanswered',
  'perception-contradicts-record',
  'action-owner',
  'action-overdue',
  'unaddressed',
  'reference-known',
  'waiver-expired',
  'waiver-too-long',
  'max-gap',
  'min-score',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
