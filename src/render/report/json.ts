/** The board report as data: the same content as the page, for other tools. */
import { scoreDocument } from '../score/json.js';
import { safeJson } from '../escape.js';
import type { ReportModel } from './model.js';
import { trendDocument } from '../trend/json.js';
import { present } from '../../core/present.js';

export function renderReportJson(m: ReportModel): string {
  const score = scoreDocument({ file: m.file, review: m.review, score: m.score, gate: m.gate, explain: false });
  return `${safeJson({
    version: 2,
    file: m.file,
    organisation: m.review.organisation,
    period: String(m.review.period),
    reviewer: m.review.reviewer ?? null,
    executives: m.review.executives,
    score,
    priorities: m.priorities.map((q) => ({ section: q.section, id: q.id, text: q.text, cio: q.cio, cmo: q.cmo, level: q.level })),
    conversations: m.conversations.map((q) => ({
      section: q.section,
      id: q.id,
      text: q.text,
      cio: q.cio,
      cmo: q.cmo,
      ceo: q.ceo,
      gap: q.gap,
    })),
    decisions: m.decisions,
    actions: m.actions.map((a) => ({
      id: a.id,
      title: a.title,
      owner: a.owner ?? null,
      due: a.due ?? null,
      status: a.status,
      overdue: a.overdue,
      for: a.for,
    })),
    investments: m.review.investments.map((inv, i) => ({
      ...inv,
      roiStanding: present(m.roi[i], `the return of investment ${inv.id}`).standing,
    })),
    successCriteria: m.criteria.map((c) => ({
      who: c.who,
      id: c.id,
      text: c.text,
      status: c.status,
      overdue: c.overdue,
      ...(c.due ? { due: c.due } : {}),
    })),
    waivers: m.waivers,
    today: m.today,
    openPoints: m.openPoints,
    previous: m.previous
      ? {
          file: m.previous.from.file,
          period: m.previous.from.period,
          verdict: m.previous.from.verdict,
          deltas: m.previous.deltas,
          regressions: m.previous.regressions,
        }
      : null,
    ...(m.trend ? { trend: trendDocument(m.trend) } : {}),
    generator: `review ${m.version}`,
  })}\n`;
}
