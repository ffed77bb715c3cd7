/**
 * The arithmetic behind every number `review score` shows, so anyone can redo it by hand.
 */
import { MIN_KAPPA_HEADLINE_N, MIN_SECTION_N, MIN_VERDICT_N, RANDOM_MEAN_GAP, round1, type ScoreResult } from '../../core/score.js';
import { Z_975 } from '../../core/kappa.js';
import { escapeControl } from '../escape.js';
import { fixed } from '../format.js';
import { present } from '../../core/present.js';

const n4 = (x: number) => String(Number(x.toFixed(4)));

export function explainScore(score: ScoreResult): string[] {
  const out: string[] = [];
  const t = score.gapThreshold;
  out.push('How the numbers are computed (scoring model version 2)');
  out.push('');
  out.push('Each statement rated 1..5 by both the CIO and the CMO:');
  out.push('  gap = |CIO − CMO|, level = (CIO + CMO) / 2');
  out.push(`  class: disputed when gap ≥ ${t}; otherwise strength when level ≥ 3.5, weakness when level ≤ 2.5, neutral in between.`);
  out.push('  A statement missing a rating, or rated unsure or n/a by either, is unknown and counts in no average.');
  const c = score.classes;
  out.push(`  here: ${c.strength} strength, ${c.weakness} weakness, ${c.neutral} neutral, ${c.disputed} disputed, ${c.unknown} unknown`);
  out.push('');

  const m = score.maturity;
  out.push('Maturity = mean level over the statements rated by both (1.0 to 5.0)');
  out.push(
    m.n
      ? `  Σ level = ${n4(m.levelSum)} over n = ${m.n} → ${n4(m.levelSum / m.n)} → ${fixed(m.level)} (${m.band}; strong 4.0+, developing 3.0–3.9, weak below 3.0)`
      : '  n = 0 → nothing to score',
  );
  out.push('');

  const k = score.consensus;
  out.push(`Consensus = 100 × max(0, 1 − mean gap / ${RANDOM_MEAN_GAP})`);
  out.push(`  ${RANDOM_MEAN_GAP} is the mean gap of two people answering at random on a five-point scale: of the 25 equally likely`);
  out.push('  pairs of answers, 5 differ by 0, 8 by 1, 6 by 2, 4 by 3 and 2 by 4, and (8 + 12 + 12 + 8) / 25 = 1.6.');
  out.push('  So 0 is no more agreement than chance and 100 is identical answers.');
  out.push(
    k.n
      ? `  Σ gap = ${k.gapSum} over n = ${k.n} → mean gap ${n4(present(k.meanGap, 'the mean gap'))} → 100 × max(0, 1 − ${n4(present(k.meanGap, 'the mean gap'))} / ${RANDOM_MEAN_GAP}) = ${fixed(k.value)} (${k.band}; close 75+, partly shared 50–74.9, divided below 50)`
      : '  n = 0 → nothing to score',
  );
  out.push('');

  out.push(`Per section, the same two measures over its own statements (shown when n ≥ ${MIN_SECTION_N}):`);
  for (const s of score.sections) {
    if (s.n >= MIN_SECTION_N) {
      out.push(
        `  ${s.id}: Σ level ${n4(s.levelSum)} / ${s.n} = ${fixed(s.maturity)}; Σ gap ${s.gapSum} / ${s.n} = ${n4(present(s.meanGap, `the mean gap of ${s.id}`))} → consensus ${fixed(s.consensus)}`,
      );
    } else out.push(`  ${s.id}: ${s.n} statement${s.n === 1 ? '' : 's'} rated by both: too few to score`);
  }
  out.push('');

  out.push('Self-rating bias: for cio-role, mean(CIO − CMO); for cmo-role, mean(CMO − CIO)');
  for (const [who, section] of [
    ['cio', 'cio-role'],
    ['cmo', 'cmo-role'],
  ] as const) {
    const b = score.bias[who];
    out.push(
      b.value === null
        ? `  ${section}: no statement rated by both`
        : `  ${section}: ${n4(b.value * b.n)} / ${b.n} = ${n4(b.value)} (put into words when n ≥ 3 and |bias| ≥ 0.5)`,
    );
  }
  out.push('');

  const o = score.ownership;
  out.push('Ownership = mean of clarity and jointness, leaving out a part with nothing to score');
  out.push('  clarity per blurred area: 1 agreed (an owner, both claims given and equal to it, a process when joint);');
  out.push('  0.5 contested, unconfirmed or joint without a process; 0 no owner');
  if (score.areas.length) {
    for (const a of score.areas) out.push(`    ${escapeControl(a.id)}: ${a.status} → ${a.clarity}`);
    const sum = score.areas.reduce((s, a) => s + a.clarity, 0);
    out.push(`    100 × ${sum} / ${score.areas.length} = ${fixed(o.clarity)}`);
  } else out.push('    no blurred areas → nothing to score');
  out.push(
    '  jointness per investment: 0.5 if owned by both the CIO and the CMO (joint counts as both), + 0.25 if jointly reported, + 0.25 if an ROI target is set',
  );
  if (score.investments.length) {
    for (const i of score.investments)
      out.push(
        `    ${escapeControl(i.id)}: ${i.ownedByBoth ? 0.5 : 0} + ${i.jointReporting ? 0.25 : 0} + ${i.roiTarget ? 0.25 : 0} = ${i.jointness}`,
      );
    const sum = score.investments.reduce((s, i) => s + i.jointness, 0);
    out.push(`    100 × ${sum} / ${score.investments.length} = ${fixed(o.jointness)}`);
  } else out.push('    no investments → nothing to score');
  const parts = [o.clarity, o.jointness].filter((x): x is number => x !== null);
  out.push(parts.length ? `  (${parts.map((p) => n4(p)).join(' + ')}) / ${parts.length} = ${fixed(o.value)}` : '  nothing to score');
  out.push('');

  out.push("Kappa = Cohen's kappa with quadratic weights, CIO in rows against CMO in columns, ratings 1..5");
  out.push('  κ = 1 − Σ v·O / Σ v·E, v = (i − j)² / 16, O the observed counts, E = row total × column total / n');
  const kp = score.kappa;
  if (kp.table) {
    out.push('  counts      CMO 1  2  3  4  5');
    kp.table.forEach((row, i) => out.push(`    CIO ${i + 1}       ${row.map((x) => String(x).padStart(2)).join(' ')}`));
  }
  if (kp.value !== null) {
    out.push(
      `  1 − ${n4(present(kp.weightedObserved, 'Σ v·O'))} / ${n4(present(kp.weightedExpected, 'Σ v·E'))} = ${kp.value.toFixed(3)} over n = ${kp.n}`,
    );
    if (kp.standardError !== null && kp.low !== null && kp.high !== null) {
      out.push(
        `  95% interval = κ ± ${Z_975.toFixed(6)} × SE, SE = ${kp.standardError.toFixed(4)} (Fleiss, Cohen and Everitt 1969, as statsmodels computes it)`,
      );
      out.push(`  → ${kp.low.toFixed(3)} to ${kp.high.toFixed(3)}`);
    }
    out.push(
      `  Shown in the headline only when n ≥ ${MIN_KAPPA_HEADLINE_N}. Its sign says nothing about who rates whom higher: the bias does.`,
    );
  } else out.push(`  not defined: ${kp.reason}`);
  out.push('');

  out.push("Verdict, from the whole review's maturity and consensus (one decimal):");
  out.push('  maturity 3.5+ and consensus 50+ → partnership; maturity 3.5+ and consensus below 50 → divided;');
  out.push('  maturity below 3.5 and consensus 50+ → shared-concern; both below → at-odds;');
  out.push(`  fewer than ${MIN_VERDICT_N} statements rated by both → not-enough-answers.`);
  out.push(
    `  here: maturity ${fixed(m.level === null ? null : round1(m.level))}, consensus ${fixed(k.value === null ? null : round1(k.value))}, n = ${m.n} → ${score.verdict}`,
  );
  return out;
}
