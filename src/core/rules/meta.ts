import type { SeveritySetting } from '../finding.js';
import type { RuleId } from '../rule-ids.js';

/**
 * A rule described as data, beside its code in rules/<id>.ts. `review rules`, `check --help`, SARIF
 * (`rules[].help`), the README table and docs/rules/<id>.md are all made from these fields, so a
 * rule without its rationale or remedy does not compile.
 */
export interface RuleMeta {
  id: RuleId;
  defaultSeverity: SeveritySetting;
  /** One line: what the rule checks. */
  description: string;
  /** Why it matters to the CEO, the CIO, the CMO or the board, in plain words. */
  rationale: string;
  /** How to fix it in the review file. */
  remedy: string;
  /** A short YAML excerpt showing the fix, where one helps. */
  example?: string;
}
