import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

describe('board-reporting', () => {
  it.each(['monthly', 'quarterly', 'annually'])('accepts %s', (cadence) => {
    expect(
      findingsOf('board-reporting', `blurredAreas:\n  - id: a\n    name: A\n    owner: cio\n    boardReporting: ${cadence}\n`),
    ).toEqual([]);
  });

  it('warns on none, at the value', () => {
    expect(
      findingsOf('board-reporting', 'blurredAreas:\n  - id: a\n    name: A\n    owner: cio\n    boardReporting: none\n'),
    ).toMatchObject([{ line: 5, column: 21, severity: 'warn', message: '"A" is not reported to the board (boardReporting: none)' }]);
  });

  it('warns when absent, at the area', () => {
    expect(findingsOf('board-reporting', 'blurredAreas:\n  - id: a\n    name: A\n    owner: cio\n')).toMatchObject([
      { line: 2, column: 5, target: 'a' },
    ]);
  });
});
