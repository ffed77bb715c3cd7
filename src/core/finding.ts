import type { RuleId } from './rule-ids.js';
import type { RuleMeta } from './rules/meta.js';
import type { Review } from './schema.js';
import type { Located, Problem } from './problem.js';

export type Severity = 'error' | 'warn';
export type SeveritySetting = Severity | 'off';

/**
 * Most findings of one rule listed for one file; past it, one more finding says how many were left
 * out. A thousand copies of one mistake help nobody, and output must stay bounded for any input.
 */
export const MAX_FINDINGS_PER_RULE = 100;

/** One problem in one file, located. Findings are values: rules return them, nothing throws them. */
/** One problem in one file, located. Findings are values: rules return them, nothing throws them. */
export interface Finding extends Located {
  rule: RuleId;
  severity: Severity;
  file: string;
}

/** What a rule reports before the engine locates it and gives it a severity. */
export type RuleHit = Problem;

export interface RuleContext {
  review: Review;
  /** The schemaVersion the file was written in (the review is always version 2). */
  sourceVersion: number;
  /** Today as YYYY-MM-DD, for waiver expiry; passed in so the core stays pure. */
  today: string;
  /** A gap of this much or more marks a statement disputed. */
  gapThreshold: number;
  maxGap?: number;
  minimums?: Minimums;
}

/** `check --min maturity=N|consensus=N|ownership=N`: each measure's floor. */
export interface Minimums {
  maturity?: number;
  consensus?: number;
  ownership?: number;
}

/** A check rule: its description as data (id, severity, description, rationale, remedy) plus one pure function. */
export interface Rule extends RuleMeta {
  check(context: RuleContext): RuleHit[];
}

/**
 * The waiver that silenced a finding, as the file states it (`reason`, `approvedBy`, `expires`,
 * and whatever later schema versions add): never its `rule` and `target`, which the finding has.
 */
export interface WaiverInfo {
  reason: string;
  approvedBy: string;
  expires: string;
  [field: string]: unknown;
}

/** A finding a live waiver silenced: not counted against the gate, but never hidden. */
export interface SuppressedFinding extends Finding {
  waiver: WaiverInfo;
}

export interface FileFindings {
  file: string;
  findings: Finding[];
  /** Findings silenced by a live waiver. */
  suppressed?: SuppressedFinding[];
}

export interface CheckSummary {
  files: number;
  errors: number;
  warnings: number;
  suppressed: number;
}

export function summarize(results: readonly FileFindings[]): CheckSummary {
  const summary: CheckSummary = { files: 0, errors: 0, warnings: 0, suppressed: 0 };
  for (const r of results) addToSummary(summary, r);
  return summary;
}

/** Count one file into a running summary (for output streamed file by file). */
export function addToSummary(summary: CheckSummary, result: FileFindings): void {
  summary.files++;
  for (const f of result.findings) {
    if (f.severity === 'error') summary.errors++;
    else summary.warnings++;
  }
  summary.suppressed += result.suppressed?.length ?? 0;
}
