/**
 * Everything the board report shows, gathered once so the Markdown, the HTML and the JSON say the
 * same. A board document names no YAML line and no rule id: findings become open points in words.
 */
import type { Trend } from '../../core/trend.js';
import type { ReviewDiff } from '../../core/diff.js';
import type { Finding } from '../../core/finding.js';
import type { AreaStatus } from '../../core/owners.js';
import type { Action, BOARD_REPORTING, Criterion, Decision, Review, Waiver } from '../../core/schema.js';
import type { ScoreResult } from '../../core/score.js';
import { conversations, priorities, type Gate, type RankedStatement } from '../score/model.js';

export interface OpenPoint {
  /** Must be settled before the review passes `check`, or should be. */
  severity: 'must' | 'should';
  text: string;
}

export interface ReportAction extends Action {
  overdue: boolean;
  /** The owner as a board reads it: "CIO", "Both together", "Lee Chen". */
  ownerLabel: string;
}

export interface ReportCriterion extends Criterion {
  who: 'cio' | 'cmo' | 'joint';
  /** Still open after its due date. */
  overdue: boolean;
}

export interface ReportInvestmentRoi {
  id: string;
  /** `behind`, `on-target`, or null when there is no target or no actual. */
  standing: 'behind' | 'on-target' | null;
  lowerIsBetter: boolean;
}

export interface ReportModel {
  file: string;
  review: Review;
  score: ScoreResult;
  gate: Gate;
  /** YYYY-MM-DD: what "overdue" and "in force" are judged against. */
  today: string;
  decisions: Decision[];
  /** Overdue first, then open by due date, then done, then dropped. */
  actions: ReportAction[];
  criteria: ReportCriterion[];
  roi: ReportInvestmentRoi[];
  /** Waivers whose end date has not passed. */
  waivers: Waiver[];
  priorities: RankedStatement[];
  conversations: RankedStatement[];
  /** What `check` found, in a board's words, must-fix first. */
  openPoints: OpenPoint[];
  previous?: ReviewDiff;
  /** With `--trend`: the organisation over its periods, shown as the report's last page. */
  trend?: Trend;
  version: string;
}

const WHO_TEXT: Record<string, string> = { cio: 'the CIO', cmo: 'the CMO', joint: 'the CIO and the CMO together' };

/** Findings about one named area or investment, in the board's words. */
const NAMED_TEXT: Record<string, (name: string, f: Finding) => string> = {
  'blurred-area-owner': (name) => `Nobody is accountable for “${name}”.`,
  'owner-known': (name) => `“${name}” names an owner who is not one of the executives in this review.`,
  'contested-ownership': (name) => `The CIO and the CMO disagree on who owns “${name}”.`,
  'joint-area-process': (name) => `“${name}” is owned jointly but has no agreed way of working.`,
  'board-reporting': (name) => `“${name}” is not reported to the board.`,
  'joint-investment': (name) => `“${name}” is not owned by both the CIO and the CMO.`,
  'investment-roi': (name) => `“${name}” has no agreed ROI measure and target.`,
  'unconfirmed-ownership': (name) => `The CIO and the CMO have not both confirmed who owns “${name}”.`,
  'roi-behind-target': (name) => `“${name}” is behind its ROI target.`,
  'success-criteria': (_name, f) => `No success criterion is set for ${WHO_TEXT[f.target ?? ''] ?? 'one of the functions'}.`,
  unanswered: (_name, f) => `A statement lacks the CIO's or the CMO's rating (${f.target ?? 'a statement'}).`,
  'waiver-expired': () => 'An accepted exception to the agreed rules has expired and needs renewing or resolving.',
  'waiver-too-long': () => 'An accepted exception to the agreed rules has no approval date, or runs for more than a year.',
  'perception-contradicts-record': () => "The CIO and the CMO rated a statement one way while the review's own record says the other.",
  'reference-known': (_name, f) => `An action points at something this review does not contain (${f.target ?? 'an action'}).`,
};

/** A finding as a board reads it: what is wrong, about which named item, without file positions. */
export function openPointText(f: Finding, review: Review): string {
  const area = review.blurredAreas.find((a) => a.id === f.target);
  const investment = review.investments.find((i) => i.id === f.target);
  const name = area?.name ?? investment?.name ?? f.target ?? '';
  const named = Object.hasOwn(NAMED_TEXT, f.rule) ? NAMED_TEXT[f.rule] : undefined;
  if (named) return named(name, f);
  switch (f.rule) {
    case 'empty-review':
      return f.path.startsWith('sections')
        ? 'No statement was rated by both the CIO and the CMO.'
        : 'No blurred area between IT and marketing was reviewed.';
    case 'criterion-missed': {
      const c = criterionOf(review, f.target);
      return c?.status === 'missed'
        ? `The success criterion “${c.text}” was missed.`
        : `The success criterion “${c?.text ?? f.target}” is past its date and still open.`;
    }
    case 'action-owner': {
      const a = review.actions.find((x) => x.id === f.target);
      return `Nobody owns the action “${a?.title ?? f.target}”.`;
    }
    case 'action-overdue': {
      const a = review.actions.find((x) => x.id === f.target);
      return `The action “${a?.title ?? f.target}” is overdue.`;
    }
    default:
      return f.message.replace(/`/g, '');
  }
}

function criterionOf(review: Review, target: string | undefined): Criterion | undefined {
  const [who, id] = (target ?? '').split('/');
  return review.successCriteria?.[who as 'cio' | 'cmo' | 'joint']?.find((c) => c.id === id);
}

/** Rules in a board's words, for the waivers in force. */
export const RULE_WORDS: Record<string, string> = {
  'blurred-area-owner': 'an accountable owner',
  'board-reporting': 'reporting to the board',
  'joint-area-process': 'an agreed joint process',
  'contested-ownership': 'an owner both accept',
  'unconfirmed-ownership': 'an owner both confirm',
  'joint-investment': 'joint ownership of the investment',
  'investment-roi': 'an agreed ROI measure and target',
  'roi-behind-target': 'meeting the ROI target',
  'success-criteria': 'success criteria for each function',
  'criterion-missed': 'meeting the success criterion',
  'action-overdue': 'the action’s due date',
  unanswered: 'a rating from both executives',
  unaddressed: 'an action for every open point',
};

/** Repeated points (one per unanswered statement) are folded into one line with a count. */
function openPoints(findings: readonly Finding[], review: Review): OpenPoint[] {
  const unanswered = findings.filter((f) => f.rule === 'unanswered');
  const points: OpenPoint[] = findings
    .filter((f) => f.rule !== 'unanswered' && f.rule !== 'schema')
    .map((f) => ({ severity: f.severity === 'error' ? ('must' as const) : ('should' as const), text: openPointText(f, review) }));
  if (unanswered.length) {
    points.push({
      severity: unanswered.some((f) => f.severity === 'error') ? 'must' : 'should',
      text: `${unanswered.length} statement${unanswered.length === 1 ? ' lacks' : 's lack'} the CIO's or the CMO's rating.`,
    });
  }
  return points.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'must' ? -1 : 1));
}

/** Whether a live action (open or done) names the finding's item, or the finding itself. */
function addressed(f: Finding, actions: readonly Action[]): boolean {
  if (f.target === undefined) return false;
  const names = new Set([
    `finding:${f.rule}/${f.target}`,
    `area:${f.target}`,
    `investment:${f.target}`,
    `question:${f.target}`,
    `criterion:${f.target}`,
  ]);
  return actions.some((a) => a.status !== 'dropped' && a.for.some((ref) => names.has(ref)));
}

export function ownerLabel(review: Review, owner: string | null | undefined): string {
  const o = owner?.trim() ?? '';
  if (o === 'cio' || o === 'cmo') return o.toUpperCase();
  if (o === 'joint') return 'Both together';
  return review.executives[o]?.name ?? (o || 'Nobody');
}

const ACTION_ORDER = { open: 1, done: 2, dropped: 3 } as const;

export function buildReportModel(input: {
  file: string;
  review: Review;
  score: ScoreResult;
  findings: Finding[];
  previous?: ReviewDiff;
  version: string;
  today: string;
}): ReportModel {
  const { review, today } = input;
  let errors = 0;
  for (const f of input.findings) if (f.severity === 'error') errors++;
  const actions: ReportAction[] = review.actions
    .map((a) => ({ ...a, overdue: a.status === 'open' && a.due !== undefined && a.due < today, ownerLabel: ownerLabel(review, a.owner) }))
    .sort(
      (a, b) =>
        (a.overdue === b.overdue ? 0 : a.overdue ? -1 : 1) ||
        ACTION_ORDER[a.status] - ACTION_ORDER[b.status] ||
        (a.due ?? '9999').localeCompare(b.due ?? '9999'),
    );
  const criteria: ReportCriterion[] = (['cio', 'cmo', 'joint'] as const).flatMap((who) =>
    (review.successCriteria?.[who] ?? []).map((c) => ({ ...c, who, overdue: c.status === 'open' && c.due !== undefined && c.due < today })),
  );
  const roi: ReportInvestmentRoi[] = review.investments.map((inv) => {
    const r = inv.roi;
    const lowerIsBetter = r?.direction === 'down';
    const standing =
      typeof r?.target === 'number' && typeof r?.actual === 'number'
        ? (lowerIsBetter ? r.actual > r.target : r.actual < r.target)
          ? 'behind'
          : 'on-target'
        : null;
    return { id: inv.id, standing, lowerIsBetter };
  });
  return {
    file: input.file,
    review,
    score: input.score,
    gate: { errors, warnings: input.findings.length - errors },
    today,
    decisions: [...review.decisions].sort((a, b) => (a.outcome ? 1 : 0) - (b.outcome ? 1 : 0)),
    actions,
    criteria,
    roi,
    waivers: review.waivers.filter((w) => w.expires >= today),
    priorities: priorities(input.score),
    conversations: conversations(input.score),
    openPoints: openPoints(
      input.findings.filter((f) => f.rule !== 'unaddressed' && !addressed(f, review.actions)),
      review,
    ),
    previous: input.previous,
    version: input.version,
  };
}

/** Executives in the order a board reads them: CIO, CMO, then the others as the file lists them. */
export function executiveKeys(review: Review): string[] {
  return ['cio', 'cmo', ...Object.keys(review.executives).filter((k) => k !== 'cio' && k !== 'cmo')];
}

/** `CIO: Sam Okafor`; others by name with their title: `Lee Chen (Chief Operating Officer)`. */
export function executiveLabel(review: Review, key: string): string {
  const e = review.executives[key];
  if (key === 'cio' || key === 'cmo') return e ? `${key.toUpperCase()}: ${e.name}` : key.toUpperCase();
  return e ? `${e.name}${e.title ? ` (${e.title})` : ''}` : key;
}

export const WHO = { cio: 'The CIO', cmo: 'The CMO', joint: 'Both together' } as const;

export const STATUS_TEXT: Record<AreaStatus, string> = {
  agreed: 'Agreed',
  contested: 'Contested',
  unconfirmed: 'Not confirmed by both',
  'joint-without-process': 'Joint, no process',
  orphan: 'No owner',
};

export const BOARD_TEXT: Record<(typeof BOARD_REPORTING)[number], string> = {
  none: 'Not reported',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annually: 'Annually',
};

/** The gate in a board's words. */
export function gateText(gate: Gate): string {
  if (gate.errors) return `Does not yet meet the agreed rules: ${gate.errors} point${gate.errors === 1 ? '' : 's'} must be settled`;
  return gate.warnings
    ? `Meets the agreed rules, with ${gate.warnings} point${gate.warnings === 1 ? '' : 's'} to improve`
    : 'Meets every agreed rule';
}

export const ACTION_STATUS_TEXT = { open: 'Open', done: 'Done', dropped: 'Dropped' } as const;
export const CRITERION_STATUS_TEXT = { open: 'Open', met: 'Met', missed: 'Missed', dropped: 'Dropped' } as const;
export const DECISION_TEXT: Record<string, string> = {
  approved: 'Approved',
  rejected: 'Rejected',
  deferred: 'Deferred',
  amended: 'Approved as amended',
};

/** Each side's evidence from a statement's notes: per side when given so, or the one text. */
export function evidenceOf(notes: unknown): { who: string; text: string }[] {
  if (typeof notes === 'string') return notes.trim() ? [{ who: 'Note', text: notes.trim() }] : [];
  if (!notes || typeof notes !== 'object') return [];
  const label: Record<string, string> = { cio: 'CIO', cmo: 'CMO', ceo: 'CEO' };
  return Object.entries(notes as Record<string, unknown>)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== '')
    .map(([who, text]) => ({ who: label[who] ?? who, text: text.trim() }));
}

/** A criterion's figures in words: "metric: 9 of 12, due 2027-12-31". */
export function criterionFigures(c: Criterion): string {
  const parts: string[] = [];
  if (c.metric) parts.push(c.metric);
  if (c.target !== undefined)
    parts.push(c.actual !== undefined && c.actual !== null ? `${c.actual} against a target of ${c.target}` : `target ${c.target}`);
  if (c.due) parts.push(`due ${c.due}`);
  return parts.join(', ');
}

/** A statement's notes, found by section and id. */
export function notesOf(review: Review, section: string, id: string): unknown {
  return review.sections.find((s) => s.id === section)?.questions.find((q) => q.id === id)?.notes;
}
