/**
 * Year-over-year comparison of two reviews, by meaning rather than by line: every section,
 * question, blurred area, investment, criterion, action and executive is matched by id, and each
 * difference is a plain record (dyff style) that every output format renders.
 */
import type { AreaStatus } from './owners.js';
import { isNoOwner } from './owners.js';
import type { Investment, Review } from './schema.js';
import type { Succession } from './template.js';
import { MIN_SECTION_N, round1, roundedMeasures, scoreReview, type ScoreResult, type StatementClass, type Verdict } from './score.js';

export type Change = 'added' | 'removed' | 'modified' | 'unchanged';
export type GapChange = 'closed' | 'opened' | 'narrowed' | 'widened' | 'unchanged' | 'added' | 'removed';

export interface Side {
  file: string;
  organisation: string;
  period: string;
  verdict: Verdict;
  /** One decimal, as `score` shows them. */
  maturity: number | null;
  consensus: number | null;
  ownership: number | null;
  /** The template the review names (`five-point@1`), or null. */
  template: string | null;
}

export interface SectionFigures {
  n: number;
  maturity: number | null;
  consensus: number | null;
}

export interface SectionDiff {
  id: string;
  title: string;
  change: Change;
  from: SectionFigures | null;
  to: SectionFigures | null;
  maturityDelta: number | null;
  consensusDelta: number | null;
}

export interface QuestionDiff {
  section: string;
  id: string;
  text: string;
  change: GapChange;
  fromGap: number | null;
  toGap: number | null;
  fromClass: StatementClass | null;
  toClass: StatementClass | null;
  from: { cio: number | string | null; cmo: number | string | null } | null;
  to: { cio: number | string | null; cmo: number | string | null } | null;
  /** When the later template replaced the earlier statement by this one: the earlier id. */
  previousId?: string;
}

/**
 * What became of a statement the later template replaced (its `replaces`): compared with its one
 * successor, or not comparable, and why, in words.
 */
export interface Replacement {
  section: string;
  /** The earlier statement's id. */
  id: string;
  text: string;
  kind: 'reworded' | 'split' | 'retired' | 'merged' | 'moved' | 'not-asked';
  /** Its successors, as the later template lists them. */
  successors: string[];
  comparable: boolean;
  message: string;
}

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface AreaDiff {
  id: string;
  name: string;
  change: Change;
  fromOwner: string | null;
  toOwner: string | null;
  fromStatus: AreaStatus | null;
  toStatus: AreaStatus | null;
  /** What else changed: claims, process, board reporting. */
  details: FieldChange[];
}

export interface InvestmentDiff {
  id: string;
  name: string;
  change: Change;
  fromJointness: number | null;
  toJointness: number | null;
  changes: FieldChange[];
}

export interface ExecutiveDiff {
  key: string;
  change: Change;
  from: string | null;
  to: string | null;
}

export type Who = 'cio' | 'cmo' | 'joint';

export interface CriterionDiff {
  who: Who;
  id: string;
  text: string;
  change: Change;
  fromStatus: string | null;
  toStatus: string | null;
}

export interface ActionDiff {
  id: string;
  title: string;
  change: Change;
  fromStatus: string | null;
  toStatus: string | null;
  due: string | null;
  /** Still open after its due date, judged against the later review's period end or `today`. */
  overdue: boolean;
}

export interface DecisionDiff {
  id: string;
  ask: string;
  change: Change;
  fromOutcome: string | null;
  toOutcome: string | null;
}

export type RegressionKind =
  | 'verdict-worsened'
  | 'section-maturity-fell'
  | 'section-consensus-fell'
  | 'area-lost-owner'
  | 'area-contested'
  | 'orphan-area-removed'
  | 'statement-disputed'
  | 'investment-lost-joint-ownership'
  | 'investment-lost-joint-reporting'
  | 'measure-lost';

export interface Regression {
  kind: RegressionKind;
  target?: string;
  message: string;
}

export interface ReviewDiff {
  from: Side;
  to: Side;
  deltas: { maturity: number | null; consensus: number | null; ownership: number | null };
  kappa: { from: number | null; to: number | null };
  gapThreshold: number;
  sections: SectionDiff[];
  questions: QuestionDiff[];
  /** Statements of the earlier year that the later template replaced, and how each was followed. */
  replaced: Replacement[];
  areas: AreaDiff[];
  investments: InvestmentDiff[];
  executives: ExecutiveDiff[];
  successCriteria: CriterionDiff[];
  actions: ActionDiff[];
  decisions: DecisionDiff[];
  regressions: Regression[];
  /** Said before anything else: two organisations, a year with itself, years in reverse order. */
  warnings: string[];
  /** True when nothing at all differs. */
  identical: boolean;
}

const VERDICT_RANK: Record<Verdict, number | null> = {
  partnership: 2,
  divided: 1,
  'shared-concern': 1,
  'at-odds': 0,
  'not-enough-answers': null,
};

const delta = (from: number | null, to: number | null): number | null => (from === null || to === null ? null : round1(to - from));

function side(file: string, score: ScoreResult, template?: string): Side {
  return {
    template: template ?? null,
    file,
    organisation: score.organisation,
    period: score.period,
    verdict: score.verdict,
    ...roundedMeasures(score),
  };
}

/** Items of two lists matched by id: first the old order, then what is new. */
function matchById<T extends { id: string }>(from: readonly T[], to: readonly T[]): [T | undefined, T | undefined][] {
  const toById = new Map(to.map((x) => [x.id, x]));
  const fromIds = new Set(from.map((x) => x.id));
  return [
    ...from.map((f) => [f, toById.get(f.id)] as [T | undefined, T | undefined]),
    ...to.filter((t) => !fromIds.has(t.id)).map((t) => [undefined, t] as [T | undefined, T | undefined]),
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
    const { section, text } = before.get(old)!;
    const asked = by.filter((next) => after.has(next));
    const base = { section, id: old, text, successors: by };
    const because = note ? ` (${note})` : '';
    if (!by.length) {
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
    } else if (claimed.get(by[0])! > 1 || before.has(by[0])) {
      replaced.push({
        ...base,
        kind: 'merged',
        comparable: false,
        message: `asked now as ${by[0]}, together with another earlier statement; not comparable one to one`,
      });
    } else if (after.get(by[0])!.section !== section) {
      replaced.push({
        ...base,
        kind: 'moved',
        comparable: false,
        message: `asked now as ${by[0]}, under another point; not comparable statement by statement`,
      });
    } else {
      renamed.set(old, by[0]);
      replaced.push({ ...base, kind: 'reworded', comparable: true, message: `asked now as ${by[0]}${because}; compared as one statement` });
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

/**
 * Compare `from` (last year) with `to` (this year). Pure: the files' names are labels only.
 */
export function diffReviews(fromFile: string, from: Review, toFile: string, to: Review, options: DiffOptions | number): ReviewDiff {
  const { gapThreshold, today, successions, toTemplate } =
    typeof options === 'number' ? { gapThreshold: options, today: undefined, successions: undefined, toTemplate: undefined } : options;
  const a = scoreReview(from, gapThreshold);
  const b = scoreReview(to, gapThreshold);

  const figures = (s: ScoreResult['sections'][number] | undefined): SectionFigures | null =>
    s ? { n: s.n, maturity: round1(s.maturity), consensus: round1(s.consensus) } : null;
  const sections: SectionDiff[] = matchById(a.sections, b.sections).map(([x, y]) => {
    const pf = figures(x);
    const pt = figures(y);
    const maturityDelta = delta(pf?.maturity ?? null, pt?.maturity ?? null);
    const consensusDelta = delta(pf?.consensus ?? null, pt?.consensus ?? null);
    const same = pf && pt && pf.n === pt.n && pf.maturity === pt.maturity && pf.consensus === pt.consensus;
    const change: Change = !x ? 'added' : !y ? 'removed' : same ? 'unchanged' : 'modified';
    return { id: (x ?? y)!.id, title: (y ?? x)!.title, change, from: pf, to: pt, maturityDelta, consensusDelta };
  });

  const { replaced, renamed } = followReplaces(a, b, successions ?? {}, toTemplate);
  const questions: QuestionDiff[] = [];
  for (const [x, y] of matchById(a.sections, b.sections)) {
    type Scored = (typeof a.sections)[number]['questions'][number] & { previousId?: string };
    const earlier: Scored[] = (x?.questions ?? []).map((q) => (renamed.has(q.id) ? { ...q, id: renamed.get(q.id)!, previousId: q.id } : q));
    for (const [qa, qb] of matchById<Scored>(earlier, y?.questions ?? [])) {
      const change: GapChange = !qa ? 'added' : !qb ? 'removed' : gapChange(qa.gap, qb.gap);
      questions.push({
        section: (x ?? y)!.id,
        id: (qa ?? qb)!.id,
        text: (qb ?? qa)!.text,
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
  // Grouped by kind of change (good news first), largest movement first within a kind, then file order.
  const KIND_ORDER: Record<GapChange, number> = { closed: 0, narrowed: 1, opened: 2, widened: 3, added: 4, removed: 5, unchanged: 6 };
  const movement = (q: QuestionDiff) => (q.fromGap === null || q.toGap === null ? -1 : Math.abs(q.toGap - q.fromGap));
  const order = new Map(questions.map((q, i) => [q, i]));
  questions.sort((p, q) => KIND_ORDER[p.change] - KIND_ORDER[q.change] || movement(q) - movement(p) || order.get(p)! - order.get(q)!);

  const areasFrom = new Map(from.blurredAreas.map((x) => [x.id, x]));
  const areasTo = new Map(to.blurredAreas.map((x) => [x.id, x]));
  const ownerOf = (o: string | null | undefined, r: Review): string | null => (isNoOwner(o, r) ? null : o!.trim());
  const areas: AreaDiff[] = matchById(a.areas, b.areas).map(([x, y]) => {
    const id = (x ?? y)!.id;
    const ra = areasFrom.get(id);
    const rb = areasTo.get(id);
    const details =
      x && y
        ? fieldChanges([
            ['claims.cio', ra?.claims?.cio, rb?.claims?.cio],
            ['claims.cmo', ra?.claims?.cmo, rb?.claims?.cmo],
            ['process', ra?.process?.trim(), rb?.process?.trim()],
            ['boardReporting', ra?.boardReporting, rb?.boardReporting],
            ['name', ra?.name, rb?.name],
          ])
        : [];
    const fromOwner = x ? ownerOf(ra?.owner, from) : null;
    const toOwner = y ? ownerOf(rb?.owner, to) : null;
    const change: Change = !x
      ? 'added'
      : !y
        ? 'removed'
        : fromOwner !== toOwner || x.status !== y.status || details.length
          ? 'modified'
          : 'unchanged';
    return { id, name: (y ?? x)!.name, change, fromOwner, toOwner, fromStatus: x?.status ?? null, toStatus: y?.status ?? null, details };
  });

  const jointnessFrom = new Map(a.investments.map((i) => [i.id, i]));
  const jointnessTo = new Map(b.investments.map((i) => [i.id, i]));
  const investments: InvestmentDiff[] = matchById(from.investments, to.investments).map(([x, y]) => {
    const changes = x && y ? investmentFields(x, y) : [];
    const id = (x ?? y)!.id;
    return {
      id,
      name: (y ?? x)!.name,
      change: !x ? 'added' : !y ? 'removed' : changes.length ? 'modified' : 'unchanged',
      fromJointness: x ? jointnessFrom.get(id)!.jointness : null,
      toJointness: y ? jointnessTo.get(id)!.jointness : null,
      changes,
    };
  });

  const execKeys = [...new Set([...Object.keys(from.executives), ...Object.keys(to.executives)])];
  const executives: ExecutiveDiff[] = execKeys.map((key) => {
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

  const successCriteria: CriterionDiff[] = (['cio', 'cmo', 'joint'] as const).flatMap((who) =>
    matchById(criteriaOf(from, who), criteriaOf(to, who)).map(([x, y]) => ({
      who,
      id: (x ?? y)!.id,
      text: (y ?? x)!.text,
      change: (!x ? 'added' : !y ? 'removed' : x.status !== y.status || x.text !== y.text ? 'modified' : 'unchanged') as Change,
      fromStatus: x?.status ?? null,
      toStatus: y?.status ?? null,
    })),
  );

  // Judged as the later review stands: at the end of its period, or today if that is earlier.
  const end = periodEnd(b.period);
  const judgeDay = end && today ? (today < end ? today : end) : (end ?? today ?? null);
  const actions: ActionDiff[] = matchById(actionsOf(from), actionsOf(to)).map(([x, y]) => {
    const last = (y ?? x)!;
    return {
      id: last.id,
      title: last.title,
      change: !x ? 'added' : !y ? 'removed' : x.status !== y.status || x.title !== y.title || x.due !== y.due ? 'modified' : 'unchanged',
      fromStatus: x?.status ?? null,
      toStatus: y?.status ?? null,
      due: last.due ?? null,
      overdue: last.status === 'open' && last.due !== undefined && judgeDay !== null && last.due < judgeDay,
    };
  });

  const decisions: DecisionDiff[] = matchById(from.decisions ?? [], to.decisions ?? []).map(([x, y]) => ({
    id: (y ?? x)!.id,
    ask: (y ?? x)!.ask,
    change: !x ? 'added' : !y ? 'removed' : x.outcome !== y.outcome || x.ask !== y.ask || x.by !== y.by ? 'modified' : 'unchanged',
    fromOutcome: x?.outcome ?? null,
    toOutcome: y?.outcome ?? null,
  }));

  const regressions: Regression[] = [];
  const ra = VERDICT_RANK[a.verdict];
  const rb = VERDICT_RANK[b.verdict];
  if (ra !== null && (rb === null || rb < ra)) {
    regressions.push({ kind: 'verdict-worsened', message: `the verdict went from ${a.verdict} to ${b.verdict}` });
  }
  for (const [label, key] of [
    ['maturity', 'maturity'],
    ['consensus', 'consensus'],
    ['ownership', 'ownership'],
  ] as const) {
    const was = side('', a)[key];
    const now = side('', b)[key];
    if (was !== null && now === null)
      regressions.push({
        kind: 'measure-lost',
        target: label,
        message: `${label} was scored last time (${was.toFixed(1)}) and has nothing to score now`,
      });
  }
  for (const s of sections) {
    if (!s.from || !s.to || s.from.n < MIN_SECTION_N || s.to.n < MIN_SECTION_N) continue;
    if (s.maturityDelta !== null && s.maturityDelta <= -0.5) {
      regressions.push({
        kind: 'section-maturity-fell',
        target: s.id,
        message: `maturity of "${s.title}" fell from ${s.from.maturity!.toFixed(1)} to ${s.to.maturity!.toFixed(1)}`,
      });
    }
    if (s.consensusDelta !== null && s.consensusDelta <= -20) {
      regressions.push({
        kind: 'section-consensus-fell',
        target: s.id,
        message: `consensus on "${s.title}" fell from ${s.from.consensus!.toFixed(1)} to ${s.to.consensus!.toFixed(1)}`,
      });
    }
  }
  for (const area of areas) {
    if (area.change === 'removed' && area.fromStatus === 'orphan') {
      regressions.push({
        kind: 'orphan-area-removed',
        target: area.id,
        message: `"${area.name}" had no owner and was removed instead of being given one`,
      });
    } else if (area.fromStatus && area.fromStatus !== 'orphan' && area.toStatus === 'orphan') {
      regressions.push({ kind: 'area-lost-owner', target: area.id, message: `"${area.name}" lost its owner (was ${area.fromOwner})` });
    } else if (area.fromStatus && area.fromStatus !== 'contested' && area.toStatus === 'contested') {
      regressions.push({
        kind: 'area-contested',
        target: area.id,
        message: `"${area.name}" became contested: the CIO and the CMO disagree on the owner`,
      });
    }
  }
  for (const q of questions) {
    if (q.toClass === 'disputed' && q.fromClass !== 'disputed' && q.fromGap !== null && q.toGap !== null && q.toGap - q.fromGap >= 2) {
      regressions.push({
        kind: 'statement-disputed',
        target: `${q.section}/${q.id}`,
        message: `the CIO and the CMO now disagree on "${q.text}" (gap ${q.fromGap} → ${q.toGap})`,
      });
    }
  }
  for (const [x, y] of matchById(a.investments, b.investments)) {
    if (!x || !y) continue;
    if (x.ownedByBoth && !y.ownedByBoth)
      regressions.push({
        kind: 'investment-lost-joint-ownership',
        target: y.id,
        message: `"${y.name}" is no longer owned by both the CIO and the CMO`,
      });
    if (x.jointReporting && !y.jointReporting)
      regressions.push({ kind: 'investment-lost-joint-reporting', target: y.id, message: `"${y.name}" is no longer reported jointly` });
  }

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
