import { safeJson } from '../escape.js';
import { r1, r2, r3 } from '../format.js';
import { explainScore } from './explain.js';
import type { ScoreReport, ScoreRenderer } from './model.js';

/** The stable JSON document of DESIGN.md. */
export function scoreDocument({ file, score, explain }: ScoreReport): Record<string, unknown> {
  return {
    version: 1,
    file,
    organisation: score.organisation,
    period: score.period,
    alignmentIndex: score.alignmentIndex,
    band: score.band,
    perceptionAlignment: r1(score.perceptionAlignment),
    ownershipClarity: r1(score.ownershipClarity),
    investmentJointness: r1(score.investmentJointness),
    gapThreshold: score.gapThreshold,
    kappa: { value: r3(score.kappa.value), n: score.kappa.n, ...(score.kappa.reason ? { reason: score.kappa.reason } : {}) },
    sections: score.sections.map((s) => ({
      id: s.id,
      title: s.title,
      perceptionAlignment: r1(s.perceptionAlignment),
      maturity: r1(s.maturity),
      meanGap: r2(s.meanGap),
      cioMean: r2(s.cioMean),
      cmoMean: r2(s.cmoMean),
      ...(s.ceoMean !== null ? { ceoMean: r2(s.ceoMean) } : {}),
      questions: s.questions.map((q) => ({
        id: q.id,
        cio: q.cio,
        cmo: q.cmo,
        ...(q.ceo !== null ? { ceo: q.ceo } : {}),
        gap: q.gap,
        misaligned: q.misaligned,
      })),
    })),
    areas: score.areas.map((a) => ({ id: a.id, name: a.name, owner: a.owner, status: a.status, claims: { cio: a.cioClaim, cmo: a.cmoClaim } })),
    investments: score.investments.map((i) => ({ id: i.id, name: i.name, jointness: i.jointness })),
    ...(explain ? { explain: explainScore(score) } : {}),
  };
}

export const renderScoreJson: ScoreRenderer = (report) => `${safeJson(scoreDocument(report))}\n`;
