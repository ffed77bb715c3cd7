import type { CheckSummary, FileFindings, Severity } from '../../core/finding.js';
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

export type CheckRenderer = (report: CheckReport, context: CheckRenderContext) => string;

export function fails(severity: Severity, failOn: Severity): boolean {
  return severity === 'error' || failOn === 'warn';
}
