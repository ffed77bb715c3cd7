/** Markdown for a board paper, a wiki page or a pull-request comment. */
import { escapeMarkdown } from '../escape.js';
import { fixed } from '../format.js';
import { explainScore } from './explain.js';
import { STATUS_LABEL, ceoView, largestGaps, type ScoreRenderer } from './model.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

export const renderScoreMarkdown: ScoreRenderer = ({ review, score, explain }) => {
  const md = escapeMarkdown;
  const out: string[] = [];
  out.push(`# Alignment: ${md(score.organisation)}, ${md(score.period)}`);
  out.push('');
  if (review.reviewer) out.push(`Reviewed by ${md(review.reviewer.name)}${review.reviewer.role ? ` (${md(review.reviewer.role)})` : ''}.`, '');
  out.push(`**Alignment index ${fixed(score.alignmentIndex)} (${score.band ?? 'not scored'})**: perception alignment ${fixed(score.perceptionAlignment)}, ownership clarity ${fixed(score.ownershipClarity)}, investment jointness ${fixed(score.investmentJointness)}.`);
  out.push('');
  out.push(score.kappa.value !== null ? `Agreement between the CIO and the CMO (quadratic-weighted kappa): ${score.kappa.value.toFixed(2)} over ${score.kappa.n} questions.` : `Agreement (kappa) is not defined: ${score.kappa.reason}.`);
  out.push('');
  out.push('## The five points');
  out.push('');
  const hasCeo = score.sections.some((s) => s.ceoMean !== null);
  out.push(row(['Section', 'CIO', 'CMO', ...(hasCeo ? ['CEO'] : []), 'Mean gap', 'Perception alignment', 'Maturity']));
  out.push(row(['---', '---:', '---:', ...(hasCeo ? ['---:'] : []), '---:', '---:', '---:']));
  for (const s of score.sections) {
    out.push(row([md(s.title), fixed(s.cioMean), fixed(s.cmoMean), ...(hasCeo ? [fixed(s.ceoMean)] : []), fixed(s.meanGap, 2), fixed(s.perceptionAlignment), fixed(s.maturity)]));
  }
  out.push('');
  const gaps = largestGaps(score).filter((q) => q.gap! > 0).slice(0, 8);
  out.push('## Largest gaps');
  out.push('');
  if (gaps.length) {
    out.push(row(['Section', 'Question', 'CIO', 'CMO', ...(hasCeo ? ['CEO'] : []), 'Gap']));
    out.push(row(['---', '---', '---:', '---:', ...(hasCeo ? ['---:'] : []), '---:']));
    for (const q of gaps) {
      const view = ceoView(q);
      out.push(row([q.section, md(q.text), String(q.cio), String(q.cmo), ...(hasCeo ? [q.ceo === null ? '—' : `${q.ceo}${view ? ` (${view})` : ''}`] : []), q.misaligned ? `**${q.gap}**` : String(q.gap)]));
    }
  } else out.push('The CIO and the CMO rated every question the same.');
  out.push('');
  out.push('## Blurred areas');
  out.push('');
  if (score.areas.length) {
    out.push(row(['Area', 'Owner', 'Status', 'CIO says', 'CMO says']));
    out.push(row(['---', '---', '---', '---', '---']));
    for (const a of score.areas) out.push(row([md(a.name), md(a.owner ?? '—'), STATUS_LABEL[a.status], md(a.cioClaim ?? '—'), md(a.cmoClaim ?? '—')]));
  } else out.push('No blurred areas recorded.');
  if (explain) {
    out.push('', '## How the numbers are computed', '', '```text', ...explainScore(score).slice(2), '```');
  }
  return `${out.join('\n')}\n`;
};
