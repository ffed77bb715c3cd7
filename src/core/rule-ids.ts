/** Every check rule id. The ids are the contract (DESIGN.md); rules/index.ts pairs each with its code. */
export const RULE_IDS = [
  'schema',
  'empty-review',
  'blurred-area-owner',
  'owner-known',
  'contested-ownership',
  'joint-area-process',
  'board-reporting',
  'joint-investment',
  'investment-roi',
  'success-criteria',
  'unanswered',
  'waiver-expired',
  'max-gap',
  'min-score',
  'unconfirmed-ownership',
  'roi-behind-target',
  'criterion-missed',
  'action-owner',
  'action-overdue',
  'unaddressed',
  'reference-known',
  'waiver-too-long',
  'perception-contradicts-record',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
