/** The pure trend: period order, persistent disputes, owner changes, actions carried, criteria. */
import { describe, expect, it } from 'vitest';
import { buildTrend, comparePeriods, periodStart, type PeriodSummary } from '../../src/core/trend.js';

function period(p: string, extra: Partial<PeriodSummary> = {}): PeriodSummary {
  return {
    file: `${p}.yaml`,
    organisation: 'Org',
    period: p,
    verdict: 'partnership',
    maturity: 3,
    consensus: 50,
    ownership: 50,
    sections: [],
    disputed: [],
    owners: [],
    actions: [],
    criteria: [],
    ...extra,
  };
}
const action = (id: string, status: 'open' | 'done' | 'dropped', due = '2026-06-30') => ({
  id,
  title: `Action ${id}`,
  owner: 'cio',
  due,
  status,
});

describe('buildTrend', () => {
  it('puts periods in order, numbers compared as numbers', () => {
    const t = buildTrend([period('2027'), period('2025-H2'), period('2025'), period('2026')]);
    expect(t.periods.map((p) => p.period)).toEqual(['2025', '2025-H2', '2026', '2027']);
    expect(comparePeriods('2026-Q10', '2026-Q9')).toBeGreaterThan(0);
  });

  it('lists a statement disputed in two consecutive periods, not one disputed twice with a gap between', () => {
    const d = (key: string) => ({ key, text: key });
    const t = buildTrend([
      period('2024', { disputed: [d('a/x'), d('a/y')] }),
      period('2025', { disputed: [d('a/x')] }),
      period('2026', { disputed: [d('a/y')] }),
    ]);
    expect(t.persistentDisputes).toEqual([{ key: 'a/x', text: 'a/x', periods: ['2024', '2025'] }]);
  });

  it('lists an area whose owner changed twice or more, with its history', () => {
    const o = (owner: string | null) => [{ id: 'seo', name: 'SEO', owner }];
    const t = buildTrend([period('2024', { owners: o('cio') }), period('2025', { owners: o('cmo') }), period('2026', { owners: o(null) })]);
    expect(t.ownerChanges).toEqual([
      {
        id: 'seo',
        name: 'SEO',
        changes: 2,
        history: [
          { period: '2024', owner: 'cio' },
          { period: '2025', owner: 'cmo' },
          { period: '2026', owner: null },
        ],
      },
    ]);
    expect(buildTrend([period('2024', { owners: o('cio') }), period('2025', { owners: o('cmo') })]).ownerChanges).toEqual([]);
  });

  it('tells actions done on time, done late, still open, overdue, dropped and vanished apart', () => {
    const t = buildTrend([
      period('2026', {
        actions: [
          action('on-time', 'open'),
          action('late', 'open'),
          action('open', 'open', '2028-01-31'),
          action('overdue', 'open'),
          action('dropped', 'open'),
          action('vanished', 'open'),
        ],
      }),
      period('2027', {
        actions: [
          action('on-time', 'done'),
          action('late', 'open'),
          action('open', 'open', '2028-01-31'),
          action('overdue', 'open'),
          action('dropped', 'dropped'),
        ],
      }),
      period('2028', { actions: [action('late', 'done'), action('open', 'open', '2028-01-31'), action('overdue', 'open')] }),
    ]);
    const outcome = Object.fromEntries(t.actions.map((a) => [a.id, a.outcome]));
    expect(outcome).toEqual({
      'on-time': 'done-on-time',
      late: 'done-late',
      open: 'open',
      overdue: 'overdue',
      dropped: 'dropped',
      vanished: 'vanished',
    });
    expect(t.actions.find((a) => a.id === 'overdue')!.carried).toBe(2);
    expect(t.actions.find((a) => a.id === 'late')!.history.map((h) => h.status)).toEqual(['open', 'open', 'done']);
  });

  it('counts criteria met, missed, open and dropped per period', () => {
    const t = buildTrend([
      period('2026', {
        criteria: [
          { who: 'cio', id: 'a', status: 'met' },
          { who: 'cmo', id: 'b', status: 'missed' },
          { who: 'joint', id: 'c', status: 'missed' },
        ],
      }),
    ]);
    expect(t.criteria).toEqual([{ period: '2026', met: 1, missed: 2, open: 0, dropped: 0 }]);
  });
});

describe('periodStart', () => {
  it('reads years, halves and quarters, and nothing else', () => {
    expect(periodStart('2026')).toBe('2026-01-01');
    expect(periodStart('2026-H2')).toBe('2026-07-01');
    expect(periodStart('2026-Q4')).toBe('2026-10-01');
    expect(periodStart('spring')).toBeNull();
  });
});
