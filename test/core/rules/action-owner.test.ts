import { describe, expect, it } from 'vitest';
import { checkText, doc, findingsOf } from '../../helpers/review-text.js';

const action = (owner: string) =>
  `actions:\n  - id: fast-track\n    title: Run two requests through the fast track\n${owner}    due: 2026-06-30\n`;

describe('action-owner', () => {
  it.each([['cio'], ['cmo'], ['joint'], ['coo']])('accepts the owner %s', (owner) => {
    expect(findingsOf('action-owner', action(`    owner: ${owner}\n`))).toEqual([]);
  });

  it('leaves an unknown owner to owner-known', () => {
    expect(findingsOf('action-owner', action('    owner: cfo\n'))).toEqual([]);
    expect(findingsOf('owner-known', action('    owner: cfo\n'))).toMatchObject([
      { line: 4, column: 12, path: 'actions[0].owner', target: 'fast-track' },
    ]);
  });

  it.each([['tbd'], ['TBC'], ['nobody'], ["'?'"]])('fails on the placeholder %s, at the owner', (owner) => {
    expect(findingsOf('action-owner', action(`    owner: ${owner}\n`))).toEqual([
      {
        line: 4,
        column: 12,
        severity: 'error',
        message: `action "Run two requests through the fast track" has only the placeholder \`${owner.replace(/'/g, '')}\` as owner: name who will do it (cio, cmo, joint or another executive)`,
        path: 'actions[0].owner',
        target: 'fast-track',
      },
    ]);
  });

  it('fails on an empty owner, just after its key', () => {
    expect(findingsOf('action-owner', action('    owner:\n'))).toEqual([
      {
        line: 4,
        column: 11,
        severity: 'error',
        message:
          'action "Run two requests through the fast track" has no owner: name who will do it (cio, cmo, joint or another executive)',
        path: 'actions[0].owner',
        target: 'fast-track',
      },
    ]);
  });

  it('fails on a missing owner, at the action', () => {
    expect(findingsOf('action-owner', action(''))).toEqual([
      {
        line: 2,
        column: 5,
        severity: 'error',
        message:
          'action "Run two requests through the fast track" has no owner: name who will do it (cio, cmo, joint or another executive)',
        path: 'actions[0]',
        target: 'fast-track',
      },
    ]);
  });

  it('fails on an executive whose name says the post is empty ("Nobody yet"), at the owner', () => {
    const { text, offset } = doc(action('    owner: coo\n'));
    const found = checkText(text.replace('coo: { name: C O O }', 'coo: { name: Nobody yet }')).filter((f) => f.rule === 'action-owner');
    expect(
      found.map((f) => ({
        line: f.line - offset,
        column: f.column,
        severity: f.severity,
        message: f.message,
        path: f.path,
        target: f.target,
      })),
    ).toEqual([
      {
        line: 4,
        column: 12,
        severity: 'error',
        message:
          'action "Run two requests through the fast track" is owned by `coo`, whose name in executives ("Nobody yet") says nobody holds the post: name who will do it (cio, cmo, joint or another executive)',
        path: 'actions[0].owner',
        target: 'fast-track',
      },
    ]);
  });
});
