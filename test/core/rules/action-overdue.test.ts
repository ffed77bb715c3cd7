import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

const action = (due: string, status = '') =>
  `actions:\n  - id: fast-track\n    title: Run two requests through the fast track\n    owner: cio\n    due: ${due}\n${status}`;

describe('action-overdue', () => {
  it.each([
    ['open and due later', action('2026-06-30')],
    ['open and due today', action('2026-06-01')],
    ['done after its date', action('2026-03-31', '    status: done\n')],
    ['dropped after its date', action('2026-03-31', '    status: dropped\n')],
    ['open without a date', 'actions:\n  - { id: fast-track, title: Run it, owner: cio }\n'],
  ])('accepts an action %s', (_, body) => {
    expect(findingsOf('action-overdue', body)).toEqual([]);
  });

  it('warns at the due date of an open action past it (open by default)', () => {
    const expected = [
      {
        line: 5,
        column: 10,
        severity: 'warn',
        message:
          'action "Run two requests through the fast track" was due on 2026-05-31 and is still open: mark it done or dropped, or set a new date',
        path: 'actions[0].due',
        target: 'fast-track',
      },
    ];
    expect(findingsOf('action-overdue', action('2026-05-31'))).toEqual(expected);
    expect(findingsOf('action-overdue', action('2026-05-31', '    status: open\n'))).toEqual(expected);
  });

  it('judges the date against --today', () => {
    expect(findingsOf('action-overdue', action('2026-05-31'), { today: '2026-05-01' })).toEqual([]);
  });
});
