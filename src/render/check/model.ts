import type { CheckSummary, FileFindings, Severity } from '../../core/finding.js';
import { safeJson } from '../escape.js';
import type { Paint } from '../paint.js';

export interface CheckReport {
  files: FileFindings[];
  summary: CheckSummary;
}

export interface CheckRenderContext {
  paint: Paint;
  /** The lowest severity that fails the run. */
  failOn: Severity;
  version: string;
}

/**
 * A check output written file by file, so `review check` over 10,000 files holds one file's
 * findings at a time: `start()`, then `file()` for each file in order, then `end()` with the
 * summary. Concatenated, the pieces are the whole document.
 */
export interface CheckWriter {
  start(): string;
  file(result: FileFindings): string;
  end(summary: CheckSummary): string;
}

/** One output format: a writer for one run. Adding a format is one file and one line in index.ts. */
export type CheckFormatter = (context: CheckRenderContext) => CheckWriter;

/** The whole document at once, for callers that have every result already. */
export function renderCheck(format: CheckFormatter, report: CheckReport, context: CheckRenderContext): string {
  const writer = format(context);
  return writer.start() + report.files.map((f) => writer.file(f)).join('') + writer.end(report.summary);
}

/** `value` as safeJson writes it, each line after the first indented by `by` spaces (to nest it). */
export function nestedJson(value: unknown, by: number): string {
  return safeJson(value).replace(/\n/g, `\n${' '.repeat(by)}`);
}

export function fails(severity: Severity, failOn: Severity): boolean {
  return severity === 'error' || failOn === 'warn';
}

/** `until 2026-09-30, approved by Dana Whitfield: Reported inside the marketing pack.` (raw; escape it). */
export function describeWaiver(waiver: { reason: string; approvedBy: string; expires: string }): string {
  return `waived until ${waiver.expires}, approved by ${waiver.approvedBy}: ${waiver.reason}`;
}
