import { describe, expect, it } from 'vitest';
import { findingsOf, sections } from '../../helpers/review-text.js';

describe('max-gap', () => {
  it('is off unless --max-gap is given', () => {
    expect(findingsOf('max-gap', '', { sections: sections('{ cio: 5, cmo: 1 }') })).toEqual([]);
  });

  it('accepts gaps up to the limit', () => {
    expect(findingsOf('max-gap', '', { sections: sections('{ cio: 4, cmo: 2 }'), maxGap: 2 })).toEqual([]);
  });

  it('fails on each question past the limit, at its ratings', () => {
    const found = findingsOf('max-gap', '', { sections: sections('{ cio: 5, cmo: 2 }'), maxGap: 2, absolute: true });
    expect(found).toHaveLength(5);
    expect(found[0]).toMatchObject({
      line: 13,
      column: 18,
      severity: 'error',
      message: 'the CIO (5) and the CMO (2) are 3 apart on `q-cio-role`, more than the allowed 2',
    });
  });
});
