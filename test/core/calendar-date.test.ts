/** isCalendarDate: the calendar's arithmetic gives what a round trip through Date gives. */
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/core/schema.js';

const byDate = (s: string) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('isCalendarDate', () => {
  it('agrees with Date on every month and day number of years around every leap rule', () => {
    let checked = 0;
    for (const year of [0, 1, 4, 99, 100, 400, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2026, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isCalendarDate(s), s).toBe(byDate(s));
          checked++;
        }
      }
    }
    expect(checked).toBe(17 * 14 * 33);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('1900-02-29')).toBe(false);
  });

  it('leaves other forms to Date', () => {
    for (const s of ['2026-1-1', '2026-01-01T00:00', '', 'tomorrow', '+002026-01-01']) expect(isCalendarDate(s), s).toBe(byDate(s));
  });
});
