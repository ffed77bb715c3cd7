import type { AreaStatus } from '../../core/owners.js';
import type { Review } from '../../core/schema.js';
import {
  type ConsensusBand,
  type MaturityBand,
  type QuestionScore,
  type RatingValue,
  type ScoreResult,
  type Verdict,
  VERDICT_TEXT,
} from '../../core/score.js';
import type { Paint } from '../paint.js';
import { present } from '../../core/present.js';

/** How the review fares in `review check`, shown beside the verdict everywhere. */
export interface Gate {
  errors: number;
  warnings: number;
}

export interface ScoreReport {
  file: string;
  review: Review;
  score: ScoreResult;
  gate: Gate;
  explain: boolean;
}

export interface ScoreRenderContext {
  paint: Paint;
  /** Columns of the terminal; tables and statements fit it. */
  width?: number;
}

export type ScoreRenderer = (report: ScoreReport, context: ScoreRenderContext) => string;

export interface RankedStatement extends QuestionScore {
  section: string;
  sectionTitle: string;
}

function statements(score: ScoreResult): RankedStatement[] {
  return score.sections.flatMap((s) => s.questions.map((q) => ({ ...q, section: s.id, sectionTitle: s.title })));
}

/** Ties keep the file's order (Array.prototype.sort is stable). */
function ranked(
  score: ScoreResult,
  keep: (q: RankedStatement) => boolean,
  by: (a: RankedStatement, b: RankedStatement) => number,
): RankedStatement[] {
  return statements(score).filter(keep).sort(by);
}

/** Weaknesses both agree on, weakest first: what to fix together. */
export function priorities(score: ScoreResult): RankedStatement[] {
  return ranked(
    score,
    (q) => q.class === 'weakness',
    (a, b) => present(a.level, 'the level of a weakness') - present(b.level, 'the level of a weakness'),
  );
}

/** Disputed statements, widest gap first: what the two must talk through. */
export function conversations(score: ScoreResult): RankedStatement[] {
  return ranked(
    score,
    (q) => q.class === 'disputed',
    (a, b) => present(b.gap, 'the gap of a disputed statement') - present(a.gap, 'the gap of a disputed statement'),
  );
}

export const STATUS_LABEL: Record<AreaStatus, string> = {
  agreed: 'agreed',
  contested: 'contested',
  unconfirmed: 'unconfirmed',
  'joint-without-process': 'joint, no process',
  orphan: 'no owner',
};

export const MATURITY_LABEL: Record<MaturityBand, string> = { strong: 'strong', developing: 'developing', weak: 'weak' };
export const CONSENSUS_LABEL: Record<ConsensusBand, string> = { close: 'close', 'partly-shared': 'partly shared', divided: 'divided' };

export function verdictLine(verdict: Verdict): string {
  const v = VERDICT_TEXT[verdict];
  return `${v.title}: ${v.meaning}`;
}

/** "passes review check (3 warnings)" / "fails review check: 1 error, 5 warnings". */
export function gateLine(gate: Gate): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (gate.errors) return `fails review check: ${plural(gate.errors, 'error')}, ${plural(gate.warnings, 'warning')}`;
  return gate.warnings ? `passes review check (${plural(gate.warnings, 'warning')})` : 'passes review check';
}

/** A rating as a reader sees it: 4, unsure, n/a, or a dash for nothing. */
export function ratingText(r: RatingValue): string {
  return r === null ? '—' : String(r);
}

/** Where the CEO stands against each executive on a statement: the blind spot, in words. */
export function ceoView(q: { cio: RatingValue; cmo: RatingValue; ceo: RatingValue }): string {
  if (typeof q.ceo !== 'number' || typeof q.cio !== 'number' || typeof q.cmo !== 'number' || q.cio === q.cmo) return '';
  const toCio = Math.abs(q.ceo - q.cio);
  const toCmo = Math.abs(q.ceo - q.cmo);
  if (toCio === toCmo) return 'between them';
  return toCio < toCmo ? 'sides with CIO' : 'sides with CMO';
}
