import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

const body = (expires: string) =>
  `blurredAreas:\n  - id: seo\n    name: SEO\n    owner: cmo\n    boardReporting: none\nwaivers:\n  - rule: board-reporting\n    target: seo\n    reason: In the marketing pack until Q3.\n    approvedBy: Dana\n    approved: 2026-01-15\n    expires: ${expires}\n`;

describe('waiver-expired', () => {
  it('accepts a waiver that ends today or later, and it silences its rule for its target', () => {
    expect(findingsOf('waiver-expired', body('2026-06-01'))).toEqual([]);
    expect(findingsOf('board-reporting', body('2026-06-01'))).toEqual([]);
  });

  it('fails on a lapsed waiver at its date, and the waived finding comes back', () => {
    expect(findingsOf('waiver-expired', body('2026-05-31'))).toMatchObject([
      { line: 12, column: 14, severity: 'error', target: 'seo', message: expect.stringContaining('expired on 2026-05-31') },
    ]);
    expect(findingsOf('board-reporting', body('2026-05-31'))).toHaveLength(1);
  });

  it('silences nothing while it is itself out of order: no approved date, over 366 days, or aimed at the waiver rules', () => {
    expect(findingsOf('board-reporting', body('2026-06-01').replace('    approved: 2026-01-15\n', ''))).toHaveLength(1);
    expect(findingsOf('board-reporting', body('2027-01-17'))).toHaveLength(1);
    expect(findingsOf('board-reporting', body('2027-01-16'))).toEqual([]);
    const selfWaiving = `${body('2026-05-31')}  - rule: waiver-expired\n    target: seo\n    reason: Hide it.\n    approvedBy: Dana\n    approved: 2026-01-15\n    expires: 2026-12-31\n`;
    expect(findingsOf('waiver-expired', selfWaiving)).toHaveLength(1);
  });

  it('silences only the named rule and target', () => {
    const other = body('2027-01-01').replace('rule: board-reporting', 'rule: contested-ownership');
    expect(findingsOf('board-reporting', other)).toHaveLength(1);
  });
});
