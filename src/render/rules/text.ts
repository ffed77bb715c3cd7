import type { RuleMeta } from '../../core/rules/meta.js';
import type { RulesRenderer } from './model.js';

/** Greedy word wrap; a word longer than the width keeps its own line. */
export function wrapWords(text: string, width: number, indent: string, rest: string = indent): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && (lines.length ? rest : indent).length + line.length + 1 + word.length > width) {
      lines.push((lines.length ? rest : indent) + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push((lines.length ? rest : indent) + line);
  return lines;
}

/** What SARIF carries as `help.text`: why the rule matters, how to fix it, and the example. */
export function ruleHelpText(rule: RuleMeta): string {
  const example = rule.example ? `\n\nFor example:\n${rule.example.replace(/^/gm, '  ')}` : '';
  return `${rule.description}\n\nWhy it matters: ${rule.rationale}\n\nHow to fix it: ${rule.remedy}${example}`;
}

/** Each rule: id and default severity, then what it checks, why it matters and how to fix it. */
export const renderRulesText: RulesRenderer = (rules, { paint, width }) => {
  const w = Math.max(40, Math.min(width ?? 100, 100));
  return rules
    .map((rule) => {
      const severity =
        rule.defaultSeverity === 'error' ? paint.red('error') : rule.defaultSeverity === 'warn' ? paint.yellow('warn') : paint.dim('off');
      const lines = [`${paint.bold(rule.id)}  ${severity}`, ...wrapWords(rule.description, w, '  ')];
      // Wrapped as plain text, then the lead-in is emboldened, so colour codes never count as width.
      const paragraph = (lead: string, text: string) =>
        wrapWords(`${lead} ${text}`, w, '  ').map((l, i) => (i === 0 ? l.replace(lead, paint.bold(lead)) : l));
      lines.push('', ...paragraph('Why it matters.', rule.rationale));
      lines.push('', ...paragraph('How to fix it.', rule.remedy));
      if (rule.example) lines.push('', ...rule.example.split('\n').map((l) => paint.dim(`    ${l}`)));
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
};
