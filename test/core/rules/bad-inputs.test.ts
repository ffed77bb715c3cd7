/**
 * Bad version 2 inputs a CEO could write, each of which must come back as one located finding
 * (exact line and column), never a crash and never silence.
 */
import { describe, expect, it } from 'vitest';
import { checkText, doc, findingsOf } from '../../helpers/review-text.js';

const action = (fields: string) => `actions:\n  - id: fast-track\n${fields}`;
const TITLE = '    title: Run two requests through the fast track\n';

describe('bad version 2 inputs get a located finding', () => {
  it('an action owned by tbd', () => {
    expect(findingsOf('action-owner', action(`${TITLE}    owner: tbd\n`))).toMatchObject([
      {
        line: 4,
        column: 12,
        severity: 'error',
        path: 'actions[0].owner',
        target: 'fast-track',
        message: expect.stringContaining('placeholder `tbd`'),
      },
    ]);
  });

  it('a for naming nothing', () => {
    expect(findingsOf('reference-known', action(`${TITLE}    owner: cio\n    for: [area:nowhere]\n`))).toEqual([
      {
        line: 5,
        column: 11,
        severity: 'error',
        message:
          'action "Run two requests through the fast track" is for `area:nowhere`, which names nothing in this file: there is no blurred area `nowhere`',
        path: 'actions[0].for[0]',
        target: 'fast-track',
      },
    ]);
  });

  it('a due date of 2026-02-30', () => {
    expect(findingsOf('schema', action(`${TITLE}    owner: cio\n    due: 2026-02-30\n`))).toEqual([
      {
        line: 5,
        column: 10,
        severity: 'error',
        message: '`due` is not a real calendar date, not the text `2026-02-30`',
        path: 'actions[0].due',
      },
    ]);
  });

  it('a 300-character action title', () => {
    const title = 'x'.repeat(300);
    // The limit's own words ("200 characters") are validate.ts's to keep; here, where and which limit.
    expect(findingsOf('schema', action(`    title: ${title}\n    owner: cio\n`))).toEqual([
      {
        line: 3,
        column: 12,
        severity: 'error',
        message: expect.stringMatching(/^`title` must be at most 200\b/),
        path: 'actions[0].title',
      },
    ]);
  });

  it('a waiver approved two years before it expires', () => {
    const body =
      'blurredAreas:\n  - { id: seo, name: SEO, owner: cmo, boardReporting: none }\n' +
      'waivers:\n  - { rule: board-reporting, target: seo, reason: Later., approvedBy: Dana, approved: 2024-09-30, expires: 2026-09-30 }\n';
    expect(findingsOf('waiver-too-long', body)).toEqual([
      {
        line: 4,
        column: 108,
        severity: 'error',
        message:
          'the waiver of board-reporting for `seo` runs 730 days, from 2024-09-30 to 2026-09-30; a waiver may last at most 366 days: approve it again for a shorter term',
        path: 'waivers[0].expires',
        target: 'seo',
      },
    ]);
  });

  it('an action whose owner is an executive named "Nobody yet"', () => {
    const { text, offset } = doc(action(`${TITLE}    owner: coo\n`));
    const found = checkText(text.replace('coo: { name: C O O }', 'coo: { name: Nobody yet }')).filter((f) => f.rule === 'action-owner');
    expect(found).toMatchObject([
      {
        line: offset + 4,
        column: 12,
        severity: 'error',
        path: 'actions[0].owner',
        target: 'fast-track',
        message: expect.stringContaining('("Nobody yet") says nobody holds the post'),
      },
    ]);
  });
});
