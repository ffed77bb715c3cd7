import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

describe('owner-known', () => {
  it('accepts cio, cmo, joint and other executive keys everywhere', () => {
    const body =
      'blurredAreas:\n  - id: a\n    name: A\n    owner: coo\n    claims: { cio: joint, cmo: coo }\ninvestments:\n  - id: i\n    name: I\n    owners: [cio, cmo, coo]\n';
    expect(findingsOf('owner-known', body)).toEqual([]);
  });

  it('fails on an unknown owner with a suggestion', () => {
    const [f] = findingsOf('owner-known', 'blurredAreas:\n  - id: a\n    name: A\n    owner: cmoo\n');
    expect(f).toMatchObject({ line: 4, column: 12, severity: 'error', target: 'a' });
    expect(f!.message).toBe('owner `cmoo` is not `joint` or a key of executives (cio, cmo or coo); did you mean `cmo`?');
  });

  it('fails on an unknown claim value and an unknown claimant', () => {
    const found = findingsOf('owner-known', 'blurredAreas:\n  - id: a\n    name: A\n    owner: cio\n    claims: { cio: cfo, cxo: cio }\n');
    expect(found).toMatchObject([
      { line: 5, column: 20, message: expect.stringContaining("cio's claim `cfo`") },
      { line: 5, column: 25, message: expect.stringContaining('claimant `cxo`') },
    ]);
  });

  it('fails on an unknown investment owner, at the list item', () => {
    expect(findingsOf('owner-known', 'investments:\n  - id: i\n    name: I\n    owners:\n      - cio\n      - marketing\n')).toMatchObject([
      { line: 6, column: 9, path: 'investments[0].owners[1]', target: 'i' },
    ]);
  });

  it('leaves placeholders to blurred-area-owner', () => {
    expect(findingsOf('owner-known', 'blurredAreas:\n  - id: a\n    name: A\n    owner: tbd\n')).toEqual([]);
  });
});
