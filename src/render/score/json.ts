import { biasSentence, round1, type Bias } from '../../core/score.js';
import { safeJson } from '../escape.js';
import { r2, r3 } from '../format.js';
import { explainScore } from './explain.js';
import type { ScoreReport, ScoreRenderer } from './model.js';

const bias = (who: 'cio' | 'cmo', b: Bias) => ({
  value: r2(b.value),
  n: b.n,
  ...(biasSentence(who, b) ? { sentence: biasSentence(who, b) } : {}),
});

/** The stable JSON document of DESIGN.md "JSON outputs" (score, version 2). */
export function scoreDocument({ file, score, gate, explain }: ScoreReport): Record<string, unknown> {
  const k = score.kappa;
  return {
    version: 2,
    file,
    organisation: score.organisation,
    period: score.period,
    verdict: score.verdict,
    gate: { errors: gate.errors, warnings: gate.warnings },
    gapThreshold: score.gapThreshold,
    maturity: { level: round1(score.maturity.level), band: score.maturity.band, n: score.maturity.n },
    consensus: {
      value: round1(score.consensus.value),
      band: score.consensus.band,
      meanGap: r2(score.consensus.meanGap),
      n: score.consensus.n,
    },
    ownership: {
      value: round1(score.ownership.value),
      clarity: round1(score.ownership.clarity),
      jointness: round1(score.ownership.jointness),
    },
    bias: { cio: bias('cio', score.bias.cio), cmo: bias('cmo', score.bias.cmo) },
    kappa: { value: r3(k.value), n: k.n, low: r3(k.low), high: r3(k.high), ...(k.reason ? { reason: k.reason } : {}) },
    classes: { ...score.classes },
    sections: score.sections.map((s) => ({
      id: s.id,
      title: s.title,
      n: s.n,
      maturity: round1(s.maturity),
      consensus: round1(s.consensus),
      meanGap: r2(s.meanGap),
      questions: s.questions.map((q) => ({
        id: q.id,
        cio: q.cio,
        cmo: q.cmo,
        ...(q.ceo !== null ? { ceo: q.ceo } : {}),
        gap: q.gap,
        level: q.level,
        class: q.class,
      })),
    })),
    areas: score.areas.map((a) => ({
      id: a.id,
      name: a.name,
      owner: a.owner,
      status: a.status,
      claims: { cio: a.cioClaim, cmo: a.cmoClaim },
    })),
    investments: score.investments.map((i) => ({ id: i.id, name: i.name, jointness: i.jointness })),
    ...(explain ? { explain: explainScore(score) } : {}),
  };
}

export const renderScoreJson: ScoreRenderer = (report) => `${safeJson(scoreDocument(report))}\n`;
