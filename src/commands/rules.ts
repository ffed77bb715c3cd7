/** `review rules [id]`: what each check rule checks, why it matters and how to fix it. */
import { RULE_IDS } from '../core/rule-ids.js';
import { findRule, RULE_METAS } from '../core/rules/index.js';
import { suggest } from '../core/text.js';
import { UsageError } from '../errors.js';
import { colorEnabled, makePaint } from '../io/color.js';
import type { IO } from '../io/context.js';
import { RULES_FORMATS } from '../render/rules/index.js';
import { type Command } from 'commander';
import { examples, type CommandModule, formatOption } from './define.js';

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

export const command: CommandModule = {
  summary: 'each check rule: what it checks, why it matters, how to fix it',
  define: (c, { io, setExit, color }) => {
    c.description(
      'Describe the check rules: for each, its default severity, what it checks, why it matters to the CEO, the CIO, the CMO or the board, and how to fix it in the review file, with an example. The same text is in SARIF output (rules[].help) and in docs/rules/.',
    )
      .argument('[id]', 'one rule id (default: every rule)')
      .addOption(formatOption(Object.keys(RULES_FORMATS)))
      .addHelpText(
        'after',
        `${examples('review rules', 'review rules blurred-area-owner', 'review rules --format json | jq -r \'.rules[] | select(.defaultSeverity == "error") | .id\'', 'review rules waiver-too-long --format markdown > waiver-too-long.md')}
An unknown id exits 2 with the nearest known one.`,
      )
      .action(async (id: string | undefined, opts, cmd: Command) => setExit(await runRules(id, { ...opts, color: color(cmd) }, io)));
  },
};
