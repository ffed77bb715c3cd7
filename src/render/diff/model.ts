import type { ActionDiff, CriterionDiff, ReviewDiff } from '../../core/diff.js';
import type { AreaStatus } from '../../core/owners.js';
import type { Paint } from '../paint.js';

export interface DiffRenderContext {
  paint: Paint;
}

export type DiffRenderer = (diff: ReviewDiff, context: DiffRenderContext) => string;

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
export function decisionWords(d: import('../../core/diff.js').DecisionDiff): string {
  if (d.change === 'added') return d.toOutcome ? `asked and ${DECISION_WORDS[d.toOutcome] ?? d.toOutcome}` : 'newly asked';
  if (d.change === 'removed') return 'no longer listed';
  if (d.fromOutcome !== d.toOutcome) return d.toOutcome ? `decided: ${DECISION_WORDS[d.toOutcome] ?? d.toOutcome}` : 'reopened';
  return 'reworded';
}
