/** The rules' registry, their ids (rule-ids.ts) and their files describe the same rules, each fully. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../src/core/rule-ids.js';
import { RULE_METAS, RULES } from '../../../src/core/rules/index.js';
import { ROOT } from '../../helpers/cli.js';

describe('the rule registry', () => {
  it('holds exactly the ids of rule-ids.ts (written from it), each once, and one file per rule named by its id', () => {
    const ids = RULE_METAS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    // rule-ids.ts is written from the registry by `npm run docs`, in its order.
    expect(ids, 'src/core/rule-ids.ts is stale: run npm run docs').toEqual([...RULE_IDS]);
    const files = readdirSync(join(ROOT, 'src/core/rules'))
      .filter((f) => !['index.ts', 'meta.ts'].includes(f))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...RULE_IDS].sort());
    expect(RULES.every((r) => typeof r.check === 'function')).toBe(true);
  });

  it.each(RULE_METAS.map((r) => [r.id, r] as const))(
    '%s is described in full: one-line description, rationale, remedy, a YAML example that parses',
    (_id, rule) => {
      expect(rule.description).not.toMatch(/\n/);
      for (const text of [rule.description, rule.rationale, rule.remedy]) expect(text.trim().length).toBeGreaterThan(30);
      expect(rule.rationale).not.toBe(rule.description);
      if (rule.example !== undefined) expect(() => parse(rule.example!)).not.toThrow();
    },
  );
});
