import type {
  ActionDiff,
  AreaDiff,
  CriterionDiff,
  DecisionDiff,
  ExecutiveDiff,
  InvestmentDiff,
  QuestionDiff,
  Regression,
  Replacement,
  ReviewDiff,
  SectionDiff,
} from '../../core/diff.js';
import type { AreaStatus } from '../../core/owners.js';
import type { Paint } from '../paint.js';

export interface DiffRenderContext {
  paint: Paint;
}

export type DiffRenderer = (diff: ReviewDiff, context: DiffRenderContext) => string;

/**
 * One diff model that every writer walks. `diffParts` cuts a diff into the parts a reader sees, in
 * the order every format shows them; a writer is a record with one function per kind of part, so
 * the compiler refuses a writer that forgets one, and `SHOWN_IN` refuses a field of the diff that no
 * part shows.
 */
export type DiffPart =
  | { kind: 'warnings'; warnings: string[] }
  | { kind: 'headline'; diff: ReviewDiff }
  | { kind: 'sections'; sections: SectionDiff[] }
  | {
      kind: 'gaps';
      summary: string;
      moved: QuestionDiff[];
      /** New and dropped statements, in the diff's order. */
      addedOrRemoved: QuestionDiff[];
      /** The later review's template, which brought the new statements. */
      template: string | null;
    }
  | { kind: 'replaced'; summary: string; replaced: { replacement: Replacement; pair: QuestionDiff | undefined }[] }
  | { kind: 'reclassified'; questions: QuestionDiff[] }
  | { kind: 'areas'; changed: AreaDiff[]; unchanged: number }
  | { kind: 'investments'; changed: InvestmentDiff[] }
  | { kind: 'criteria'; changed: CriterionDiff[] }
  | { kind: 'actions'; actions: ActionDiff[] }
  | { kind: 'decisions'; changed: DecisionDiff[] }
  | { kind: 'executives'; changed: ExecutiveDiff[] }
  | { kind: 'regressions'; regressions: Regression[] };

export type DiffPartKind = DiffPart['kind'];

/**
 * Where each field of the diff is shown: a new field in core/diff.ts does not compile until it is
 * given a part (and so reaches every writer). `title` is the heading every writer prints first.
 */
export const SHOWN_IN: Record<keyof ReviewDiff, DiffPartKind | 'title'> = {
  from: 'title',
  to: 'title',
  identical: 'title',
  warnings: 'warnings',
  deltas: 'headline',
  kappa: 'headline',
  gapThreshold: 'gaps',
  sections: 'sections',
  questions: 'gaps',
  replaced: 'replaced',
  areas: 'areas',
  investments: 'investments',
  executives: 'executives',
  successCriteria: 'criteria',
  actions: 'actions',
  decisions: 'decisions',
  regressions: 'regressions',
};

/**
 * The parts of `d` in reading order. Sections, gaps and areas are always there (a reader wants to
 * hear "no change" for them); the rest only when they hold something.
 */
export function diffParts(d: ReviewDiff): DiffPart[] {
  const parts: DiffPart[] = [
    { kind: 'warnings', warnings: d.warnings },
    { kind: 'headline', diff: d },
    { kind: 'sections', sections: d.sections },
    {
      kind: 'gaps',
      summary: gapSummary(d),
      moved: moved(d),
      addedOrRemoved: addedOrRemoved(d),
      template: d.to.template,
    },
  ];
  const optional: DiffPart[] = [
    {
      kind: 'replaced',
      summary: replacedSummary(d),
      replaced: d.replaced.map((r) => ({
        replacement: r,
        pair: d.questions.find((q) => q.previousId === r.id && q.section === r.section),
      })),
    },
    { kind: 'reclassified', questions: reclassified(d) },
  ];
  const areas = d.areas.filter((a) => a.change !== 'unchanged');
  const rest: DiffPart[] = [
    { kind: 'investments', changed: d.investments.filter((i) => i.change !== 'unchanged') },
    { kind: 'criteria', changed: d.successCriteria.filter((c) => c.change !== 'unchanged') },
    { kind: 'actions', actions: d.actions },
    { kind: 'decisions', changed: d.decisions.filter((x) => x.change !== 'unchanged') },
    { kind: 'executives', changed: d.executives.filter((x) => x.change !== 'unchanged') },
    { kind: 'regressions', regressions: d.regressions },
  ];
  return [
    ...parts,
    ...optional.filter(hasContent),
    { kind: 'areas', changed: areas, unchanged: d.areas.length - areas.length },
    ...rest.filter(hasContent),
  ];
}

function hasContent(p: DiffPart): boolean {
  switch (p.kind) {
    case 'replaced':
      return p.replaced.length > 0;
    case 'reclassified':
      return p.questions.length > 0;
    case 'actions':
      return p.actions.length > 0;
    case 'regressions':
      return p.regressions.length > 0;
    case 'investments':
    case 'criteria':
    case 'decisions':
    case 'executives':
      return p.changed.length > 0;
    default:
      return true;
  }
}

/** A diff writer: the heading, the words for "nothing changed", and one function per kind of part. */
export type DiffWriter = {
  title(d: ReviewDiff): string[];
  identical: string[];
} & { [K in DiffPartKind]: (part: Extract<DiffPart, { kind: K }>) => string[] };

/** Walks the parts of `d` through `writer`; each part brings its own blank lines. */
export function writeDiff(d: ReviewDiff, writer: DiffWriter): string {
  const out = [...writer.title(d)];
  const parts = diffParts(d);
  if (d.identical) {
    for (const p of parts) if (p.kind === 'warnings') out.push(...writer.warnings(p));
    out.push(...writer.identical);
    return `${out.join('\n')}\n`;
  }
  for (const p of parts) out.push(...writePart(writer, p));
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function writePart(w: DiffWriter, p: DiffPart): string[] {
  switch (p.kind) {
    case 'warnings':
      return w.warnings(p);
    case 'headline':
      return w.headline(p);
    case 'sections':
      return w.sections(p);
    case 'gaps':
      return w.gaps(p);
    case 'replaced':
      return w.replaced(p);
    case 'reclassified':
      return w.reclassified(p);
    case 'areas':
      return w.areas(p);
    case 'investments':
      return w.investments(p);
    case 'criteria':
      return w.criteria(p);
    case 'actions':
      return w.actions(p);
    case 'decisions':
      return w.decisions(p);
    case 'executives':
      return w.executives(p);
    case 'regressions':
      return w.regressions(p);
  }
}

/** Questions whose gap moved, largest movement first (the diff keeps them in that order). */
export const moved = (diff: ReviewDiff) =>
  diff.questions.filter((q) => q.change !== 'unchanged' && q.change !== 'added' && q.change !== 'removed');

/** `section/id`, or `section/old → new` for a statement followed through the template's `replaces`. */
export const questionRef = (q: ReviewDiff['questions'][number]) =>
  q.previousId ? `${q.section}/${q.previousId} → ${q.id}` : `${q.section}/${q.id}`;

/** New and dropped statements, leaving out the earlier ones the template replaced (said apart, in words). */
export const addedOrRemoved = (diff: ReviewDiff) => {
  const explained = new Set(diff.replaced.map((r) => `${r.section}/${r.id}`));
  return diff.questions.filter((q) => q.change === 'added' || (q.change === 'removed' && !explained.has(`${q.section}/${q.id}`)));
};

/** "five-point@1 → five-point@2: 2 compared as one, 14 not comparable". */
export function replacedSummary(diff: ReviewDiff): string {
  const compared = diff.replaced.filter((r) => r.comparable).length;
  const not = diff.replaced.length - compared;
  const templates =
    diff.from.template && diff.to.template && diff.from.template !== diff.to.template
      ? `${diff.from.template} → ${diff.to.template}: `
      : '';
  return `${templates}${[compared ? `${compared} compared as one` : '', not ? `${not} not comparable` : ''].filter(Boolean).join(', ')}`;
}

/** Statements whose class changed (strength, weakness, neutral, disputed, unknown). */
export const reclassified = (diff: ReviewDiff) =>
  diff.questions.filter((q) => q.fromClass !== null && q.toClass !== null && q.fromClass !== q.toClass);

export function gapSummary(diff: ReviewDiff): string {
  const count = (c: string) => diff.questions.filter((q) => q.change === c).length;
  const parts = (['closed', 'narrowed', 'opened', 'widened', 'added', 'removed'] as const)
    .map((c) => [c, count(c)] as const)
    .filter(([, n]) => n > 0);
  return parts.length ? parts.map(([c, n]) => `${n} ${c}`).join(', ') : 'no change';
}

/** An area's status as a board member would say it. */
export const STATUS_WORDS: Record<AreaStatus, string> = {
  agreed: 'agreed owner',
  contested: 'the CIO and the CMO disagree on the owner',
  unconfirmed: 'owner not confirmed by both',
  'joint-without-process': 'joint, with no agreed process',
  orphan: 'no owner',
};

/** Better is higher. */
export const STATUS_RANK: Record<AreaStatus, number> = { orphan: 0, contested: 1, unconfirmed: 1, 'joint-without-process': 1, agreed: 2 };

export const WHO_WORDS = { cio: 'CIO', cmo: 'CMO', joint: 'joint' } as const;

/** What happened to a success criterion, in words. */
export function criterionWords(c: CriterionDiff): string {
  if (c.change === 'added') return 'new';
  if (c.change === 'removed') return 'no longer listed';
  if (c.fromStatus !== c.toStatus)
    return c.toStatus === 'met'
      ? 'met'
      : c.toStatus === 'missed'
        ? 'missed'
        : c.toStatus === 'dropped'
          ? 'dropped'
          : `${c.fromStatus ?? 'listed'} → ${c.toStatus ?? 'listed'}`;
  return 'reworded';
}

/** What happened to an action, in words. */
export function actionWords(a: ActionDiff): string {
  if (a.change === 'added') return a.overdue ? 'new, already overdue' : 'new';
  if (a.change === 'removed') return 'no longer listed';
  const status = a.toStatus === 'done' ? 'done' : a.toStatus === 'dropped' ? 'dropped' : a.overdue ? 'still open, overdue' : 'still open';
  return status;
}

export const VERDICT_WORDS: Record<string, string> = {
  partnership: 'partnership',
  divided: 'divided',
  'shared-concern': 'shared concern',
  'at-odds': 'at odds',
  'not-enough-answers': 'not enough answers',
};

export const DECISION_WORDS: Record<string, string> = {
  approved: 'approved',
  rejected: 'rejected',
  deferred: 'deferred',
  amended: 'approved as amended',
};

/** What happened to a decision, in words. */
export function decisionWords(d: DecisionDiff): string {
  if (d.change === 'added') return d.toOutcome ? `asked and ${DECISION_WORDS[d.toOutcome] ?? d.toOutcome}` : 'newly asked';
  if (d.change === 'removed') return 'no longer listed';
  if (d.fromOutcome !== d.toOutcome) return d.toOutcome ? `decided: ${DECISION_WORDS[d.toOutcome] ?? d.toOutcome}` : 'reopened';
  return 'reworded';
}
