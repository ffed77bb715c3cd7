/** io/context.ts: plain reasons for failed system calls, and today as a calendar says it. */
import { describe, expect, it } from 'vitest';
import { describeSystemError, isoDay } from '../../src/io/context.js';

describe('describeSystemError', () => {
  it.each([
    ['ENOSPC', 'no space left on the device (ENOSPC)'],
    ['EACCES', 'permission denied (EACCES)'],
    ['EROFS', 'the file system is read-only (EROFS)'],
    ['EWHATEVER', 'EWHATEVER'],
  ])('%s reads %j', (code, text) => {
    expect(describeSystemError(Object.assign(new Error('raw'), { code }))).toBe(text);
  });

  it('falls back to the message, or the value', () => {
    expect(describeSystemError(new Error('it broke'))).toBe('it broke');
    expect(describeSystemError('odd')).toBe('odd');
  });
});

describe('isoDay', () => {
  it('writes the local calendar day, zero-padded', () => {
    expect(isoDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(isoDay(new Date(2027, 11, 31, 0, 0))).toBe('2027-12-31');
  });
});
