import { describe, expect, it } from 'vitest';
import { findingsOf, sections } from '../../helpers/review-text.js';

describe('min-score', () => {
  it('is off unless --min is given', () => {
    expect(findingsOf('min-score', '', { sections: sections('{ cio: 5, cmo: 1 }') })).toEqual([]);
  });

  it('accepts a measure at its minimum', () => {
    // Gaps of 1 everywhere: mean gap 1, consensus 100 × (1 − 1 / 1.6) = 37.5; maturity 3.5.
    expect(findingsOf('min-score', '', { sections: sections('{ cio: 4, cmo: 3 }'), minimums: { consensus: 37.5, maturity: 3.5 } })).toEqual(
      [],
    );
  });

  it('fails each measure below its minimum, pointing at schemaVersion', () => {
    expect(
      findingsOf('min-score', '', { sections: sections('{ cio: 4, cmo: 3 }'), minimums: { consensus: 40, maturity: 3.6 }, absolute: true }),
    ).toEqual([
      { line: 1, column: 1, severity: 'error', message: 'maturity is 3.5 (1–5), below the required 3.6', path: 'schemaVersion' },
      { line: 1, column: 1, severity: 'error', message: 'consensus is 37.5 (0–100), below the required 40', path: 'schemaVersion' },
    ]);
  });

  it('fails a measure with nothing to score', () => {
    // No blurred area and no investment: ownership has nothing to score.
    expect(findingsOf('min-score', '', { minimums: { ownership: 0 } }).map((f) => f.message)).toEqual([
      'ownership has nothing to score (there is no blurred area and no investment to score), so it cannot meet the required 0',
    ]);
    expect(findingsOf('min-score', '', { sections: sections('{ cio: 4 }'), minimums: { maturity: 1 } }).map((f) => f.message)).toEqual([
      'maturity has nothing to score (no statement is rated by both the CIO and the CMO), so it cannot meet the required 1',
    ]);
  });
});
