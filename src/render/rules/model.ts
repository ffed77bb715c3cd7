import type { RuleMeta } from '../../core/rules/meta.js';
import type { Paint } from '../paint.js';

export interface RulesRenderContext {
  paint: Paint;
  /** The terminal's width, when known; text wraps to it. */
  width?: number;
}

/** One `review rules --format`: the rules asked for (all, or one) as a document. */
export type RulesRenderer = (rules: readonly RuleMeta[], context: RulesRenderContext) => string;

/** `error`, `warn` or `off`, with what `off` means for the rules that are off by default. */
export function severityWords(rule: RuleMeta): string {
  return rule.defaultSeverity === 'off' ? 'off (until its option turns it on)' : rule.defaultSeverity;
}
