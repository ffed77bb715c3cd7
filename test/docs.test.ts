/**
 * The rules' documentation in the repository is what their data makes: the README's rules table
 * and docs/rules/. When this fails after a rule changed, run `npm run docs`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_METAS } from '../src/core/rules/index.js';
import { README_END, README_START, rulePages, spliceReadme } from '../src/render/rules/docs.js';
import { ROOT } from './helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('rules documentation', () => {
  it('README: the rules table between its markers is the one the rules make (npm run docs)', () => {
    expect(readme).toContain(README_START);
    expect(readme).toContain(README_END);
    expect(readme).toBe(spliceReadme(readme, RULE_METAS));
    for (const rule of RULE_METAS) expect(readme).toContain(`| [\`${rule.id}\`](docs/rules/${rule.id}.md) | ${rule.defaultSeverity} |`);
  });

  it('docs/rules/ holds exactly one page per rule and the index, each as the rules make it (npm run docs)', () => {
    const pages = rulePages(RULE_METAS);
    expect(readdirSync(join(ROOT, 'docs/rules')).sort()).toEqual([...pages.keys()].sort());
    for (const [name, text] of pages) expect(readFileSync(join(ROOT, 'docs/rules', name), 'utf8'), name).toBe(text);
  });

  it('notices a stale table', () => {
    const stale = readme.replace('| [`schema`](docs/rules/schema.md) | error |', '| [`schema`](docs/rules/schema.md) | warn |');
    expect(stale).not.toBe(readme);
    expect(spliceReadme(stale, RULE_METAS)).toBe(readme);
  });

  it('every relative link in the README and docs/ leads to a file', () => {
    const files = [
      join(ROOT, 'README.md'),
      ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.md'))
        .map((f) => join(ROOT, 'docs', f)),
    ];
    for (const file of files) {
      for (const [, target] of readFileSync(file, 'utf8').matchAll(/\]\(((?!https?:|#)[^)\s#]+)(?:#[^)]*)?\)/g)) {
        expect(existsSync(join(dirname(file), target!)), `${file} → ${target}`).toBe(true);
      }
    }
  });
});
