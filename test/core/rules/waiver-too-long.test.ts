import { describe, expect, it } from 'vitest';
import { checkText, doc, findingsOf } from '../../helpers/review-text.js';

const body = (approved: string, expires: string) =>
  'blurredAreas:\n  - id: seo\n    name: SEO\n    owner: cmo\n    boardReporting: none\n' +
  `waivers:\n  - rule: board-reporting\n    target: seo\n    reason: In the marketing pack until Q3.\n    approvedBy: Dana\n${approved}    expires: ${expires}\n`;

describe('waiver-too-long', () => {
  it.each([
    ['a few months', '2026-01-15', '2026-09-30'],
    ['exactly 366 days', '2026-01-01', '2027-01-02'],
    ['one day', '2026-09-30', '2026-09-30'],
  ])('accepts a waiver that lasts %s', (_, approved, expires) => {
    expect(findingsOf('waiver-too-long', body(`    approved: ${approved}\n`, expires))).toEqual([]);
  });

  it('fails on a waiver approved two years before it expires, at its expiry', () => {
    expect(findingsOf('waiver-too-long', body('    approved: 2025-01-15\n', '2027-01-15'))).toEqual([
      {
        line: 12,
        column: 14,
        severity: 'error',
        message:
          'the waiver of board-reporting for `seo` runs 730 days, from 2025-01-15 to 2027-01-15; a waiver may last at most 366 days: approve it again for a shorter term',
        path: 'waivers[0].expires',
        target: 'seo',
      },
    ]);
  });

  it('fails on 367 days', () => {
    expect(findingsOf('waiver-too-long', body('    approved: 2026-01-01\n', '2027-01-03'))[0]!.message).toContain('runs 367 days');
  });

  it('fails on a waiver that expires before it was approved', () => {
    expect(findingsOf('waiver-too-long', body('    approved: 2026-03-01\n', '2026-02-28'))).toEqual([
      {
        line: 12,
        column: 14,
        severity: 'error',
        message: 'the waiver of board-reporting for `seo` expires on 2026-02-28, before it was approved on 2026-03-01: check both dates',
        path: 'waivers[0].expires',
        target: 'seo',
      },
    ]);
  });

  it('fails on a waiver without an approved date, at the waiver', () => {
    expect(findingsOf('waiver-too-long', body('', '2026-09-30'))).toEqual([
      {
        line: 7,
        column: 5,
        severity: 'error',
        message: 'the waiver of board-reporting for `seo` has no approved date: say when it was accepted',
        path: 'waivers[0]',
        target: 'seo',
      },
    ]);
  });

  it('leaves a version 1 file to waiver-expired: migrate never invents the date', () => {
    const v1 = doc(body('', '2026-09-30')).text.replace('schemaVersion: 2', 'schemaVersion: 1');
    const found = checkText(v1);
    expect(found.filter((f) => f.rule === 'schema')).toEqual([]);
    expect(found.filter((f) => f.rule === 'waiver-too-long')).toEqual([]);
    // The waiver is still live for its rule.
    expect(found.filter((f) => f.rule === 'board-reporting')).toEqual([]);
  });
});
