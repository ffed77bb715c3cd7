/** `review rules [id]`: what each check rule checks, why it matters and how to fix it. */
import { RULE_IDS } from '../core/rule-ids.js';
import { findRule, RULE_METAS } from '../core/rules/index.js';
import { suggest } from '../core/text.js';
import { UsageError } from '../errors.js';
import { colorEnabled, makePaint } from '../io/color.js';
import type { IO } from '../io/context.js';
import { RULES_FORMATS } from '../render/rules/index.js';

export interface RulesOptions {
  format?: string;
  color?: boolean;
}

export async function runRules(id: string | undefined, options: RulesOptions, io: IO): Promise<number> {
  const format = options.format ?? 'text';
  if (!Object.hasOwn(RULES_FORMATS, format)) throw new UsageError(`--format must be one of ${Object.keys(RULES_FORMATS).join(', ')}`);
  let rules = RULE_METAS;
  if (id !== undefined) {
    const rule = findRule(id);
    if (!rule) {
      const near = suggest(id, RULE_IDS);
      throw new UsageError(`unknown rule \`${id}\`${near ? `; did you mean \`${near}\`?` : ''} (\`review rules\` lists them all)`);
    }
    rules = [rule];
  }
  const render = await RULES_FORMATS[format as keyof typeof RULES_FORMATS]();
  io.stdout(render(rules, { paint: makePaint(colorEnabled(io, options.color)), width: io.columns }));
  return 0;
}
