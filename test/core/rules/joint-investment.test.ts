import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

describe('joint-investment', () => {
  it('accepts an investment owned by both', () => {
    expect(findingsOf('joint-investment', 'investments:\n  - id: crm\n    name: CRM\n    owners: [cmo, cio, coo]\n')).toEqual([]);
  });

  it('warns at the owners, naming who is missing', () => {
    expect(findingsOf('joint-investment', 'investments:\n  - id: crm\n    name: CRM\n    owners: [cio]\n')).toMatchObject([
      { line: 4, column: 13, severity: 'warn', target: 'crm', message: 'investment "CRM" is not jointly owned: CMO missing from owners' },
    ]);
  });

  it('warns when there are no owners at all', () => {
    expect(findingsOf('joint-investment', 'investments:\n  - id: crm\n    name: CRM\n')[0]!.message).toContain('CIO and CMO missing');
  });
});
