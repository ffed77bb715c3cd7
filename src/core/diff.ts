/**
 * Year-over-year comparison of two reviews, by meaning rather than by line: every section,
 * question, blurred area, investment and executive is matched by id, and each difference is a
 * plain record (dyff style) that every output format renders.
 */
import type { AreaStatus } from './owners.js';
import { isNoOwner } from './owners.js';
import type { Investment, Review } from './schema.js';
import { round1, scoreReview, type Band, type ScoreResult } from './score.js';

export type Change = 'added' | 'removed' | 'modified' | 'unchanged';
export type GapChange = 'closed' | 'opened' | 'narrowed' | 'widened' | 'unchanged' | 'added' | 'removed';

export interface Side {
  file: string;
  organisation: string;
  period: string;
  alignmentIndex: number | null;
  band: Band | null;
}

export interface FigureChange {
  from: number | null;
  to: number | null;
  delta: number | null;
}

export interface SectionDiff {
  id: string;
  title: string;
  change: Change;
  from: { perceptionAlignment: number | null; maturity: number | null } | null;
  to: { perceptionAlignment: number | null; maturity: number | null } | null;
  perceptionDelta: number | null;
  maturityDelta: number | null;
}

export interface QuestionDiff {
  section: string;
  id: string;
  text: string;
  change: GapChange;
  fromGap: number | null;
  toGap: number | null;
  from: { cio: number | null; cmo: number | null } | null;
  to: { cio: number | null; cmo: number | null } | null;
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

export interface FieldChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface InvestmentDiff {
  id: string;
  name: string;
  change: Change;
  changes: FieldChange[];
}

export interface ExecutiveDiff {
  key: string;
  change: Change;
  from: string | null;
  to: string | null;
}

export interface CriterionChange {
  who: 'cio' | 'cmo' | 'joint';
  text: string;
}

export interface Regression {
  kind: 'index-fell' | 'area-lost-owner' | 'gap-widened';
  target?: string;
  message: string;
}

export interface ReviewDiff {
  from: Side;
  to: Side;
  alignmentIndexDelta: number | null;
  parts: { perceptionAlignment: FigureChange; ownershipClarity: FigureChange; investmentJointness: FigureChange };
  kappa: { from: number | null; to: number | null };
  gapThreshold: number;
  sections: SectionDiff[];
  questions: QuestionDiff[];
  areas: AreaDiff[];
  investments: InvestmentDiff[];
  executives: ExecutiveDiff[];
  successCriteria: { added: CriterionChange[]; removed: CriterionChange[] };
  regressions: Regression[];
  /** True when nothing at all differs. */
  identical: boolean;
}


function figure(from: number | null, to: number | null): FigureChange {
  return { from, to, delta: from === null || to === null ? null : round1(to - from) };
}

function side(file: string, score: ScoreResult): Side {
  return { file, organisation: score.organisation, period: score.period, alignmentIndex: score.alignmentIndex, band: score.band };
}

/** Items of two lists matched by id: first the old order, then what is new. */
function matchById<T extends { id: string }>(from: readonly T[], to: readonly T[]): [T | undefined, T | undefined][] {
  const toById = new Map(to.map((x) => [x.id, x]));
  const fromIds = new Set(from.map((x) => x.id));
  return [...from.map((f) => [f, toById.get(f.id)] as [T | undefined, T | undefined]), ...to.filter((t) => !fromIds.has(t.id)).map((t) => [undefined, t] as [T | undefined, T | undefined])];
}

function gapChange(from: number | null, to: number | null): GapChange {
  if (from === null || to === null || from === to) return from === null && to !== null && to > 0 ? 'opened' : 'unchanged';
  if (to === 0) return 'closed';
  if (from === 0) return 'opened';
  return to < from ? 'narrowed' : 'widened';
}

const text = (v: unknown): string | null => (v === undefined || v === null || v === '' ? null : String(v));
const ownerOf = (o: string | null | undefined): string | null => (isNoOwner(o) ? null : o!.trim());

function fieldChanges(pairs: [string, unknown, unknown][]): FieldChange[] {
  return pairs.filter(([, a, b]) => text(a) !== text(b)).map(([field, a, b]) => ({ field, from: text(a), to: text(b) }));
}

function investmentFields(a: Investment | undefined, b: Investment | undefined): FieldChange[] {
  const owners = (i?: Investment) => (i ? [...i.owners].sort().join(', ') : undefined);
  const money = (i?: Investment) => (i?.budget ? `${i.budget.amount} ${i.budget.currency}` : undefined);
  return fieldChanges([
    ['owners', owners(a), owners(b)],
    ['budget', money(a), money(b)],
    ['roi.metric', a?.roi?.metric, b?.roi?.metric],
    ['roi.target', a?.roi?.target, b?.roi?.target],
    ['roi.actual', a?.roi?.actual, b?.roi?.actual],
    ['jointReporting', a?.jointReporting ?? false, b?.jointReporting ?? false],
    ['name', a?.name, b?.name],
  ]);
}

/**
 * Compare `from` (last year) with `to` (this year). Pure: the files' names are labels only.
 */
export function diffReviews(fromFile: string, from: Review, toFile: string, to: Review, gapThreshold: number): ReviewDiff {
  const a = scoreReview(from, gapThreshold);
  const b = scoreReview(to, gapThreshold);

  const sections: SectionDiff[] = matchById(a.sections, b.sections).map(([x, y]) => {
    const pick = (s: typeof x) => (s ? { perceptionAlignment: s.perceptionAlignment === null ? null : round1(s.perceptionAlignment), maturity: s.maturity === null ? null : round1(s.maturity) } : null);
    const pf = pick(x);
    const pt = pick(y);
    const perceptionDelta = figure(pf?.perceptionAlignment ?? null, pt?.perceptionAlignment ?? null).delta;
    const maturityDelta = figure(pf?.maturity ?? null, pt?.maturity ?? null).delta;
    const change: Change = !x ? 'added' : !y ? 'removed' : perceptionDelta || maturityDelta || pf!.perceptionAlignment !== pt!.perceptionAlignment || pf!.maturity !== pt!.maturity ? 'modified' : 'unchanged';
    return { id: (x ?? y)!.id, title: (y ?? x)!.title, change, from: pf, to: pt, perceptionDelta, maturityDelta };
  });

  const questions: QuestionDiff[] = [];
  for (const [x, y] of matchById(a.sections, b.sections)) {
    for (const [qa, qb] of matchById(x?.questions ?? [], y?.questions ?? [])) {
      const change: GapChange = !qa ? 'added' : !qb ? 'removed' : gapChange(qa.gap, qb.gap);
      questions.push({
        section: (x ?? y)!.id,
        id: (qa ?? qb)!.id,
        text: (qb ?? qa)!.text,
        change,
        fromGap: qa?.gap ?? null,
        toGap: qb?.gap ?? null,
        from: qa ? { cio: qa.cio, cmo: qa.cmo } : null,
        to: qb ? { cio: qb.cio, cmo: qb.cmo } : null,
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
  const areas: AreaDiff[] = matchById(a.areas, b.areas).map(([x, y]) => {
    const id = (x ?? y)!.id;
    const ra = areasFrom.get(id);
    const rb = areasTo.get(id);
    const details = x && y
      ? fieldChanges([
          ['claims.cio', ra?.claims?.cio, rb?.claims?.cio],
          ['claims.cmo', ra?.claims?.cmo, rb?.claims?.cmo],
          ['process', ra?.process?.trim(), rb?.process?.trim()],
          ['boardReporting', ra?.boardReporting, rb?.boardReporting],
          ['name', ra?.name, rb?.name],
        ])
      : [];
    const fromOwner = x ? ownerOf(ra?.owner) : null;
    const toOwner = y ? ownerOf(rb?.owner) : null;
    const change: Change = !x ? 'added' : !y ? 'removed' : fromOwner !== toOwner || x.status !== y.status || details.length ? 'modified' : 'unchanged';
    return { id, name: (y ?? x)!.name, change, fromOwner, toOwner, fromStatus: x?.status ?? null, toStatus: y?.status ?? null, details };
  });

  const investments: InvestmentDiff[] = matchById(from.investments, to.investments).map(([x, y]) => {
    const changes = x && y ? investmentFields(x, y) : [];
    return { id: (x ?? y)!.id, name: (y ?? x)!.name, change: !x ? 'added' : !y ? 'removed' : changes.length ? 'modified' : 'unchanged', changes };
  });

  const execKeys = [...new Set([...Object.keys(from.executives), ...Object.keys(to.executives)])];
  const executives: ExecutiveDiff[] = execKeys.map((key) => {
    const x = from.executives[key];
    const y = to.executives[key];
    const describe = (e?: { name: string; title?: string }) => (e ? `${e.name}${e.title ? ` (${e.title})` : ''}` : null);
    return { key, change: !x ? 'added' : !y ? 'removed' : describe(x) !== describe(y) ? 'modified' : 'unchanged', from: describe(x), to: describe(y) };
  });

  const criteria = (r: Review) => (['cio', 'cmo', 'joint'] as const).flatMap((who) => (r.successCriteria?.[who] ?? []).map((t) => ({ who, text: t.trim() })));
  const key = (c: CriterionChange) => `${c.who}\u0000${c.text}`;
  const ca = criteria(from);
  const cb = criteria(to);
  const inA = new Set(ca.map(key));
  const inB = new Set(cb.map(key));

  const regressions: Regression[] = [];
  if (a.alignmentIndex !== null && b.alignmentIndex !== null && b.alignmentIndex < a.alignmentIndex) {
    regressions.push({ kind: 'index-fell', message: `the alignment index fell from ${a.alignmentIndex.toFixed(1)} to ${b.alignmentIndex.toFixed(1)}` });
  }
  for (const area of areas) {
    if (area.fromStatus && area.fromStatus !== 'orphan' && area.toStatus === 'orphan') {
      regressions.push({ kind: 'area-lost-owner', target: area.id, message: `"${area.name}" lost its owner (was ${area.fromOwner})` });
    }
  }
  for (const q of questions) {
    if (q.fromGap !== null && q.toGap !== null && q.fromGap < gapThreshold && q.toGap >= gapThreshold) {
      regressions.push({ kind: 'gap-widened', target: `${q.section}/${q.id}`, message: `the gap on \`${q.id}\` (${q.section}) widened from ${q.fromGap} to ${q.toGap}, past the misaligned threshold of ${gapThreshold}` });
    }
  }

  const successCriteria = { added: cb.filter((c) => !inA.has(key(c))), removed: ca.filter((c) => !inB.has(key(c))) };
  const identical =
    sections.every((s) => s.change === 'unchanged') &&
    questions.every((q) => q.change === 'unchanged' && q.from?.cio === q.to?.cio && q.from?.cmo === q.to?.cmo) &&
    areas.every((x) => x.change === 'unchanged') &&
    investments.every((x) => x.change === 'unchanged') &&
    executives.every((x) => x.change === 'unchanged') &&
    !successCriteria.added.length &&
    !successCriteria.removed.length;

  return {
    from: side(fromFile, a),
    to: side(toFile, b),
    alignmentIndexDelta: figure(a.alignmentIndex, b.alignmentIndex).delta,
    parts: {
      perceptionAlignment: figure(a.perceptionAlignment === null ? null : round1(a.perceptionAlignment), b.perceptionAlignment === null ? null : round1(b.perceptionAlignment)),
      ownershipClarity: figure(a.ownershipClarity === null ? null : round1(a.ownershipClarity), b.ownershipClarity === null ? null : round1(b.ownershipClarity)),
      investmentJointness: figure(a.investmentJointness === null ? null : round1(a.investmentJointness), b.investmentJointness === null ? null : round1(b.investmentJointness)),
    },
    kappa: { from: a.kappa.value, to: b.kappa.value },
    gapThreshold,
    sections,
    questions,
    areas,
    investments,
    executives,
    successCriteria,
    regressions,
    identical,
  };
}
