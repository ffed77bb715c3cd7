/**
 * The rules' documentation files, made from their data: the README's rules table (between two
 * markers) and one page per rule under docs/rules/. `npm run docs` writes them; a test fails when
 * the files in the repository differ from what this makes.
 */
import type { RuleMeta } from '../../core/rules/meta.js';
import { ruleMarkdownPage, rulesMarkdownTable } from './markdown.js';

export const README_START = '<!-- rules:start (generated from src/core/rules by `npm run docs`; do not edit) -->';
export const README_END = '<!-- rules:end -->';

/** docs/rules/<file> → its content: one page per rule, and an index. */
export function rulePages(rules: readonly RuleMeta[]): Map<string, string> {
  const pages = new Map<string, string>();
  pages.set(
    'README.md',
    `# Check rules\n\nEach rule's id and default severity are stable; \`review check --rule id=off|warn|error\` changes a severity, and \`review rules <id>\` prints the page.\n\n${rulesMarkdownTable(rules, '.')}\n`,
  );
  for (const rule of rules) pages.set(`${rule.id}.md`, ruleMarkdownPage(rule));
  return pages;
}

/** The README with its rules table replaced; the README must hold both markers. */
export function spliceReadme(readme: string, rules: readonly RuleMeta[]): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${README_START} … ${README_END}`);
  return `${readme.slice(0, start + README_START.length)}\n${rulesMarkdownTable(rules)}\n${readme.slice(end)}`;
}
