/**
 * Everything the board report shows, gathered once so the Markdown, the HTML and the JSON say the
 * same. A board document names no YAML line and no rule id: findings become open points in words.
 */
import type { ReviewDiff } from '../../core/diff.js';
import type { Finding } from '../../core/finding.js';
import type { AreaStatus } from '../../core/owners.js';
import type { Review } from '../../core/schema.js';
import type { ScoreResult } from '../../core/score.js';
import { conversations, priorities, type Gate, type RankedStatement } from '../score/model.js';

export interface OpenPoint {
  /** Must be settled before the review passes `check`, or should be. */
  severity: 'must' | 'should';
  text: string;
}

export interface ReportModel {
  file: string;
  review: Review;
  score: ScoreResult;
  gate: Gate;
  priorities: RankedStatement[];
  conversations: RankedStatement[];
  /** What `check` found, in a board's words, must-fix first. */
  openPoints: OpenPoint[];
  previous?: ReviewDiff;
  version: string;
}

const WHO_TEXT: Record<string, string> = { cio: 'the CIO', cmo: 'the CMO', joint: 'the CIO and the CMO together' };

/** A finding as a board reads it: what is wrong, about which named item, without file positions. */
export function openPointText(f: Finding, review: Review): string {
  const area = review.blurredAreas.find((a) => a.id === f.target);
  const investment = review.investments.find((i) => i.id === f.target);
  const name = area?.name ?? investment?.name ?? f.target ?? '';
  switch (f.rule) {
    case 'empty-review':
      return f.path.startsWith('sections') ? 'No statement was rated by both the CIO and the CMO.' : 'No blurred area between IT and marketing was reviewed.';
    case 'blurred-area-owner':
      return `Nobody is accountable for “${name}”.`;
    case 'owner-known':
      return `“${name}” names an owner who is not one of the executives in this review.`;
    case 'contested-ownership':
      return `The CIO and the CMO disagree on who owns “${name}”.`;
    case 'joint-area-process':
      return `“${name}” is owned jointly but has no agreed way of working.`;
    case 'board-reporting':
      return `“${name}” is not reported to the board.`;
    case 'joint-investment':
      return `“${name}” is not owned by both the CIO and the CMO.`;
    case 'investment-roi':
      return `“${name}” has no agreed ROI measure and target.`;
    case 'success-criteria':
      return `No success criterion is set for ${WHO_TEXT[f.target ?? ''] ?? 'one of the functions'}.`;
    case 'unanswered':
      return `A statement lacks the CIO's or the CMO's rating (${f.target ?? 'a statement'}).`;
    case 'waiver-expired':
      return 'An accepted exception to the agreed rules has expired and needs renewing or resolving.';
    default:
      return f.message.replace(/`/g, '');
  }
}

/** Repeated points (one per unanswered statement) are folded into one line with a count. */
function openPoints(findings: readonly Finding[], review: Review): OpenPoint[] {
  const unanswered = findings.filter((f) => f.rule === 'unanswered');
  const points: OpenPoint[] = findings
    .filter((f) => f.rule !== 'unanswered' && f.rule !== 'schema')
    .map((f) => ({ severity: f.severity === 'error' ? ('must' as const) : ('should' as const), text: openPointText(f, review) }));
  if (unanswered.length) {
    points.push({ severity: unanswered.some((f) => f.severity === 'error') ? 'must' : 'should', text: `${unanswered.length} statement${unanswered.length === 1 ? ' lacks' : 's lack'} the CIO's or the CMO's rating.` });
  }
  return points.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'must' ? -1 : 1));
}

export function buildReportModel(input: { file: string; review: Review; score: ScoreResult; findings: Finding[]; previous?: ReviewDiff; version: string }): ReportModel {
  let errors = 0;
  for (const f of input.findings) if (f.severity === 'error') errors++;
  return {
    file: input.file,
    review: input.review,
    score: input.score,
    gate: { errors, warnings: input.findings.length - errors },
    priorities: priorities(input.score),
    conversations: conversations(input.score),
    openPoints: openPoints(input.findings, input.review),
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

export const BOARD_TEXT: Record<string, string> = { none: 'Not reported', monthly: 'Monthly', quarterly: 'Quarterly', annually: 'Annually' };

/** The gate in a board's words. */
export function gateText(gate: Gate): string {
  if (gate.errors) return `Does not yet meet the agreed rules: ${gate.errors} point${gate.errors === 1 ? '' : 's'} must be settled`;
  return gate.warnings ? `Meets the agreed rules, with ${gate.warnings} point${gate.warnings === 1 ? '' : 's'} to improve` : 'Meets every agreed rule';
}
