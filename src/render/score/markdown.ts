/** Markdown for a board paper, a wiki page or a pull-request comment. */
import { MIN_KAPPA_HEADLINE_N, VERDICT_TEXT, biasSentence, type ScoreResult } from '../../core/score.js';
import { escapeMarkdown as md } from '../escape.js';
import { fixed } from '../format.js';
import { explainScore } from './explain.js';
import {
  CONSENSUS_LABEL,
  MATURITY_LABEL,
  STATUS_LABEL,
  ceoView,
  conversations,
  gateLine,
  priorities,
  ratingText,
  type ScoreRenderer,
} from './model.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The measures as a table: maturity, consensus, ownership and, with enough statements, kappa. */
function measureRows(score: ScoreResult): string[] {
  const out: string[] = [];
  const m = score.maturity;
  const c = score.consensus;
  const o = score.ownership;
  out.push(row(['Measure', 'Value', 'Reading']));
  out.push(row(['---', '---:', '---']));
  out.push(
    row([
      'Maturity (1–5)',
      fixed(m.level),
      m.band ? `${MATURITY_LABEL[m.band]}, over ${m.n} statements rated by both` : 'no statements rated by both',
    ]),
  );
  out.push(
    row([
      'Consensus (0–100)',
      fixed(c.value),
      c.band && c.meanGap !== null ? `${CONSENSUS_LABEL[c.band]}, mean gap ${c.meanGap.toFixed(2)}` : 'no statements rated by both',
    ]),
  );
  out.push(row(['Ownership (0–100)', fixed(o.value), `clarity ${fixed(o.clarity)}, jointness ${fixed(o.jointness)}`]));
  const k = score.kappa;
  if (k.value !== null && k.n >= MIN_KAPPA_HEADLINE_N && k.low !== null && k.high !== null) {
    out.push(
      row(['Kappa (agreement beyond chance)', k.value.toFixed(2), `95% interval ${k.low.toFixed(2)} to ${k.high.toFixed(2)}, n = ${k.n}`]),
    );
  }
  return out;
}

/** One row of the five points: its figures, or why it is not scored. */
function pointRow(s: ScoreResult['sections'][number], hasCeo: boolean): string {
  if (s.maturity === null)
    return row([
      md(s.title),
      String(s.n),
      `${s.n} statement${s.n === 1 ? '' : 's'}: too few to score`,
      '',
      '',
      '',
      ...(hasCeo ? [''] : []),
    ]);
  return row([
    md(s.title),
    String(s.n),
    fixed(s.maturity),
    fixed(s.consensus),
    fixed(s.cioMean),
    fixed(s.cmoMean),
    ...(hasCeo ? [fixed(s.ceoMean)] : []),
  ]);
}

export const renderScoreMarkdown: ScoreRenderer = ({ review, score, gate, explain }) => {
  const out: string[] = [];
  out.push(`# ${md(score.organisation)}, ${md(score.period)}: the CIO and the CMO`);
  out.push('');
  if (review.reviewer)
    out.push(`Reviewed by ${md(review.reviewer.name)}${review.reviewer.role ? ` (${md(review.reviewer.role)})` : ''}.`, '');
  const v = VERDICT_TEXT[score.verdict];
  out.push(
    `**Verdict: ${v.title.toLowerCase()}.** ${v.meaning.charAt(0).toUpperCase()}${v.meaning.slice(1)}${gate.errors && score.verdict === 'partnership' ? ', but the review fails review check' : ''}. The review ${gateLine(gate)}.`,
  );
  out.push('');
  out.push(...measureRows(score));
  const sentences = [biasSentence('cio', score.bias.cio), biasSentence('cmo', score.bias.cmo)].filter((s): s is string => s !== null);
  if (sentences.length) out.push('', ...sentences.map((s) => md(s)));
  out.push('');
  out.push('## The five points');
  out.push('');
  const hasCeo = score.sections.some((s) => s.ceoMean !== null);
  out.push(row(['Point', 'n', 'Maturity', 'Consensus', 'CIO', 'CMO', ...(hasCeo ? ['CEO'] : [])]));
  out.push(row(['---', '---:', '---:', '---:', '---:', '---:', ...(hasCeo ? ['---:'] : [])]));
  out.push(...score.sections.map((s) => pointRow(s, hasCeo)));
  out.push('');
  const pri = priorities(score);
  out.push('## Priorities: weaknesses both agree on');
  out.push('');
  if (pri.length) {
    out.push(row(['Point', 'Statement', 'CIO', 'CMO']));
    out.push(row(['---', '---', '---:', '---:']));
    for (const q of pri) out.push(row([md(q.sectionTitle), md(q.text), ratingText(q.cio), ratingText(q.cmo)]));
  } else out.push(score.consensus.n ? 'None: no statement both rate 2.5 or lower on average.' : 'No statements rated by both.');
  out.push('');
  const conv = conversations(score);
  out.push(`## Conversations: disputed statements (a gap of ${score.gapThreshold} or more)`);
  out.push('');
  if (conv.length) {
    out.push(row(['Point', 'Statement', 'CIO', 'CMO', ...(hasCeo ? ['CEO'] : []), 'Gap']));
    out.push(row(['---', '---', '---:', '---:', ...(hasCeo ? ['---:'] : []), '---:']));
    for (const q of conv) {
      const view = ceoView(q);
      out.push(
        row([
          md(q.sectionTitle),
          md(q.text),
          ratingText(q.cio),
          ratingText(q.cmo),
          ...(hasCeo ? [`${ratingText(q.ceo)}${view ? ` (${view})` : ''}`] : []),
          String(q.gap),
        ]),
      );
    }
  } else out.push(score.consensus.n ? 'None: no statement has a gap that wide.' : 'No statements rated by both.');
  out.push('');
  out.push('## Blurred areas');
  out.push('');
  if (score.areas.length) {
    out.push(row(['Area', 'Owner', 'Status', 'CIO says', 'CMO says']));
    out.push(row(['---', '---', '---', '---', '---']));
    for (const a of score.areas)
      out.push(row([md(a.name), md(a.owner ?? '—'), STATUS_LABEL[a.status], md(a.cioClaim ?? '—'), md(a.cmoClaim ?? '—')]));
  } else out.push('No blurred areas recorded.');
  if (explain) {
    out.push(
      '',
      '## How the numbers are computed',
      '',
      '```text',
      ...explainScore(score)
        .slice(2)
        .map((l) => l.replace(/`/g, "'")),
      '```',
    );
  }
  return `${out.join('\n')}\n`;
};
