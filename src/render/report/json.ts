/** The board report as data: the same content as the page, for other tools. */
import { scoreDocument } from '../score/json.js';
import { safeJson } from '../escape.js';
import type { ReportModel } from './model.js';

export function renderReportJson(m: ReportModel): string {
  const score = scoreDocument({ file: m.file, review: m.review, score: m.score, explain: false });
  return `${safeJson({
    version: 1,
    file: m.file,
    organisation: m.review.organisation,
    period: String(m.review.period),
    reviewer: m.review.reviewer ?? null,
    executives: m.review.executives,
    score,
    largestGaps: m.gaps.map((q) => ({ section: q.section, id: q.id, text: q.text, cio: q.cio, cmo: q.cmo, ceo: q.ceo, gap: q.gap, misaligned: q.misaligned })),
    investments: m.review.investments,
    successCriteria: m.review.successCriteria ?? {},
    actions: m.actions.map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, line: f.line, column: f.column, path: f.path, ...(f.target !== undefined ? { target: f.target } : {}) })),
    previous: m.previous
      ? { file: m.previous.from.file, period: m.previous.from.period, alignmentIndex: m.previous.from.alignmentIndex, alignmentIndexDelta: m.previous.alignmentIndexDelta, regressions: m.previous.regressions }
      : null,
    generator: `review ${m.version}`,
  })}\n`;
}
