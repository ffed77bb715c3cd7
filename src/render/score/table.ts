/**
 * What a consultant puts on the workshop screen: the headline, the five sections with bars, the
 * widest gaps, and who owns each blurred area. Colour carries meaning (band, misaligned,
 * status); every meaning is also in words, so NO_COLOR loses nothing.
 */
import Table from 'cli-table3';
import type { Band } from '../../core/score.js';
import type { AreaStatus } from '../../core/owners.js';
import { escapeControl } from '../escape.js';
import { bar, fixed } from '../format.js';
import type { Paint } from '../paint.js';
import { explainScore } from './explain.js';
import { STATUS_LABEL, ceoView, largestGaps, type ScoreRenderer } from './model.js';

export function bandPaint(paint: Paint, band: Band | null): (s: string) => string {
  return band === 'aligned' ? paint.green : band === 'watch' ? paint.yellow : band === 'misaligned' ? paint.red : paint.dim;
}

const STATUS_MARK: Record<AreaStatus, string> = { agreed: '✔', contested: '▲', 'joint-without-process': '▲', orphan: '✖' };

function statusPaint(paint: Paint, status: AreaStatus) {
  return status === 'agreed' ? paint.green : status === 'orphan' ? paint.red : paint.yellow;
}

function table(head: string[], paint: Paint, align: ('left' | 'right' | 'center')[]): Table.Table {
  return new Table({
    head: head.map((h) => paint.bold(h)),
    style: { head: [], border: [], compact: true },
    colAligns: align,
    wordWrap: true,
  });
}

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

export const renderScoreTable: ScoreRenderer = ({ review, score, explain }, { paint }) => {
  const out: string[] = [];
  const reviewer = review.reviewer ? ` · reviewed by ${escapeControl(review.reviewer.name)}${review.reviewer.role ? ` (${escapeControl(review.reviewer.role)})` : ''}` : '';
  out.push(paint.bold(`${escapeControl(score.organisation)} · ${escapeControl(score.period)}${reviewer}`));
  out.push('');
  const tone = bandPaint(paint, score.band);
  out.push(`  Alignment index  ${tone(paint.bold(fixed(score.alignmentIndex)))}  ${tone(paint.bold((score.band ?? 'not scored').toUpperCase()))}   ${paint.dim('aligned 80+ · watch 60–79.9 · misaligned below 60')}`);
  out.push(
    `  Perception alignment ${fixed(score.perceptionAlignment)} · Ownership clarity ${fixed(score.ownershipClarity)} · Investment jointness ${fixed(score.investmentJointness)}`,
  );
  out.push(
    score.kappa.value !== null
      ? `  Agreement (quadratic-weighted kappa) ${score.kappa.value.toFixed(2)} over ${score.kappa.n} questions`
      : `  Agreement (kappa) not defined: ${score.kappa.reason}`,
  );
  out.push('');

  const hasCeo = score.sections.some((s) => s.ceoMean !== null);
  const sections = table(['Section', 'CIO', 'CMO', ...(hasCeo ? ['CEO'] : []), 'Gap', 'Perception alignment', 'Maturity'], paint, ['left', 'right', 'right', ...(hasCeo ? ['right' as const] : []), 'right', 'left', 'right']);
  for (const s of score.sections) {
    const gapText = fixed(s.meanGap, 2);
    const misaligned = s.meanGap !== null && s.meanGap >= score.gapThreshold;
    const pa = s.perceptionAlignment;
    const paTone = pa === null ? paint.dim : pa >= 80 ? paint.green : pa >= 60 ? paint.yellow : paint.red;
    sections.push([
      escapeControl(s.title),
      fixed(s.cioMean),
      fixed(s.cmoMean),
      ...(hasCeo ? [fixed(s.ceoMean)] : []),
      misaligned ? paint.red(gapText) : gapText,
      `${paTone(bar(pa))} ${fixed(pa).padStart(5)}`,
      fixed(s.maturity),
    ]);
  }
  out.push(sections.toString());
  out.push('');

  const gaps = largestGaps(score).filter((q) => q.gap! > 0).slice(0, 8);
  const misalignedCount = largestGaps(score).filter((q) => q.misaligned).length;
  out.push(paint.bold(`Largest gaps`) + paint.dim(`  (${misalignedCount} misaligned at a gap of ${score.gapThreshold} or more)`));
  if (gaps.length) {
    const t = table(['Section', 'Question', 'CIO', 'CMO', ...(hasCeo ? ['CEO'] : []), 'Gap'], paint, ['left', 'left', 'right', 'right', ...(hasCeo ? ['left' as const] : []), 'right']);
    for (const q of gaps) {
      const view = ceoView(q);
      t.push([
        q.section,
        clip(escapeControl(q.text), 52),
        String(q.cio),
        String(q.cmo),
        ...(hasCeo ? [q.ceo === null ? '—' : `${q.ceo}${view ? paint.dim(` ${view}`) : ''}`] : []),
        q.misaligned ? paint.red(paint.bold(`${q.gap} !`)) : String(q.gap),
      ]);
    }
    out.push(t.toString());
  } else out.push('  The CIO and the CMO rated every question the same.');
  out.push('');

  out.push(paint.bold('Blurred areas'));
  if (score.areas.length) {
    const t = table(['', 'Area', 'Owner', 'Status', 'CIO says', 'CMO says'], paint, ['center', 'left', 'left', 'left', 'left', 'left']);
    for (const a of score.areas) {
      const tone = statusPaint(paint, a.status);
      t.push([tone(STATUS_MARK[a.status]), escapeControl(a.name), escapeControl(a.owner ?? '—'), tone(STATUS_LABEL[a.status]), escapeControl(a.cioClaim ?? '—'), escapeControl(a.cmoClaim ?? '—')]);
    }
    out.push(t.toString());
  } else out.push('  No blurred areas recorded.');

  if (explain) {
    out.push('');
    out.push(...explainScore(score));
  }
  return `${out.join('\n')}\n`;
};
