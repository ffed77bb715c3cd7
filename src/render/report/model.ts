/**
 * Everything the board report shows, gathered once so the Markdown and the HTML say the same.
 */
import type { ReviewDiff } from '../../core/diff.js';
import type { Finding } from '../../core/finding.js';
import type { Review } from '../../core/schema.js';
import type { ScoreResult } from '../../core/score.js';
import { largestGaps, type RankedGap } from '../score/model.js';

export interface ReportModel {
  file: string;
  review: Review;
  score: ScoreResult;
  gaps: RankedGap[];
  /** Open findings of `review check`, errors first: the actions for the next year. */
  actions: Finding[];
  previous?: ReviewDiff;
  version: string;
}

export function buildReportModel(input: { file: string; review: Review; score: ScoreResult; findings: Finding[]; previous?: ReviewDiff; version: string }): ReportModel {
  const actions = [...input.findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return {
    file: input.file,
    review: input.review,
    score: input.score,
    gaps: largestGaps(input.score).filter((q) => q.gap! > 0).slice(0, 10),
    actions,
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

export const STATUS_TEXT = {
  agreed: 'Agreed',
  contested: 'Contested',
  'joint-without-process': 'Joint, no process',
  orphan: 'No owner',
} as const;

export const BOARD_TEXT: Record<string, string> = { none: 'Not reported', monthly: 'Monthly', quarterly: 'Quarterly', annually: 'Annually' };
