/**
 * One organisation over its periods: the figures of `score` per period, and what only a run of
 * years shows (statements that stay disputed, areas whose owner keeps changing, actions carried
 * from year to year, criteria met or missed per year).
 *
 * The command reads one file at a time and keeps only its {@link PeriodSummary} (a few hundred
 * bytes), so a folder of thousands of files is never held in memory.
 */
import { roundedSections, scoredFile, type ScoredFile, type ScoreResult } from './score.js';
import type { Review } from './schema.js';
import { present } from './present.js';

export const TREND_VERSION = 1;

export interface PeriodSummary extends ScoredFile {
  sections: { id: string; title: string; maturity: number | null; consensus: number | null }[];
  /** `section/question` of every disputed statement, with its text. */
  disputed: { key: string; text: string }[];
  /** Each blurred area's recorded owner (null for none). */
  owners: { id: string; name: string; owner: string | null }[];
  actions: { id: string; title: string; owner: string | null; due: string | null; status: 'open' | 'done' | 'dropped' }[];
  criteria: { who: 'cio' | 'cmo' | 'joint'; id: string; status: 'open' | 'met' | 'missed' | 'dropped' }[];
}

/** The few facts of one scored review that a trend needs; the review itself can then be dropped. */
export function summarizePeriod(file: string, review: Review, score: ScoreResult): PeriodSummary {
  const criteria: PeriodSummary['criteria'] = [];
  for (const who of ['cio', 'cmo', 'joint'] as const)
    for (const c of review.successCriteria?.[who] ?? []) criteria.push({ who, id: c.id, status: c.status });
  return {
    ...scoredFile(file, score),
    sections: roundedSections(score),
    disputed: score.sections.flatMap((s) =>
      s.questions.filter((q) => q.class === 'disputed').map((q) => ({ key: `${s.id}/${q.id}`, text: q.text })),
    ),
    owners: score.areas.map((a) => ({ id: a.id, name: a.name, owner: a.owner })),
    actions: review.actions.map((a) => ({
      id: a.id,
      title: a.title,
      owner: a.owner?.trim() || null,
      due: a.due ?? null,
      status: a.status,
    })),
    criteria,
  };
}

/** Period labels in order: `2025` < `2025-H2` < `2026`, numbers compared as numbers. */
export function comparePeriods(a: string, b: string): number {
  // One collator for every comparison: localeCompare with options builds one per call, which made
  // sorting a portfolio's periods a measurable part of `trend` and `benchmark`.
  return (periodCollator ??= new Intl.Collator('en', { numeric: true })).compare(a, b);
}
let periodCollator: Intl.Collator | undefined;

/**
 * The first day a period covers, for judging whether an action was carried past its due date:
 * `2026` → 2026-01-01, `2026-H2` → 2026-07-01, `2026-Q3` → 2026-07-01. A label without a leading
 * year has none, and then no action is judged late by it.
 */
export function periodStart(period: string): string | null {
  const m = /^(\d{4})(?:[-_ ]?(?:([HhSs])([12])|[Qq]([1-4])))?/.exec(period.trim());
  if (!m) return null;
  const month = m[3] ? (Number(m[3]) - 1) * 6 + 1 : m[4] ? (Number(m[4]) - 1) * 3 + 1 : 1;
  return `${m[1]}-${String(month).padStart(2, '0')}-01`;
}

export type ActionOutcome = 'done-on-time' | 'done-late' | 'open' | 'overdue' | 'dropped' | 'vanished';

export interface ActionTrend {
  id: string;
  title: string;
  owner: string | null;
  due: string | null;
  /** The action's status in each period whose file lists it. */
  history: { period: string; status: 'open' | 'done' | 'dropped'; due: string | null }[];
  /**
   * As far as the files can tell (they record a status, not the day it changed): `done-late` when
   * a later period's file still listed it open after its due date, else `done-on-time`; `overdue`
   * when still open past its due date at the start of the latest period; `vanished` when a later
   * file no longer lists it and none marked it done or dropped.
   */
  outcome: ActionOutcome;
  /** Periods it was carried open into, after the one that first listed it. */
  carried: number;
}

export interface StatementRun {
  key: string;
  text: string;
  /** The longest run of consecutive periods in which it was disputed (2 or more). */
  periods: string[];
}

export interface OwnerHistory {
  id: string;
  name: string;
  /** Owner per period that lists the area (null: no owner). */
  history: { period: string; owner: string | null }[];
  changes: number;
}

export interface Trend {
  organisation: string;
  periods: PeriodSummary[];
  persistentDisputes: StatementRun[];
  ownerChanges: OwnerHistory[];
  actions: ActionTrend[];
  criteria: { period: string; met: number; missed: number; open: number; dropped: number }[];
}

/** A statement must be disputed in this many consecutive periods to be called persistent. */
export const MIN_DISPUTED_RUN = 2;
/** An area's owner must change this many times to be listed. */
export const MIN_OWNER_CHANGES = 2;

/**
 * Everything `review trend` shows, from the summaries of one organisation's periods (any order;
 * the caller has refused duplicates and other organisations).
 */
export function buildTrend(summaries: readonly PeriodSummary[]): Trend {
  const periods = [...summaries].sort((a, b) => comparePeriods(a.period, b.period));
  const organisation = periods.at(-1)?.organisation ?? '';

  // Statements disputed in consecutive periods.
  const runs = new Map<string, { text: string; current: string[]; best: string[] }>();
  for (const p of periods) {
    const now = new Set(p.disputed.map((d) => d.key));
    for (const d of p.disputed) {
      const run = runs.get(d.key) ?? { text: d.text, current: [], best: [] };
      run.text = d.text;
      run.current.push(p.period);
      if (run.current.length > run.best.length) run.best = [...run.current];
      runs.set(d.key, run);
    }
    for (const [key, run] of runs) if (!now.has(key)) run.current = [];
  }
  const persistentDisputes = [...runs]
    .filter(([, r]) => r.best.length >= MIN_DISPUTED_RUN)
    .map(([key, r]) => ({ key, text: r.text, periods: r.best }))
    .sort((a, b) => b.periods.length - a.periods.length || a.key.localeCompare(b.key));

  // Areas whose owner changed repeatedly.
  const owners = new Map<string, OwnerHistory>();
  for (const p of periods) {
    for (const a of p.owners) {
      const o = owners.get(a.id) ?? { id: a.id, name: a.name, history: [], changes: 0 };
      const last = o.history.at(-1);
      if (last && last.owner !== a.owner) o.changes++;
      o.name = a.name;
      o.history.push({ period: p.period, owner: a.owner });
      owners.set(a.id, o);
    }
  }
  const ownerChanges = [...owners.values()]
    .filter((o) => o.changes >= MIN_OWNER_CHANGES)
    .sort((a, b) => b.changes - a.changes || a.id.localeCompare(b.id));

  // Actions carried from year to year.
  const latest = periods.at(-1);
  const latestStart = latest ? periodStart(latest.period) : null;
  const actions = new Map<string, ActionTrend & { late: boolean; lastIndex: number }>();
  periods.forEach((p, index) => {
    const start = periodStart(p.period);
    for (const a of p.actions) {
      let t = actions.get(a.id);
      if (!t) {
        t = {
          id: a.id,
          title: a.title,
          owner: a.owner,
          due: a.due,
          history: [],
          outcome: 'open',
          carried: 0,
          late: false,
          lastIndex: index,
        };
        actions.set(a.id, t);
      } else if (a.status === 'open') t.carried++;
      t.title = a.title;
      t.owner = a.owner;
      t.due = a.due ?? t.due;
      t.lastIndex = index;
      // Carried open into a period that began after it was due: whatever happens next, it was late.
      if (t.history.length && a.status === 'open' && a.due && start && a.due < start) t.late = true;
      t.history.push({ period: p.period, status: a.status, due: a.due });
    }
  });
  const actionList: ActionTrend[] = [...actions.values()].map(({ late, lastIndex, ...t }) => {
    const last = present(t.history.at(-1), `the history of action ${t.id}`);
    let outcome: ActionOutcome;
    if (last.status === 'done') outcome = late ? 'done-late' : 'done-on-time';
    else if (last.status === 'dropped') outcome = 'dropped';
    else if (lastIndex < periods.length - 1) outcome = 'vanished';
    else outcome = t.due && latestStart && t.due < latestStart ? 'overdue' : 'open';
    return { ...t, outcome };
  });

  const criteria = periods.map((p) => {
    const counts = { period: p.period, met: 0, missed: 0, open: 0, dropped: 0 };
    for (const c of p.criteria) counts[c.status]++;
    return counts;
  });

  return { organisation, periods, persistentDisputes, ownerChanges, actions: actionList, criteria };
}

export const OUTCOME_TEXT: Record<ActionOutcome, string> = {
  'done-on-time': 'done on time',
  'done-late': 'done late',
  open: 'still open',
  overdue: 'still open, overdue',
  dropped: 'dropped',
  vanished: 'no longer listed (dropped without a word)',
};
