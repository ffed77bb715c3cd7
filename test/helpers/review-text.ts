/**
 * Small review documents for rule tests. `doc(body)` puts `body` after a valid header; findings
 * from `findingsOf` carry lines relative to the body (line 1 is the body's first line), so a test
 * reads like the YAML it checks.
 */
import { checkFile, type CheckOptions } from '../../src/core/check.js';
import type { Finding } from '../../src/core/finding.js';
import type { RuleId } from '../../src/core/rule-ids.js';

const SECTION_IDS = ['cio-role', 'cmo-role', 'boundaries', 'digital-investments', 'processes'];

export function sections(ratings = '{ cio: 4, cmo: 4 }'): string {
  return `sections:\n${SECTION_IDS.map((id) => `  - id: ${id}\n    questions:\n      - id: q-${id}\n        text: A statement about ${id}.\n        ratings: ${ratings}\n`).join('')}`;
}

export const CRITERIA = 'successCriteria:\n  cio: [{ id: a, text: A }]\n  cmo: [{ id: b, text: B }]\n  joint: [{ id: c, text: C }]\n';

export function header(options: { sections?: string; criteria?: string } = {}): string {
  return (
    'schemaVersion: 2\norganisation: Test Org\nperiod: 2026\nexecutives:\n  cio: { name: C I O }\n  cmo: { name: C M O }\n  coo: { name: C O O }\n' +
    (options.sections ?? sections()) +
    (options.criteria ?? CRITERIA)
  );
}

export function doc(body: string, options: { sections?: string; criteria?: string } = {}): { text: string; offset: number } {
  const head = header(options);
  return { text: head + body, offset: head.split('\n').length - 1 };
}

export const TODAY = '2026-06-01';

export function options(extra: Partial<CheckOptions> = {}): CheckOptions {
  return { severities: {}, today: TODAY, gapThreshold: 2, ...extra };
}

/** Findings of `rule` for `body`, with lines relative to the body (absolute with `absolute: true`). */
export function findingsOf(
  rule: RuleId,
  body: string,
  extra: Partial<CheckOptions> & { sections?: string; criteria?: string; absolute?: boolean } = {},
): Pick<Finding, 'line' | 'column' | 'message' | 'severity' | 'path' | 'target'>[] {
  const { sections: s, criteria, absolute, ...rest } = extra;
  const { text, offset: bodyOffset } = doc(body, { sections: s, criteria });
  const offset = absolute ? 0 : bodyOffset;
  return checkFile('t.yaml', new TextEncoder().encode(text), options(rest))
    .filter((f) => f.rule === rule)
    .map((f) => ({
      line: f.line - offset,
      column: f.column,
      message: f.message,
      severity: f.severity,
      path: f.path,
      ...(f.target !== undefined ? { target: f.target } : {}),
    }));
}

/** All findings for a whole document, absolute lines. */
export function checkText(text: string, extra: Partial<CheckOptions> = {}): Finding[] {
  return checkFile('t.yaml', new TextEncoder().encode(text), options(extra));
}
