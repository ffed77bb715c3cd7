/**
 * The arithmetic behind every headline number, printed so anyone can redo it by hand.
 */
import type { ScoreResult } from '../../core/score.js';
import { escapeControl } from '../escape.js';
import { fixed } from '../format.js';

const n4 = (x: number) => String(Number(x.toFixed(4)));

export function explainScore(score: ScoreResult): string[] {
  const out: string[] = [];
  out.push('How the numbers are computed');
  out.push('');
  out.push('Gap of a question = |CIO rating − CMO rating|, over questions rated by both (0..4).');
  out.push(`A gap of ${score.gapThreshold} or more marks the question misaligned.`);
  out.push('');
  out.push('Perception alignment = 100 × (1 − mean gap / 4)');
  for (const s of score.sections) {
    const gaps = s.questions.filter((q) => q.gap !== null).map((q) => q.gap);
    out.push(
      s.ratedByBoth
        ? `  ${s.id}: gaps ${gaps.join(' + ')} = ${s.gapSum} over ${s.ratedByBoth} → mean ${n4(s.gapSum / s.ratedByBoth)} → 100 × (1 − ${n4(s.gapSum / s.ratedByBoth)} / 4) = ${fixed(s.perceptionAlignment)}`
        : `  ${s.id}: no question rated by both → not scored`,
    );
  }
  out.push(
    score.ratedByBoth
      ? `  overall: ${score.gapSum} over ${score.ratedByBoth} questions → mean ${n4(score.gapSum / score.ratedByBoth)} → ${fixed(score.perceptionAlignment)}`
      : '  overall: no question rated by both → not scored',
  );
  out.push('');
  out.push('Maturity of a section = 100 × mean((rating − 1) / 4) over every CIO and CMO rating in it');
  for (const s of score.sections) {
    out.push(s.maturityCount ? `  ${s.id}: Σ (rating − 1) / 4 = ${n4(s.maturitySum)} over ${s.maturityCount} ratings → ${fixed(s.maturity)}` : `  ${s.id}: no ratings → not scored`);
  }
  out.push('');
  out.push('Ownership clarity = 100 × mean credit over blurred areas');
  out.push('  credit: 1 agreed owner; 0.5 contested, or joint with no process; 0 no owner');
  if (score.areas.length) {
    for (const a of score.areas) out.push(`  ${escapeControl(a.id)}: ${a.status} → ${a.credit}`);
    const sum = score.areas.reduce((t, a) => t + a.credit, 0);
    out.push(`  ${sum} over ${score.areas.length} areas → ${fixed(score.ownershipClarity)}`);
  } else out.push('  no blurred areas → not scored');
  out.push('');
  out.push('Investment jointness = 100 × mean over investments of');
  out.push('  0.5 if owned by both cio and cmo + 0.25 if jointly reported + 0.25 if an ROI target is set');
  if (score.investments.length) {
    for (const i of score.investments) {
      out.push(`  ${escapeControl(i.id)}: ${i.ownedByBoth ? 0.5 : 0} + ${i.jointReporting ? 0.25 : 0} + ${i.roiTarget ? 0.25 : 0} = ${i.jointness / 100}`);
    }
    out.push(`  (${score.investments.map((i) => i.jointness / 100).join(' + ')}) / ${score.investments.length} = ${n4(score.investmentJointness! / 100)} → ${fixed(score.investmentJointness)}`);
  } else out.push('  no investments → not scored');
  out.push('');
  const parts = [
    ['perception alignment', score.perceptionAlignment],
    ['ownership clarity', score.ownershipClarity],
    ['investment jointness', score.investmentJointness],
  ] as const;
  const scored = parts.filter(([, v]) => v !== null);
  out.push('Alignment index = mean of the parts that have something to score, to one decimal');
  out.push(
    scored.length
      ? `  (${scored.map(([, v]) => n4(v!)).join(' + ')}) / ${scored.length} = ${fixed(score.alignmentIndex)} → ${score.band} (aligned 80+, watch 60–79.9, misaligned below 60)`
      : '  nothing to score',
  );
  out.push('');
  out.push("Agreement = Cohen's kappa with quadratic weights, CIO against CMO, on the 1..5 scale");
  out.push('  κ = 1 − Σ w·O / Σ w·E, w = (i − j)² / 16, O observed counts, E = row total × column total / n');
  const k = score.kappa;
  if (k.value !== null) out.push(`  1 − ${n4(k.weightedObserved!)} / ${n4(k.weightedExpected!)} = ${k.value.toFixed(3)} over n = ${k.n}`);
  else out.push(`  not defined: ${k.reason}`);
  return out;
}
