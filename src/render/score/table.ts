/**
 * What a consultant puts on the workshop screen: the verdict and the gate first, the three
 * measures, the bias sentence, the five points, the priorities and the conversations (each listing
 * its statements), then the blurred areas. Colour carries meaning; every meaning is also in words,
 * so NO_COLOR loses nothing. Tables fit the terminal's width.
 */
import { fitWidth } from '../../core/text.js';
import Table from 'cli-table3';
import type { AreaStatus } from '../../core/owners.js';
import { MIN_KAPPA_HEADLINE_N, biasSentence, type ScoreResult, type Verdict } from '../../core/score.js';
import { escapeControl as e } from '../escape.js';
import { bar, fixed } from '../format.js';
import type { Paint } from '../paint.js';
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
  verdictLine,
  type RankedStatement,
  type ScoreRenderer,
} from './model.js';

export function verdictPaint(paint: Paint, verdict: Verdict, gateFails: boolean): (s: string) => string {
  if (verdict === 'not-enough-answers') return paint.dim;
  if (verdict === 'partnership' && !gateFails) return paint.green;
  return verdict === 'at-odds' ? paint.red : paint.yellow;
}

const STATUS_MARK: Record<AreaStatus, string> = {
  agreed: '✔',
  contested: '▲',
  unconfirmed: '?',
  'joint-without-process': '▲',
  orphan: '✖',
};

function statusPaint(paint: Paint, status: AreaStatus) {
  return status === 'agreed' ? paint.green : status === 'orphan' ? paint.red : paint.yellow;
}

function table(head: string[], paint: Paint, align: ('left' | 'right' | 'center')[], colWidths?: (number | null)[]): Table.Table {
  return new Table({
    head: head.map((h) => paint.bold(h)),
    style: { head: [], border: [], compact: true },
    colAligns: align,
    wordWrap: true,
    ...(colWidths ? { colWidths } : {}),
  });
}

/** Statements as a list: the text on one line (clipped to the width), the section and ratings below. */
function statementLines(
  list: RankedStatement[],
  width: number,
  paint: Paint,
  detail: (q: RankedStatement) => string,
  limit = 10,
): string[] {
  const out: string[] = [];
  for (const q of list.slice(0, limit)) {
    out.push(`  • ${fitWidth(e(q.text), width - 4)}`);
    out.push(`    ${paint.dim(`${e(q.sectionTitle)} · `)}${detail(q)}`);
  }
  if (list.length > limit) out.push(paint.dim(`  … and ${list.length - limit} more (--format json lists them all)`));
  return out;
}

/** Words wrapped at spaces to `width`: the first line starts with `first`, the others with `indent`. */
function wrap(text: string, width: number, first: string, indent: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(' ').filter(Boolean)) {
    if (!empty && [...`${line} ${word}`].length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = empty ? `${line}${word}` : `${line} ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

export function headlineLines(score: ScoreResult, gate: { errors: number; warnings: number }, paint: Paint, width = 80): string[] {
  const out: string[] = [];
  const tone = verdictPaint(paint, score.verdict, gate.errors > 0);
  const meaning = verdictLine(score.verdict).replace(/^[^:]*: /, '');
  const caveat = gate.errors && score.verdict === 'partnership' ? ', but the review fails review check' : '';
  out.push(`  Verdict    ${tone(paint.bold(score.verdict.toUpperCase()))}`);
  out.push(...wrap(`${meaning}${caveat}`, width, '             ', '             '));
  out.push(`  Gate       ${gate.errors ? paint.red(gateLine(gate)) : paint.green(gateLine(gate))}`);
  out.push('');
  const m = score.maturity;
  const c = score.consensus;
  const o = score.ownership;
  out.push(
    `  Maturity   ${paint.bold(fixed(m.level).padStart(5))}  ${m.band ? MATURITY_LABEL[m.band].padEnd(13) : ''.padEnd(13)} ${paint.dim(`mean rating of both, 1–5, over ${m.n} statement${m.n === 1 ? '' : 's'}`)}`,
  );
  out.push(
    `  Consensus  ${paint.bold(fixed(c.value).padStart(5))}  ${c.band ? CONSENSUS_LABEL[c.band].padEnd(13) : ''.padEnd(13)} ${paint.dim(c.meanGap === null ? 'no statement rated by both' : `mean gap ${c.meanGap.toFixed(2)}; 0 = chance, 100 = same`)}`,
  );
  out.push(
    `  Ownership  ${paint.bold(fixed(o.value).padStart(5))}  ${''.padEnd(13)} ${paint.dim(`clarity ${fixed(o.clarity)} · jointness ${fixed(o.jointness)}`)}`,
  );
  const k = score.kappa;
  if (k.value !== null && k.n >= MIN_KAPPA_HEADLINE_N && k.low !== null && k.high !== null) {
    out.push(
      `  Kappa      ${k.value.toFixed(2).padStart(5)}  ${paint.dim(`95% interval ${k.low.toFixed(2)} to ${k.high.toFixed(2)}, n = ${k.n} (agreement beyond chance)`)}`,
    );
  }
  const sentences = [biasSentence('cio', score.bias.cio), biasSentence('cmo', score.bias.cmo)].filter((s): s is string => s !== null);
  if (sentences.length) {
    out.push('');
    for (const s of sentences) out.push(...wrap(s, width, '  ', '    '));
  }
  return out;
}

/** The five points as a table fitted to the terminal's width. */
function pointsLines(score: ScoreResult, paint: Paint, width: number): string[] {
  const out: string[] = [];
  const hasCeo = score.sections.some((s) => s.ceoMean !== null);
  out.push(paint.bold('The five points'));
  const titleWidth = Math.max(16, width - 46 - (hasCeo ? 6 : 0));
  const sections = table(['Point', 'n', 'Maturity', 'Consensus', 'CIO', 'CMO', ...(hasCeo ? ['CEO'] : [])], paint, [
    'left',
    'right',
    'left',
    'right',
    'right',
    'right',
    ...(hasCeo ? ['right' as const] : []),
  ]);
  for (const s of score.sections) {
    if (s.maturity === null || s.consensus === null) {
      sections.push([
        fitWidth(e(s.title), titleWidth),
        String(s.n),
        { colSpan: 4 + (hasCeo ? 1 : 0), content: paint.dim(`${s.n} statement${s.n === 1 ? '' : 's'} rated by both: too few to score`) },
      ]);
      continue;
    }
    const cons = s.consensus;
    const consTone = cons >= 75 ? paint.green : cons >= 50 ? paint.yellow : paint.red;
    const matTone = s.maturity >= 3.5 ? paint.green : s.maturity >= 2.5 ? paint.yellow : paint.red;
    sections.push([
      fitWidth(e(s.title), titleWidth),
      String(s.n),
      `${matTone(bar(((s.maturity - 1) / 4) * 100, 5))} ${fixed(s.maturity)}`,
      consTone(fixed(cons)),
      fixed(s.cioMean),
      fixed(s.cmoMean),
      ...(hasCeo ? [fixed(s.ceoMean)] : []),
    ]);
  }
  out.push(sections.toString());
  return out;
}

export const renderScoreTable: ScoreRenderer = ({ review, score, gate, explain }, { paint, width: columns }) => {
  const width = Math.max(60, Math.min(columns ?? 80, 200));
  const out: string[] = [];
  const reviewer = review.reviewer
    ? ` · reviewed by ${e(review.reviewer.name)}${review.reviewer.role ? ` (${e(review.reviewer.role)})` : ''}`
    : '';
  out.push(paint.bold(`${e(score.organisation)} · ${e(score.period)}${reviewer}`));
  out.push('');
  out.push(...headlineLines(score, gate, paint, width));
  out.push('');

  out.push(...pointsLines(score, paint, width));
  out.push('');

  const pri = priorities(score);
  out.push(paint.bold('Priorities') + paint.dim(`  weaknesses both agree on (${pri.length})`));
  if (pri.length) out.push(...statementLines(pri, width, paint, (q) => `CIO ${q.cio} · CMO ${q.cmo}`));
  else
    out.push(paint.dim(score.consensus.n ? '  None: no statement both rate 2.5 or lower on average.' : '  No statements rated by both.'));
  out.push('');
  const conv = conversations(score);
  out.push(paint.bold('Conversations') + paint.dim(`  disputed statements, a gap of ${score.gapThreshold} or more (${conv.length})`));
  if (conv.length) {
    out.push(
      ...statementLines(conv, width, paint, (q) => {
        const view = ceoView(q);
        return `CIO ${q.cio} · CMO ${q.cmo}${q.ceo !== null ? ` · CEO ${ratingText(q.ceo)}${view ? ` (${view})` : ''}` : ''}`;
      }),
    );
  } else out.push(paint.dim(score.consensus.n ? '  None: no statement has a gap that wide.' : '  No statements rated by both.'));
  if (score.classes.unknown)
    out.push(
      paint.dim(
        `  ${score.classes.unknown} statement${score.classes.unknown === 1 ? ' is' : 's are'} not rated by both (missing, unsure or n/a) and count in no measure.`,
      ),
    );
  out.push('');

  out.push(paint.bold('Blurred areas'));
  if (score.areas.length) {
    const claims = (a: (typeof score.areas)[number]) =>
      a.cioClaim !== null && a.cioClaim === a.cmoClaim ? `both: ${a.cioClaim}` : `${a.cioClaim ?? '—'} / ${a.cmoClaim ?? '—'}`;
    const t = table(['', 'Area', 'Owner', 'Status', 'Claims CIO / CMO'], paint, ['center', 'left', 'left', 'left', 'left']);
    const longest = (xs: string[]) => Math.max(0, ...xs.map((x) => [...x].length));
    const fixedWidth =
      3 +
      longest(score.areas.map((a) => a.owner ?? '—')) +
      longest(score.areas.map((a) => STATUS_LABEL[a.status])) +
      Math.max(16, longest(score.areas.map(claims))) +
      16;
    const nameWidth = Math.max(12, width - fixedWidth);
    for (const a of score.areas) {
      const tone = statusPaint(paint, a.status);
      t.push([tone(STATUS_MARK[a.status]), fitWidth(e(a.name), nameWidth), e(a.owner ?? '—'), tone(STATUS_LABEL[a.status]), e(claims(a))]);
    }
    out.push(t.toString());
  } else out.push('  No blurred areas recorded.');

  if (explain) {
    out.push('');
    out.push(...explainScore(score).map((l) => e(l)));
  }
  return `${out.join('\n')}\n`;
};
