import { describe, expect, it } from 'vitest';
import { checkText, doc, findingsOf } from '../../helpers/review-text.js';

const area = (owner: string, claims: string) => `blurredAreas:\n  - id: social\n    name: Social media\n    owner: ${owner}\n${claims}`;

describe('unconfirmed-ownership', () => {
  it.each([
    ['cmo', '    claims: { cio: cmo, cmo: cmo }\n'],
    ['joint', '    claims: { cio: joint, cmo: joint }\n'],
    // A contested claim is firm: contested-ownership reports it, not this rule.
    ['cio', '    claims: { cio: cio, cmo: cmo }\n'],
  ])('accepts owner %s with both claims firm', (owner, claims) => {
    expect(findingsOf('unconfirmed-ownership', area(owner, claims))).toEqual([]);
  });

  it('warns at an unsure claim, naming whose claim and what it says', () => {
    expect(findingsOf('unconfirmed-ownership', area('cmo', '    claims: { cio: cmo, cmo: unsure }\n'))).toEqual([
      {
        line: 5,
        column: 30,
        severity: 'warn',
        message: 'the CMO has not confirmed the owner of "Social media" (claim: unsure)',
        path: 'blurredAreas[0].claims.cmo',
        target: 'social',
      },
    ]);
  });

  it('warns at a placeholder claim and at an empty one', () => {
    expect(findingsOf('unconfirmed-ownership', area('cmo', '    claims:\n      cio: tbd\n      cmo:\n'))).toEqual([
      {
        line: 6,
        column: 12,
        severity: 'warn',
        message: 'the CIO has not confirmed the owner of "Social media" (claim: tbd)',
        path: 'blurredAreas[0].claims.cio',
        target: 'social',
      },
      {
        line: 7,
        column: 11,
        severity: 'warn',
        message: 'the CMO has not confirmed the owner of "Social media" (claim left empty)',
        path: 'blurredAreas[0].claims.cmo',
        target: 'social',
      },
    ]);
  });

  it('warns at the claims when a claim is missing', () => {
    expect(findingsOf('unconfirmed-ownership', area('cmo', '    claims: { cmo: cmo }\n'))).toEqual([
      {
        line: 5,
        column: 13,
        severity: 'warn',
        message: 'the CIO has not confirmed the owner of "Social media" (no claim)',
        path: 'blurredAreas[0].claims',
        target: 'social',
      },
    ]);
  });

  it('warns at the area, once for each side, when there are no claims at all', () => {
    expect(findingsOf('unconfirmed-ownership', area('cmo', ''))).toEqual([
      {
        line: 2,
        column: 5,
        severity: 'warn',
        message: 'the CIO has not confirmed the owner of "Social media" (no claim)',
        path: 'blurredAreas[0]',
        target: 'social',
      },
      {
        line: 2,
        column: 5,
        severity: 'warn',
        message: 'the CMO has not confirmed the owner of "Social media" (no claim)',
        path: 'blurredAreas[0]',
        target: 'social',
      },
    ]);
  });

  it('says nothing for an area without an owner, which blurred-area-owner reports', () => {
    expect(findingsOf('unconfirmed-ownership', area('tbd', '    claims: { cio: unsure }\n'))).toEqual([]);
  });

  it('counts an executive whose name is a placeholder as no owner', () => {
    const { text } = doc(area('coo', '    claims: { cio: unsure }\n'));
    const named = (name: string) =>
      checkText(text.replace('coo: { name: C O O }', `coo: { name: ${name} }`)).filter((f) => f.rule === 'unconfirmed-ownership');
    expect(named('Nobody yet')).toEqual([]);
    expect(named('Lee Chen')).toHaveLength(2);
  });
});
