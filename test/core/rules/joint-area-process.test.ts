import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

describe('joint-area-process', () => {
  it('accepts a joint area with a process, and non-joint areas without one', () => {
    expect(
      findingsOf(
        'joint-area-process',
        'blurredAreas:\n  - id: a\n    name: A\n    owner: joint\n    process: Weekly triage.\n  - id: b\n    name: B\n    owner: cio\n',
      ),
    ).toEqual([]);
  });

  it('warns at the owner when the process is missing', () => {
    expect(findingsOf('joint-area-process', 'blurredAreas:\n  - id: a\n    name: A\n    owner: joint\n')).toMatchObject([
      {
        line: 4,
        column: 12,
        severity: 'warn',
        target: 'a',
        message: '"A" is owned jointly but has no process: say how the CIO and the CMO decide together',
      },
    ]);
  });

  it('warns at the process when it is blank', () => {
    expect(findingsOf('joint-area-process', "blurredAreas:\n  - id: a\n    name: A\n    owner: joint\n    process: '  '\n")).toMatchObject([
      { line: 5, column: 14 },
    ]);
  });
});
