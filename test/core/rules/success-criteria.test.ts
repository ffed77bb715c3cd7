import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

describe('success-criteria', () => {
  it('accepts criteria for the CIO, the CMO and both', () => {
    expect(findingsOf('success-criteria', '')).toEqual([]);
  });

  it('warns for each missing or empty list, at the list', () => {
    const found = findingsOf('success-criteria', '', {
      criteria: 'successCriteria:\n  cio: [{ id: uptime, text: Uptime }]\n  cmo: []\n',
      absolute: true,
    });
    // The missing list points at the mapping that lacks it, the empty one at the list itself.
    expect(found.map((f) => [f.target, f.line, f.column])).toEqual([
      ['joint', 35, 3],
      ['cmo', 36, 8],
    ]);
    expect(found[1]!.message).toBe('no success criterion for the CMO (successCriteria.cmo)');
  });

  it('warns three times when the block is missing', () => {
    expect(findingsOf('success-criteria', '', { criteria: '' })).toHaveLength(3);
  });
});
