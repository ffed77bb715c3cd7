import type { RuleMeta } from '../../core/rules/meta.js';
import { severityWords, type RulesRenderer } from './model.js';

/**
 * One rule as Markdown, without its heading: what SARIF carries as `help.markdown`, and the body of
 * docs/rules/<id>.md. The text is the rule's own (inline code and all), not data from a file.
 */
export function ruleMarkdownBody(rule: RuleMeta): string {
  const example = rule.example ? `\n\nFor example:\n\n\`\`\`yaml\n${rule.example}\n\`\`\`` : '';
  return `Default severity: **${severityWords(rule)}**.\n\n${rule.description}\n\n**Why it matters.** ${rule.rationale}\n\n**How to fix it.** ${rule.remedy}${example}\n`;
}

/** `review rules <id> --format markdown`, which is also docs/rules/<id>.md. */
export function ruleMarkdownPage(rule: RuleMeta): string {
  return `# \`${rule.id}\`\n\n${ruleMarkdownBody(rule)}`;
}

/** The README's rules table: each rule linked to its page under docs/rules/. */
export function rulesMarkdownTable(rules: readonly RuleMeta[], docs = 'docs/rules'): string {
  const rows = rules.map((r) => `| [\`${r.id}\`](${docs}/${r.id}.md) | ${r.defaultSeverity} | ${r.description.replace(/\|/g, '\\|')} |`);
  return ['| rule | default | what it checks |', '| --- | --- | --- |', ...rows].join('\n');
}

export const renderRulesMarkdown: RulesRenderer = (rules) => {
  const [only] = rules;
  if (rules.length === 1 && only) return ruleMarkdownPage(only);
  return `# Check rules\n\n${rulesMarkdownTable(rules, 'rules')}\n\n${rules.map((r) => `## \`${r.id}\`\n\n${ruleMarkdownBody(r)}`).join('\n')}`;
};
