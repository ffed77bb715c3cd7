import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

const area = (owner: string) => `blurredAreas:\n  - id: social\n    name: Social media\n${owner}    boardReporting: quarterly\n`;

describe('blurred-area-owner', () => {
  it.each([['cio'], ['cmo'], ['joint'], ['coo']])('accepts the owner %s', (owner) => {
    expect(findingsOf('blurred-area-owner', area(`    owner: ${owner}\n    process: Weekly triage.\n`))).toEqual([]);
  });

  it.each([['tbd'], ['TBD'], ['unknown'], ['none'], ['unassigned'], ["'?'"], ['" "']])(
    'fails on the placeholder %s, at the owner value',
    (owner) => {
      expect(findingsOf('blurred-area-owner', area(`    owner: ${owner}\n`))).toMatchObject([
        { line: 4, column: 12, severity: 'error', path: 'blurredAreas[0].owner', target: 'social' },
      ]);
    },
  );

  it('fails on an empty owner, pointing just after the key', () => {
    const [f] = findingsOf('blurred-area-owner', area('    owner:\n'));
    expect(f).toMatchObject({ line: 4, column: 11, path: 'blurredAreas[0].owner' });
    expect(f!.message).toBe('blurred area "Social media" has no owner: name who is accountable (cio, cmo, joint or another executive)');
  });

  it('fails on a missing owner, pointing at the area', () => {
    expect(findingsOf('blurred-area-owner', area(''))).toMatchObject([{ line: 2, column: 5, path: 'blurredAreas[0]' }]);
  });

  it('locates an owner inside a flow-style area in a list', () => {
    expect(
      findingsOf('blurred-area-owner', 'blurredAreas:\n  - { id: social, name: Social media, owner: tbd, boardReporting: monthly }\n'),
    ).toMatchObject([{ line: 2, column: 46, path: 'blurredAreas[0].owner' }]);
  });

  it('names the placeholder in the message', () => {
    expect(findingsOf('blurred-area-owner', area('    owner: tbd\n'))[0]!.message).toContain('placeholder `tbd`');
  });
});
