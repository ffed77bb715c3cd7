import { safeJson } from '../escape.js';
import type { DiffRenderer } from './model.js';

/** The stable JSON document of DESIGN.md "JSON outputs" (diff, version 2). */
export const renderDiffJson: DiffRenderer = (d) =>
  `${safeJson({
    version: 2,
    from: d.from,
    to: d.to,
    deltas: d.deltas,
    kappa: d.kappa,
    gapThreshold: d.gapThreshold,
    identical: d.identical,
    warnings: d.warnings,
    sections: d.sections.map(({ id, title, change, from, to, maturityDelta, consensusDelta }) => ({ id, title, change, from, to, maturityDelta, consensusDelta })),
    questions: d.questions.map(({ section, id, change, fromGap, toGap, fromClass, toClass, from, to, previousId }) => ({ section, id, change, fromGap, toGap, fromClass, toClass, from, to, ...(previousId ? { previousId } : {}) })),
    replaced: d.replaced.map(({ section, id, kind, successors, comparable, message }) => ({ section, id, kind, successors, comparable, message })),
    areas: d.areas.map(({ id, name, change, fromOwner, toOwner, fromStatus, toStatus, details }) => ({ id, name, change, fromOwner, toOwner, fromStatus, toStatus, details })),
    investments: d.investments,
    executives: d.executives,
    successCriteria: d.successCriteria,
    actions: d.actions,
    decisions: d.decisions,
    regressions: d.regressions,
  })}\n`;
