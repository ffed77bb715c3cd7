import { OUTCOME_TEXT, TREND_VERSION, type Trend } from '../../core/trend.js';
import { safeJson } from '../escape.js';

/** The stable JSON document of DESIGN.md "JSON outputs" (trend, version 1). */
export function trendDocument(t: Trend): Record<string, unknown> {
  return {
    version: TREND_VERSION,
    organisation: t.organisation,
    periods: t.periods.map((p) => ({
      period: p.period,
      file: p.file,
      verdict: p.verdict,
      maturity: p.maturity,
      consensus: p.consensus,
      ownership: p.ownership,
      sections: p.sections.map((s) => ({ id: s.id, maturity: s.maturity, consensus: s.consensus })),
      disputed: p.disputed.length,
    })),
    persistentDisputes: t.persistentDisputes.map((d) => ({ statement: d.key, text: d.text, periods: d.periods })),
    ownerChanges: t.ownerChanges.map((o) => ({ id: o.id, name: o.name, changes: o.changes, history: o.history })),
    actions: t.actions.map((a) => ({
      id: a.id,
      title: a.title,
      owner: a.owner,
      due: a.due,
      outcome: a.outcome,
      outcomeText: OUTCOME_TEXT[a.outcome],
      carried: a.carried,
      history: a.history,
    })),
    criteria: t.criteria,
  };
}

export const renderTrendJson = (t: Trend): string => `${safeJson(trendDocument(t))}\n`;
