import { safeJson } from '../escape.js';
import type { DiffRenderer } from './model.js';

/** The stable JSON document of DESIGN.md, with the regressions and parts beside it. */
export const renderDiffJson: DiffRenderer = (d) =>
  `${safeJson({
    version: 1,
    from: d.from,
    to: d.to,
    alignmentIndexDelta: d.alignmentIndexDelta,
    parts: d.parts,
    kappa: d.kappa,
    identical: d.identical,
    sections: d.sections.map(({ id, change, from, to, perceptionDelta, maturityDelta }) => ({ id, change, from, to, perceptionDelta, maturityDelta })),
    questions: d.questions.map(({ section, id, change, fromGap, toGap, from, to }) => ({ section, id, change, fromGap, toGap, from, to })),
    areas: d.areas.map(({ id, name, change, fromOwner, toOwner, fromStatus, toStatus, details }) => ({ id, name, change, fromOwner, toOwner, fromStatus, toStatus, details })),
    investments: d.investments,
    executives: d.executives,
    successCriteria: d.successCriteria,
    regressions: d.regressions,
  })}\n`;
