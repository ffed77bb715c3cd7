import { describe, expect, it } from 'vitest';
import { findingsOf, sections } from '../../helpers/review-text.js';

describe('min-score', () => {
  it('is off unless --min-score is given', () => {
    expect(findingsOf('min-score', '', { sections: sections('{ cio: 5, cmo: 1 }') })).toEqual([]);
  });

  it('accepts an index at the limit', () => {
    // Gaps of 1 everywhere: perception 75, the only part scored, so the index is 75.0.
    expect(findingsOf('min-score', '', { sections: sections('{ cio: 4, cmo: 3 }'), minScore: 75 })).toEqual([]);
  });

  it('fails below the limit, pointing at schemaVersion', () => {
    expect(findingsOf('min-score', '', { sections: sections('{ cio: 4, cmo: 3 }'), minScore: 75.1, absolute: true })).toMatchObject([
      { line: 1, column: 1, severity: 'error', message: 'the alignment index is 75.0 (watch), below the required 75.1' },
    ]);
  });
});
