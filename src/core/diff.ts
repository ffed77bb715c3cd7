/**
 * Year-over-year comparison of two reviews, by meaning rather than by line: every section,
 * question, blurred area, investment, criterion, action and executive is matched by id, and each
 * difference is a plain record (dyff style, in diff-types.ts) that every output format renders.
 */
import type {
  ActionDiff,
  AreaDiff,
  Change,
  CriterionDiff,
  DecisionDiff,
  ExecutiveDiff,
  FieldChange,
  GapChange,
  InvestmentDiff,
  QuestionDiff,
  Replacement,
  ReviewDiff,
  SectionDiff,
  SectionFigures,
  Side,
  Who,
} from './diff-types.js';
import { ownerKey } from './owners.js';
import { present } from './present.js';
import type { Investment, Review } from './schema.js';
import type { Succession } from './template.js';
import { findRegressions } from './diff-regressions.js';
import { round1, scoreReview, scoredFile, type ScoreResult } from './score.js';

export type * from './diff-types.js';

const delta = (from: number | null, to: number | null): number | null => (from === null || to === null ? null : round1(to - from));

function side(file: string, score: ScoreResult, template?: string): Side {
  return {
    template: template ?? null,
    ...scoredFile(file, score),
  };
}

/** Items of two lists matched by id: first the old order, then what is new. */
/** One item matched by id: the earlier and the later (either may be missing), then whichever is first and last. */
type Matched<T> = [from: T | undefined, to: T | undefined, first: T, last: T];

function matchById<T extends { id: string }>(from: readonly T[], to: readonly T[]): Matched<T>[] {
  const toById = new Map(to.map((x) => [x.id, x]));
  const fromIds = new Set(from.map((x) => x.id));
  return [
    ...from.map((f): Matched<T> => {
      const t = toById.get(f.id);
      return [f, t, f, t ?? f];
    }),
    ...to.filter((t) => !fromIds.has(t.id)).map((t): Matched<T> => [undefined, t, t, t]),
  ];
}

function gapChange(from: number | null, to: number | null): GapChange {
  if (from === null || to === null || from === to) return from === null && to !== null && to > 0 ? 'opened' : 'unchanged';
  if (to === 0) return 'closed';
  if (from === 0) return 'opened';
  return to < from ? 'narrowed' : 'widened';
}

const text = (v: unknown): string | null => (v === undefined || v === null || v === '' ? null : String(v));

function fieldChanges(pairs: [string, unknown, unknown][]): FieldChange[] {
  return pairs.filter(([, a, b]) => text(a) !== text(b)).map(([field, a, b]) => ({ field, from: text(a), to: text(b) }));
}

function investmentFields(a: Investment | undefined, b: Investment | undefined): FieldChange[] {
  const owners = (i?: Investment) => (i ? [...i.owners].sort().join(', ') : undefined);
  const money = (i?: Investment) => (i?.budget ? `${i.budget.amount} ${i.budget.currency}` : undefined);
  const roi = (i: Investment | undefined, key: string) => (i?.roi as Record<string, unknown> | undefined)?.[key];
  return fieldChanges([
    ['owners', owners(a), owners(b)],
    ['budget', money(a), money(b)],
    ['roi.metric', roi(a, 'metric'), roi(b, 'metric')],
    ['roi.baseline', roi(a, 'baseline'), roi(b, 'baseline')],
    ['roi.target', roi(a, 'target'), roi(b, 'target')],
    ['roi.actual', roi(a, 'actual'), roi(b, 'actual')],
    ['roi.direction', roi(a, 'direction'), roi(b, 'direction')],
    ['roi.due', roi(a, 'due'), roi(b, 'due')],
    ['jointReporting', a?.jointReporting ?? false, b?.jointReporting ?? false],
    ['name', a?.name, b?.name],
  ]);
}

interface CriterionLike {
  id: string;
  text: string;
  status: string | null;
}

function criteriaOf(review: Review, who: Who): CriterionLike[] {
  return (review.successCriteria?.[who] ?? []).map((c) => ({ id: c.id, text: c.text, status: c.status }));
}

interface ActionLike {
  id: string;
  title: string;
  status: string;
  due?: string;
}

function actionsOf(review: Review): ActionLike[] {
  return review.actions.map((a) => ({ id: a.id, title: a.title, status: a.status, ...(a.due ? { due: a.due } : {}) }));
}

/** The last day a review's period covers, for judging last year's actions: 2026 → 2026-12-31. */
function periodEnd(period: string): string | null {
  const year = /^(\d{4})$/.exec(period);
  if (year) return `${year[1]}-12-31`;
  const half = /^(\d{4})-H([12])$/i.exec(period);
  if (half) return half[2] === '1' ? `${half[1]}-06-30` : `${half[1]}-12-31`;
  const quarter = /^(\d{4})-Q([1-4])$/i.exec(period);
  if (quarter) return `${quarter[1]}-${['03-31', '06-30', '09-30', '12-31'][Number(quarter[2]) - 1]}`;
  return null;
}

/** Periods as numbers where they can be ordered: 2026, 2026-H1, 2026-Q3. */
function periodOrder(period: string): number | null {
  const end = periodEnd(period);
  return end ? Number(end.replace(/-/g, '')) : null;
}

const ASKED = (score: ScoreResult) =>
  new Map(score.sections.flatMap((s) => s.questions.map((q) => [q.id, { section: s.id, text: q.text }] as const)));

/**
 * Follows the later template's `replaces` for the statements the earlier year asked and the later
 * one does not: a statement with exactly one successor, asked in the same point and by nothing
 * else of the earlier year, is compared with it; any other is said plainly not to be comparable.
 */
function followReplaces(
  a: ScoreResult,
  b: ScoreResult,
  successions: Record<string, Succession>,
  toTemplate: string | undefined,
): { replaced: Replacement[]; renamed: Map<string, string> } {
  const before = ASKED(a);
  const after = ASKED(b);
  const replaced: Replacement[] = [];
  const renamed = new Map<string, string>();
  const template = toTemplate ?? 'the later template';
  const claimed = new Map<string, number>();
  const relevant = Object.entries(successions).filter(([old]) => before.has(old) && !after.has(old));
  for (const [, { by }] of relevant) for (const next of by) claimed.set(next, (claimed.get(next) ?? 0) + 1);
  for (const [old, { by, note }] of relevant) {
    const { section, text } = present(before.get(old), `the earlier statement ${old}`);
    const asked = by.filter((next) => after.has(next));
    const base = { section, id: old, text, successors: by };
    const because = note ? ` (${note})` : '';
    const next = by.at(0);
    if (next === undefined) {
      replaced.push({ ...base, kind: 'retired', comparable: false, message: `no longer asked${because}; nothing to compare it with` });
    } else if (!asked.length) {
      replaced.push({
        ...base,
        kind: 'not-asked',
        comparable: false,
        message: `asked in ${template} as ${by.join(', ')}, which the later review does not ask; nothing to compare it with`,
      });
    } else if (by.length > 1) {
      replaced.push({
        ...base,
        kind: 'split',
        comparable: false,
        message: `asked ${by.length} things at once; ${template} asks them apart (${by.join(', ')}), so it cannot be compared statement by statement${because}`,
      });
    } else if ((claimed.get(next) ?? 0) > 1 || before.has(next)) {
      replaced.push({
        ...base,
        kind: 'merged',
        comparable: false,
        message: `asked now as ${next}, together with another earlier statement; not comparable one to one`,
      });
    } else if (present(after.get(next), `the later statement ${next}`).section !== section) {
      replaced.push({
        ...base,
        kind: 'moved',
        comparable: false,
        message: `asked now as ${next}, under another point; not comparable statement by statement`,
      });
    } else {
      renamed.set(old, next);
      replaced.push({ ...base, kind: 'reworded', comparable: true, message: `asked now as ${next}${because}; compared as one statement` });
    }
  }
  return { replaced, renamed };
}

export interface DiffOptions {
  gapThreshold: number;
  /**
   * The later review's template `replaces` (retired or split ids → successors), when its template
   * is known; `diff` follows it. Undefined when the template could not be read.
   */
  successions?: Record<string, Succession>;
  /** The later template, as `id@version`, for the words. */
  toTemplate?: string;
  /** YYYY-MM-DD: when an open action counts as overdue if the later review's period has no end date. */
  today?: string;
}

type Figures = ScoreResult['sections'][number];

const figures = (s: Figures | undefined): SectionFigures | null =>
  s ? { n: s.n, maturity: round1(s.maturity), consensus: round1(s.consensus) } : null;

function diffSections(a: ScoreResult, b: ScoreResult): SectionDiff[] {
  return matchById(a.sections, b.sections).map(([x, y, first, last]) => {
    const pf = figures(x);
    const pt = figures(y);
    const maturityDelta = delta(pf?.maturity ?? null, pt?.maturity ?? null);
    const consensusDelta = delta(pf?.consensus ?? null, pt?.consensus ?? null);
    const same = pf && pt && pf.n === pt.n && pf.maturity === pt.maturity && pf.consensus === pt.consensus;
    const change: Change = !x ? 'added' : !y ? 'removed' : same ? 'unchanged' : 'modified';
    return { id: first.id, title: last.title, change, from: pf, to: pt, maturityDelta, consensusDelta };
  });
}

// Grouped by kind of change (good news first), largest movement first within a kind, then file order.
const KIND_ORDER: Record<GapChange, number> = { closed: 0, narrowed: 1, opened: 2, widened: 3, added: 4, removed: 5, unchanged: 6 };
const movement = (q: QuestionDiff) => (q.fromGap === null || q.toGap === null ? -1 : Math.abs(q.toGap - q.fromGap));

function diffQuestions(a: ScoreResult, b: ScoreResult, renamed: Map<string, string>): QuestionDiff[] {
  const questions: QuestionDiff[] = [];
  for (const [x, y, first] of matchById(a.sections, b.sections)) {
    type Scored = Figures['questions'][number] & { previousId?: string };
    const earlier: Scored[] = (x?.questions ?? []).map((q) => {
      const now = renamed.get(q.id);
      return now === undefined ? q : { ...q, id: now, previousId: q.id };
    });
    for (const [qa, qb, firstQ, lastQ] of matchById<Scored>(earlier, y?.questions ?? [])) {
      const change: GapChange = !qa ? 'added' : !qb ? 'removed' : gapChange(qa.gap, qb.gap);
      questions.push({
        section: first.id,
        id: firstQ.id,
        text: lastQ.text,
        change,
        fromGap: qa?.gap ?? null,
        toGap: qb?.gap ?? null,
        fromClass: qa?.class ?? null,
        toClass: qb?.class ?? null,
        from: qa ? { cio: qa.cio, cmo: qa.cmo } : null,
        to: qb ? { cio: qb.cio, cmo: qb.cmo } : null,
        ...(qa?.previousId ? { previousId: qa.previousId } : {}),
      });
    }
  }
  return questions
    .map((q, i) => ({ q, i }))
    .sort((p, q) => KIND_ORDER[p.q.change] - KIND_ORDER[q.q.change] || movement(q.q) - movement(p.q) || p.i - q.i)
    .map(({ q }) => q);
}

type BlurredAreaOf = Review['blurredAreas'][number];

function areaFields(ra: BlurredAreaOf | undefined, rb: BlurredAreaOf | undefined): FieldChange[] {
  return fieldChanges([
    ['claims.cio', ra?.claims?.cio, rb?.claims?.cio],
    ['claims.cmo', ra?.claims?.cmo, rb?.claims?.cmo],
    ['process', ra?.process?.trim(), rb?.process?.trim()],
    ['boardReporting', ra?.boardReporting, rb?.boardReporting],
    ['name', ra?.name, rb?.name],
  ]);
}

function diffAreas(from: Review, to: Review, a: ScoreResult, b: ScoreResult): AreaDiff[] {
  const areasFrom = new Map(from.blurredAreas.map((x) => [x.id, x]));
  const areasTo = new Map(to.blurredAreas.map((x) => [x.id, x]));
  return matchById(a.areas, b.areas).map(([x, y, first, last]) => {
    const id = first.id;
    const ra = areasFrom.get(id);
    const rb = areasTo.get(id);
    const details = x && y ? areaFields(ra, rb) : [];
    const fromOwner = x ? ownerKey(ra?.owner, from) : null;
    const toOwner = y ? ownerKey(rb?.owner, to) : null;
    const change: Change = !x
      ? 'added'
      : !y
        ? 'removed'
        : fromOwner !== toOwner || x.status !== y.status || details.length
          ? 'modified'
          : 'unchanged';
    return { id, name: last.name, change, fromOwner, toOwner, fromStatus: x?.status ?? null, toStatus: y?.status ?? null, details };
  });
}

function diffInvestments(from: Review, to: Review, a: ScoreResult, b: ScoreResult): InvestmentDiff[] {
  const jointnessFrom = new Map(a.investments.map((i) => [i.id, i.jointness]));
  const jointnessTo = new Map(b.investments.map((i) => [i.id, i.jointness]));
  return matchById(from.investments, to.investments).map(([x, y, first, last]) => {
    const changes = x && y ? investmentFields(x, y) : [];
    const id = first.id;
    return {
      id,
      name: last.name,
      change: !x ? 'added' : !y ? 'removed' : changes.length ? 'modified' : 'unchanged',
      fromJointness: x ? present(jointnessFrom.get(id), `the score of investment ${id}`) : null,
      toJointness: y ? present(jointnessTo.get(id), `the score of investment ${id}`) : null,
      changes,
    };
  });
}

function diffExecutives(from: Review, to: Review): ExecutiveDiff[] {
  const execKeys = [...new Set([...Object.keys(from.executives), ...Object.keys(to.executives)])];
  return execKeys.map((key) => {
    const x = from.executives[key];
    const y = to.executives[key];
    const describe = (e?: { name: string; title?: string }) => (e ? `${e.name}${e.title ? ` (${e.title})` : ''}` : null);
    return {
      key,
      change: !x ? 'added' : !y ? 'removed' : describe(x) !== describe(y) ? 'modified' : 'unchanged',
      from: describe(x),
      to: describe(y),
    };
  });
}

function diffCriteria(from: Review, to: Review): CriterionDiff[] {
  return (['cio', 'cmo', 'joint'] as const).flatMap((who) =>
    matchById(criteriaOf(from, who), criteriaOf(to, who)).map(([x, y, first, last]) => ({
      who,
      id: first.id,
      text: last.text,
      change: (!x ? 'added' : !y ? 'removed' : x.status !== y.status || x.text !== y.text ? 'modified' : 'unchanged') as Change,
      fromStatus: x?.status ?? null,
      toStatus: y?.status ?? null,
    })),
  );
}

function diffActions(from: Review, to: Review, period: string, today: string | undefined): ActionDiff[] {
  // Judged as the later review stands: at the end of its period, or today if that is earlier.
  const end = periodEnd(period);
  const judgeDay = end && today ? (today < end ? today : end) : (end ?? today ?? null);
  return matchById(actionsOf(from), actionsOf(to)).map(([x, y, , last]) => ({
    id: last.id,
    title: last.title,
    change: !x ? 'added' : !y ? 'removed' : x.status !== y.status || x.title !== y.title || x.due !== y.due ? 'modified' : 'unchanged',
    fromStatus: x?.status ?? null,
    toStatus: y?.status ?? null,
    due: last.due ?? null,
    overdue: last.status === 'open' && last.due !== undefined && judgeDay !== null && last.due < judgeDay,
  }));
}

function diffDecisions(from: Review, to: Review): DecisionDiff[] {
  return matchById(from.decisions ?? [], to.decisions ?? []).map(([x, y, , last]) => ({
    id: last.id,
    ask: last.ask,
    change: !x ? 'added' : !y ? 'removed' : x.outcome !== y.outcome || x.ask !== y.ask || x.by !== y.by ? 'modified' : 'unchanged',
    fromOutcome: x?.outcome ?? null,
    toOutcome: y?.outcome ?? null,
  }));
}

function diffWarnings(from: Review, to: Review, a: ScoreResult, b: ScoreResult, successions: DiffOptions['successions']): string[] {
  const warnings: string[] = [];
  if (a.organisation.trim().toLowerCase() !== b.organisation.trim().toLowerCase()) {
    warnings.push(
      `these reviews are of two organisations ("${a.organisation}" and "${b.organisation}"); a diff compares one organisation over time`,
    );
  }
  if (successions === undefined && from.template && to.template && from.template !== to.template) {
    warnings.push(
      `the reviews were written on two templates (${from.template} and ${to.template}) and the later one could not be read, so statements are matched by id only`,
    );
  }
  if (a.period === b.period) warnings.push(`both reviews are for ${a.period}: this compares a period with itself`);
  else {
    const pa = periodOrder(a.period);
    const pb = periodOrder(b.period);
    if (pa !== null && pb !== null && pb < pa)
      warnings.push(`${a.period} comes after ${b.period}: the older review goes first (review diff <old> <new>)`);
  }
  return warnings;
}

/**
 * Compare `from` (last year) with `to` (this year). Pure: the files' names are labels only.
 */
export function diffReviews(fromFile: string, from: Review, toFile: string, to: Review, options: DiffOptions | number): ReviewDiff {
  const { gapThreshold, today, successions, toTemplate } =
    typeof options === 'number' ? { gapThreshold: options, today: undefined, successions: undefined, toTemplate: undefined } : options;
  const a = scoreReview(from, gapThreshold);
  const b = scoreReview(to, gapThreshold);
  const sections = diffSections(a, b);
  const { replaced, renamed } = followReplaces(a, b, successions ?? {}, toTemplate);
  const questions = diffQuestions(a, b, renamed);
  const areas = diffAreas(from, to, a, b);
  const investments = diffInvestments(from, to, a, b);
  const executives = diffExecutives(from, to);
  const successCriteria = diffCriteria(from, to);
  const actions = diffActions(from, to, b.period, today);
  const decisions = diffDecisions(from, to);
  const regressions = findRegressions(a, b, sections, areas, questions);
  const warnings = diffWarnings(from, to, a, b, successions);

  const identical =
    sections.every((s) => s.change === 'unchanged') &&
    questions.every((q) => q.change === 'unchanged' && q.from?.cio === q.to?.cio && q.from?.cmo === q.to?.cmo) &&
    areas.every((x) => x.change === 'unchanged') &&
    investments.every((x) => x.change === 'unchanged') &&
    executives.every((x) => x.change === 'unchanged') &&
    successCriteria.every((x) => x.change === 'unchanged') &&
    actions.every((x) => x.change === 'unchanged') &&
    decisions.every((x) => x.change === 'unchanged');

  const sa = side(fromFile, a, from.template);
  const sb = side(toFile, b, to.template);
  return {
    from: sa,
    to: sb,
    deltas: {
      maturity: delta(sa.maturity, sb.maturity),
      consensus: delta(sa.consensus, sb.consensus),
      ownership: delta(sa.ownership, sb.ownership),
    },
    kappa: { from: a.kappa.value, to: b.kappa.value },
    gapThreshold,
    sections,
    questions,
    replaced,
    areas,
    investments,
    executives,
    successCriteria,
    actions,
    decisions,
    regressions,
    warnings,
    identical,
  };
}
