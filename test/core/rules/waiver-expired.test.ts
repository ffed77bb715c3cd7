import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

const body = (expires: string) =>
  `blurredAreas:\n  - id: seo\n    name: SEO\n    owner: cmo\n    boardReporting: none\nwaivers:\n  - rule: board-reporting\n    target: seo\n    reason: In the marketing pack until Q3.\n    approvedBy: Dana\n    expires: ${expires}\n`;

describe('waiver-expired', () => {
  it('accepts a waiver that ends today or later, and it silences its rule for its target', () => {
    expect(findingsOf('waiver-expired', body('2026-06-01'))).toEqual([]);
    expect(findingsOf('board-reporting', body('2026-06-01'))).toEqual([]);
  });

  it('fails on a lapsed waiver at its date, and the waived finding comes back', () => {
    expect(findingsOf('waiver-expired', body('2026-05-31'))).toMatchObject([
      { line: 11, column: 14, severity: 'error', target: 'seo', message: expect.stringContaining('expired on 2026-05-31') },
    ]);
    expect(findingsOf('board-reporting', body('2026-05-31'))).toHaveLength(1);
  });

  it('silences only the named rule and target', () => {
    const other = body('2027-01-01').replace('rule: board-reporting', 'rule: contested-ownership');
    expect(findingsOf('board-reporting', other)).toHaveLength(1);
  });
});
