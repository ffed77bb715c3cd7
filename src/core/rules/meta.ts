import type { Rule } from '../finding.js';

/** A rule's description and default severity, without its check function. */
export type RuleMeta = Omit<Rule, 'check'>;
