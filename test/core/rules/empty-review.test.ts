import { describe, expect, it } from 'vitest';
import { checkText, findingsOf, sections } from '../../helpers/review-text.js';

const AREA =
  'blurredAreas:\n  - id: seo\n    name: SEO\n    owner: cmo\n    claims: { cio: cmo, cmo: cmo }\n    boardReporting: quarterly\n';

describe('empty-review', () => {
  it('passes a review with a statement rated by both and a blurred area', () => {
    expect(findingsOf('empty-review', AREA)).toEqual([]);
  });

  it('fails when no statement is rated 1–5 by both, at the sections key', () => {
    expect(findingsOf('empty-review', AREA, { sections: sections('{ cio: 4, ceo: 3 }'), absolute: true })).toEqual([
      {
        line: 8,
        column: 1,
        severity: 'error',
        message: 'no statement is rated 1–5 by both the CIO and the CMO: there is nothing to score',
        path: 'sections',
      },
    ]);
  });

  it('fails an empty review, even with a minimum score, and errors by default', () => {
    const text =
      'schemaVersion: 1\norganisation: X\nperiod: 2026\nexecutives:\n  cio: { name: A }\n  cmo: { name: B }\nsections: []\nblurredAreas: []\n';
    const found = checkText(text, { minimums: { maturity: 1 } }).filter((f) => f.rule === 'empty-review' || f.rule === 'min-score');
    expect(found.map((f) => [f.rule, f.severity, f.line, f.column])).toEqual([
      ['min-score', 'error', 1, 1],
      ['empty-review', 'error', 7, 1],
      ['empty-review', 'error', 8, 1],
    ]);
  });
});
