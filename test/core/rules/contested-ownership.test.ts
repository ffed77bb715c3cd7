import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

const area = (owner: string, claims: string) =>
  `blurredAreas:\n  - id: a\n    name: Analytics\n    owner: ${owner}\n    claims: ${claims}\n`;

describe('contested-ownership', () => {
  it.each([
    ['cmo', '{ cio: cmo, cmo: cmo }'],
    ['joint', '{ cio: joint, cmo: joint }'],
    ['cio', '{ cio: cio }'],
    ['cio', '{}'],
  ])('accepts owner %s with claims %s', (owner, claims) => {
    expect(findingsOf('contested-ownership', area(owner, claims))).toEqual([]);
  });

  it('warns when the claims differ, at the claims', () => {
    const [f] = findingsOf('contested-ownership', area('cio', '{ cio: cio, cmo: cmo }'));
    expect(f).toMatchObject({ line: 5, column: 13, severity: 'warn', target: 'a', path: 'blurredAreas[0].claims' });
    expect(f!.message).toBe('ownership of "Analytics" is contested: the CIO says cio, the CMO says cmo, the file records cio');
  });

  it('warns when both claims agree with each other but not with the owner', () => {
    expect(findingsOf('contested-ownership', area('cio', '{ cio: cmo, cmo: cmo }'))).toHaveLength(1);
  });

  it('says nothing for an area without an owner (blurred-area-owner covers it)', () => {
    expect(findingsOf('contested-ownership', area('tbd', '{ cio: cio, cmo: cmo }'))).toEqual([]);
  });
});
