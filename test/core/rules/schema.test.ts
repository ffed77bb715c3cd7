import { describe, expect, it } from 'vitest';
import { checkText, doc, findingsOf } from '../../helpers/review-text.js';

describe('schema', () => {
  it('accepts a valid review', () => {
    expect(checkText(doc('').text).filter((f) => f.rule === 'schema')).toEqual([]);
  });

  it('reports a missing required field at the mapping that lacks it', () => {
    expect(findingsOf('schema', 'blurredAreas:\n  - id: a\n    owner: cio\n')).toMatchObject([
      { line: 2, column: 5, message: 'missing required field `name`', path: 'blurredAreas[0].name' },
    ]);
  });

  it('reports an unknown key at the key, with the nearest known key', () => {
    expect(findingsOf('schema', 'blurredAreas:\n  - id: a\n    name: A\n    owner: cio\n    boardReportng: monthly\n')).toMatchObject([
      { line: 5, column: 5, message: 'unknown key `boardReportng`; did you mean `boardReporting`?', path: 'blurredAreas[0].boardReportng' },
    ]);
  });

  it('still runs the other rules when the only problem is a typo', () => {
    const all = checkText(doc('blurredAreas:\n  - id: a\n    name: A\n    ownr: cio\n').text);
    expect(all.map((f) => f.rule)).toEqual(expect.arrayContaining(['schema', 'blurred-area-owner']));
  });

  it('reports a bad enum value with a suggestion', () => {
    expect(findingsOf('schema', 'blurredAreas:\n  - id: a\n    name: A\n    owner: cio\n    boardReporting: quartely\n')[0]!.message).toBe(
      '`boardReporting` must be one of `none`, `monthly`, `quarterly` or `annually`, not the text `quartely`; did you mean `quarterly`?',
    );
  });

  it('reports an out-of-range rating at the value', () => {
    const found = findingsOf('schema', '', {
      sections: 'sections:\n  - id: cio-role\n    questions:\n      - id: q\n        text: T\n        ratings: { cio: 7, cmo: 3 }\n',
      absolute: true,
    });
    expect(found).toMatchObject([
      { line: 13, column: 25, message: '`cio` must be at most 5, not `7`', path: 'sections[0].questions[0].ratings.cio' },
    ]);
  });

  it('reports duplicate ids at the second one', () => {
    expect(
      findingsOf('schema', 'blurredAreas:\n  - id: a\n    name: A\n    owner: cio\n  - id: a\n    name: B\n    owner: cmo\n'),
    ).toMatchObject([{ line: 5, column: 9, message: expect.stringContaining('duplicate blurred area id `a`'), target: 'a' }]);
  });

  it('reports a waiver aimed at nothing', () => {
    const body =
      'waivers:\n  - rule: board-reporting\n    target: seo-paid-serch\n    reason: R\n    approvedBy: D\n    expires: 2027-01-01\n';
    expect(findingsOf('schema', body)).toMatchObject([{ line: 3, column: 13, message: expect.stringContaining('matches no area') }]);
  });

  it('refuses a newer schemaVersion with a clear message', () => {
    const found = checkText('schemaVersion: 3\norganisation: X\n');
    expect(found).toMatchObject([
      { rule: 'schema', line: 1, column: 16, message: expect.stringContaining('newer than this version of review understands') },
    ]);
  });

  it('refuses a non-kebab id and a bad date', () => {
    const body =
      'blurredAreas:\n  - id: Social Media\n    name: A\n    owner: cio\nwaivers:\n  - rule: board-reporting\n    target: cio\n    reason: R\n    approvedBy: D\n    expires: 2026-02-30\n';
    const found = findingsOf('schema', body);
    expect(found.map((f) => [f.line, f.column])).toEqual([
      [2, 9],
      [10, 14],
    ]);
    expect(found[0]!.message).toContain('kebab-case');
    expect(found[1]!.message).toContain('not a real calendar date');
  });
});
