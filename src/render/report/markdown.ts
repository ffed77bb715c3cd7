/** The board report in Markdown, for a board paper or a wiki. Every value is escaped. */
import { trendMarkdownBody } from '../trend/markdown.js';
import { escapeMarkdown as md } from '../escape.js';
import { delta, fixed } from '../format.js';
import { MIN_KAPPA_HEADLINE_N, VERDICT_TEXT, biasSentence } from '../../core/score.js';
import { ratingText } from '../score/model.js';
import {
  ACTION_STATUS_TEXT,
  BOARD_TEXT,
  CRITERION_STATUS_TEXT,
  DECISION_TEXT,
  RULE_WORDS,
  STATUS_TEXT,
  WHO,
  criterionFigures,
  evidenceOf,
  executiveKeys,
  executiveLabel,
  gateText,
  notesOf,
  type ReportModel,
} from './model.js';
import { present } from '../../core/present.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

/** The verdict, the gate and the measures. */
function headlineMarkdown(m: ReportModel, out: string[]): void {
  const { score } = m;
  const prev = m.previous;
  out.push('');
  const v = VERDICT_TEXT[score.verdict];
  const caveat = m.gate.errors && score.verdict === 'partnership' ? ', but the review does not yet meet the agreed rules' : '';
  const was =
    prev && prev.from.verdict !== prev.to.verdict
      ? ` (${md(prev.from.period)}: ${VERDICT_TEXT[prev.from.verdict].title.toLowerCase()})`
      : '';
  out.push(`**Verdict: ${v.title}**${was}: ${v.meaning}${caveat}.`);
  out.push('');
  out.push(`**${gateText(m.gate)}.**`);
  out.push('');
  out.push(row(['Measure', 'Value', 'Reading', ...(prev ? [`Change since ${md(prev.from.period)}`] : [])]));
  out.push(row(['---', '---:', '---', ...(prev ? ['---:'] : [])]));
  const mat = score.maturity;
  const con = score.consensus;
  const own = score.ownership;
  out.push(
    row([
      'How well the partnership works (maturity, 1–5)',
      fixed(mat.level),
      mat.band ? `${mat.band}, over ${mat.n} statements` : 'nothing rated by both',
      ...(prev ? [delta(prev.deltas.maturity)] : []),
    ]),
  );
  out.push(
    row([
      'Whether they see it the same way (consensus, 0–100)',
      fixed(con.value),
      con.band ? con.band.replace('-', ' ') : 'nothing rated by both',
      ...(prev ? [delta(prev.deltas.consensus)] : []),
    ]),
  );
  out.push(
    row([
      'Clear ownership (0–100)',
      fixed(own.value),
      `areas ${fixed(own.clarity)}, investments ${fixed(own.jointness)}`,
      ...(prev ? [delta(prev.deltas.ownership)] : []),
    ]),
  );
  const k = score.kappa;
  if (k.value !== null && k.n >= MIN_KAPPA_HEADLINE_N && k.low !== null && k.high !== null) {
    out.push(
      row([
        'Agreement beyond chance (kappa)',
        k.value.toFixed(2),
        `95% interval ${k.low.toFixed(2)} to ${k.high.toFixed(2)}, over ${k.n} statements`,
        ...(prev ? [''] : []),
      ]),
    );
  }
  out.push('');
}

/** Decisions, then actions: what the board acts on. */
function boardActsMarkdown(m: ReportModel, out: string[]): void {
  out.push('## Decisions asked of the board');
  out.push('');
  if (m.decisions.length) {
    out.push(row(['Decision', 'By', 'Outcome']));
    out.push(row(['---', '---', '---']));
    for (const d of m.decisions)
      out.push(row([md(d.ask), d.by ? md(d.by) : '—', d.outcome ? (DECISION_TEXT[d.outcome] ?? d.outcome) : '**To decide**']));
  } else out.push('None this year.');
  out.push('');
  out.push('## Actions');
  out.push('');
  if (m.actions.length) {
    out.push(row(['Action', 'Owner', 'Due', 'Status']));
    out.push(row(['---', '---', '---', '---']));
    for (const a of m.actions)
      out.push(row([md(a.title), md(a.ownerLabel), a.due ? md(a.due) : '—', a.overdue ? '**Overdue**' : ACTION_STATUS_TEXT[a.status]]));
  } else out.push('No actions were agreed.');
  out.push('');
  if (m.openPoints.length) {
    out.push('### Open points no action covers yet', '');
    for (const p of m.openPoints) out.push(`- **${p.severity === 'must' ? 'Must settle' : 'Should settle'}**: ${md(p.text)}`);
    out.push('');
  }
}

/** Priorities, conversations and self-rating bias. */
function conversationsMarkdown(m: ReportModel, out: string[]): void {
  const { review } = m;
  const { score } = m;
  const hasCeo = score.sections.some((s) => s.ceoMean !== null);
  out.push('## Priorities: weaknesses both agree on');
  out.push('');
  if (m.priorities.length) {
    out.push(row(['Point', 'Statement', 'CIO', 'CMO']));
    out.push(row(['---', '---', '---:', '---:']));
    for (const q of m.priorities) out.push(row([md(q.sectionTitle), md(q.text), ratingText(q.cio), ratingText(q.cmo)]));
  } else out.push(score.consensus.n ? 'None: no statement that both rate weak.' : 'No statements were rated by both.');
  out.push('');
  out.push('## Conversations: where they see it differently');
  out.push('');
  if (m.conversations.length) {
    for (const q of m.conversations) {
      out.push(
        `- **${md(q.text)}** (${md(q.sectionTitle)}): CIO ${ratingText(q.cio)}, CMO ${ratingText(q.cmo)}${hasCeo ? `, CEO ${ratingText(q.ceo)}` : ''}; a gap of ${q.gap}.`,
      );
      for (const e of evidenceOf(notesOf(review, q.section, q.id))) out.push(`  - ${e.who}: ${md(e.text)}`);
    }
  } else out.push(score.consensus.n ? 'None: no statement with a gap of two points or more.' : 'No statements were rated by both.');
  out.push('');
  const bias = [biasSentence('cio', score.bias.cio), biasSentence('cmo', score.bias.cmo)].filter((x): x is string => x !== null);
  if (bias.length) out.push('## How each rates their own function', '', ...bias.map((x) => md(x)), '');
}

/** The five points. */
function pointsMarkdown(m: ReportModel, out: string[]): void {
  const { score } = m;
  const prev = m.previous;
  const hasCeo = score.sections.some((s) => s.ceoMean !== null);
  out.push('## The five points');
  out.push('');
  out.push(
    row(['Point', 'Statements', 'Maturity', 'Consensus', 'CIO', 'CMO', ...(hasCeo ? ['CEO'] : []), ...(prev ? ['Maturity change'] : [])]),
  );
  out.push(row(['---', '---:', '---:', '---:', '---:', '---:', ...(hasCeo ? ['---:'] : []), ...(prev ? ['---:'] : [])]));
  for (const s of score.sections) {
    const p = prev?.sections.find((x) => x.id === s.id);
    const few = s.maturity === null;
    out.push(
      row([
        md(s.title),
        String(s.n),
        few ? 'too few to score' : fixed(s.maturity),
        few ? '' : fixed(s.consensus),
        fixed(s.cioMean),
        fixed(s.cmoMean),
        ...(hasCeo ? [fixed(s.ceoMean)] : []),
        ...(prev ? [delta(p?.maturityDelta ?? null)] : []),
      ]),
    );
  }
  out.push('');
}

/** Who owns the blurred areas. */
function ownershipMarkdown(m: ReportModel, out: string[]): void {
  const { review } = m;
  const { score } = m;
  out.push('## Who owns the blurred areas');
  out.push('');
  if (score.areas.length) {
    const keys = executiveKeys(review);
    const areasById = new Map(review.blurredAreas.map((a) => [a.id, a]));
    out.push(
      row(['Area', ...keys.map((key) => md(key === 'cio' || key === 'cmo' ? key.toUpperCase() : key)), 'Status', 'Process', 'Board']),
    );
    out.push(row(['---', ...keys.map(() => ':---:'), '---', '---', '---']));
    for (const a of score.areas) {
      const raw = present(areasById.get(a.id), `the blurred area ${a.id}`);
      const cells = keys.map((key) =>
        a.owner === key ? '● owner' : a.owner === 'joint' && (key === 'cio' || key === 'cmo') ? '◐ joint' : '',
      );
      const status =
        a.status === 'contested'
          ? `${STATUS_TEXT[a.status]}: CIO says ${md(a.cioClaim ?? '—')}, CMO says ${md(a.cmoClaim ?? '—')}`
          : STATUS_TEXT[a.status];
      out.push(
        row([
          md(a.name),
          ...cells,
          status,
          md(raw.process?.trim() || '—'),
          raw.boardReporting ? BOARD_TEXT[raw.boardReporting] : 'Not said',
        ]),
      );
    }
  } else out.push('No blurred areas were recorded.');
  out.push('');
}

/** Investments, with ROI against target in its direction. */
function investmentsMarkdown(m: ReportModel, out: string[]): void {
  const { review } = m;
  const { score } = m;
  out.push('## Digital investments');
  out.push('');
  if (review.investments.length) {
    out.push(
      row([
        'Investment',
        'Owners',
        'Budget',
        'ROI measure',
        'Baseline',
        'Target',
        'Actual',
        'Against target',
        'Joint reporting',
        'Jointness',
      ]),
    );
    out.push(row(['---', '---', '---:', '---', '---:', '---:', '---:', '---', '---', '---:']));
    review.investments.forEach((inv, i) => {
      const r = present(m.roi[i], `the return of investment ${inv.id}`);
      out.push(
        row([
          md(inv.name),
          inv.owners.map((o) => md(o === 'cio' || o === 'cmo' ? o.toUpperCase() : o)).join(', ') || '—',
          inv.budget ? `${inv.budget.amount.toLocaleString('en-GB')} ${md(inv.budget.currency)}` : '—',
          `${md(inv.roi?.metric ?? '—')}${r.lowerIsBetter ? ' (lower is better)' : ''}`,
          inv.roi?.baseline === undefined ? '—' : String(inv.roi.baseline),
          inv.roi?.target === undefined ? '—' : String(inv.roi.target),
          inv.roi?.actual == null ? '—' : String(inv.roi.actual),
          r.standing === 'behind' ? '**Behind**' : r.standing === 'on-target' ? 'On target' : '—',
          inv.jointReporting ? 'Yes' : 'No',
          `${Math.round(present(score.investments[i], `the score of investment ${inv.id}`).jointness * 100)}%`,
        ]),
      );
    });
  } else out.push('No digital investments were recorded.');
  out.push('');
}

/** Success criteria, with their status. */
function criteriaMarkdown(m: ReportModel, out: string[]): void {
  out.push('## Success criteria');
  for (const who of ['cio', 'cmo', 'joint'] as const) {
    const list = m.criteria.filter((c) => c.who === who);
    out.push('', `### ${WHO[who]}`, '');
    out.push(
      ...(list.length
        ? list.map((c) => {
            const figures = criterionFigures(c);
            return `- **${c.overdue ? 'Overdue' : CRITERION_STATUS_TEXT[c.status]}**: ${md(c.text)}${figures ? ` (${md(figures)})` : ''}`;
          })
        : ['None set.']),
    );
  }
  out.push('');
}

/** Exceptions in force. */
function waiversMarkdown(m: ReportModel, out: string[]): void {
  const { review } = m;
  if (m.waivers.length) {
    out.push('## Exceptions in force', '');
    for (const w of m.waivers) {
      const item =
        review.blurredAreas.find((a) => a.id === w.target)?.name ?? review.investments.find((i) => i.id === w.target)?.name ?? w.target;
      out.push(
        `- ${md(item)}: no ${md(RULE_WORDS[w.rule] ?? w.rule.replace(/-/g, ' '))} until ${md(w.expires)}. ${md(w.reason)} (accepted by ${md(w.approvedBy)}${w.approved ? ` on ${md(w.approved)}` : ''})`,
      );
    }
    out.push('');
  }
}

export function renderReportMarkdown(m: ReportModel): string {
  const { review } = m;
  const prev = m.previous;
  const out: string[] = [];
  out.push(`# ${md(review.organisation)}: combined report of the CIO and CMO functions, ${md(String(review.period))}`);
  out.push('');
  if (review.reviewer)
    out.push(`Reviewed by ${md(review.reviewer.name)}${review.reviewer.role ? ` (${md(review.reviewer.role)})` : ''}.`, '');
  out.push(
    executiveKeys(review)
      .map((k) => md(executiveLabel(review, k)))
      .join(' · '),
  );
  headlineMarkdown(m, out);
  boardActsMarkdown(m, out);
  conversationsMarkdown(m, out);
  pointsMarkdown(m, out);
  ownershipMarkdown(m, out);
  investmentsMarkdown(m, out);
  criteriaMarkdown(m, out);
  waiversMarkdown(m, out);
  if (m.trend) out.push(trendMarkdownBody(m.trend), '');
  out.push(`*Generated by review ${md(m.version)} from ${md(m.file)}${prev ? `, compared with ${md(prev.from.file)}` : ''}.*`);
  return `${out.join('\n')}\n`;
}
