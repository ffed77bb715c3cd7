/** The board report in Markdown, for a board paper or a wiki. Every value is escaped. */
import { escapeMarkdown as md } from '../escape.js';
import { delta, fixed } from '../format.js';
import { BOARD_TEXT, STATUS_TEXT, WHO, executiveKeys, executiveLabel, type ReportModel } from './model.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

export function renderReportMarkdown(m: ReportModel): string {
  const { review, score } = m;
  const prev = m.previous;
  const hasCeo = score.sections.some((s) => s.ceoMean !== null);
  const out: string[] = [];
  out.push(`# ${md(review.organisation)}: combined report of the CIO and CMO functions, ${md(String(review.period))}`);
  out.push('');
  if (review.reviewer) out.push(`Reviewed by ${md(review.reviewer.name)}${review.reviewer.role ? ` (${md(review.reviewer.role)})` : ''}.`, '');
  out.push(executiveKeys(review).map((k) => md(executiveLabel(review, k))).join(' · '));
  out.push('');
  const change = prev ? ` ${delta(prev.alignmentIndexDelta)} since ${md(prev.from.period)}${prev.from.band !== prev.to.band ? ` (${prev.from.band ?? '—'} → ${prev.to.band ?? '—'})` : ''}.` : '';
  out.push(`**Alignment index: ${fixed(score.alignmentIndex)} (${score.band ?? 'not scored'})**.${change}`);
  out.push('');
  out.push(row(['Part', 'Score', ...(prev ? ['Change'] : [])]));
  out.push(row(['---', '---:', ...(prev ? ['---:'] : [])]));
  out.push(row(['Perception alignment', fixed(score.perceptionAlignment), ...(prev ? [delta(prev.parts.perceptionAlignment.delta)] : [])]));
  out.push(row(['Ownership clarity', fixed(score.ownershipClarity), ...(prev ? [delta(prev.parts.ownershipClarity.delta)] : [])]));
  out.push(row(['Investment jointness', fixed(score.investmentJointness), ...(prev ? [delta(prev.parts.investmentJointness.delta)] : [])]));
  out.push('');
  const k = score.kappa;
  out.push(k.value !== null ? `Agreement between the CIO and the CMO beyond chance (quadratic-weighted kappa): ${k.value.toFixed(2)} over ${k.n} statements.` : `Agreement (kappa) is not defined: ${md(k.reason ?? '')}.`);
  out.push('');
  out.push('## The five points');
  out.push('');
  out.push(row(['Point', 'CIO', 'CMO', ...(hasCeo ? ['CEO'] : []), 'Mean gap', 'Perception', ...(prev ? ['Change'] : []), 'Maturity']));
  out.push(row(['---', '---:', '---:', ...(hasCeo ? ['---:'] : []), '---:', '---:', ...(prev ? ['---:'] : []), '---:']));
  for (const s of score.sections) {
    const p = prev?.sections.find((x) => x.id === s.id);
    out.push(row([md(s.title), fixed(s.cioMean), fixed(s.cmoMean), ...(hasCeo ? [fixed(s.ceoMean)] : []), fixed(s.meanGap, 2), fixed(s.perceptionAlignment), ...(prev ? [delta(p?.perceptionDelta ?? null)] : []), fixed(s.maturity)]));
  }
  out.push('');
  out.push('## Where they disagree most');
  out.push('');
  if (m.gaps.length) {
    out.push(row(['Point', 'Statement', 'CIO', 'CMO', ...(hasCeo ? ['CEO'] : []), 'Gap']));
    out.push(row(['---', '---', '---:', '---:', ...(hasCeo ? ['---:'] : []), '---:']));
    for (const q of m.gaps) out.push(row([md(q.sectionTitle), md(q.text), String(q.cio), String(q.cmo), ...(hasCeo ? [q.ceo === null ? '—' : String(q.ceo)] : []), q.misaligned ? `**${q.gap}** (misaligned)` : String(q.gap)]));
  } else out.push('The CIO and the CMO rated every statement the same.');
  out.push('');
  out.push('## Who owns the blurred areas');
  out.push('');
  if (score.areas.length) {
    const keys = executiveKeys(review);
    const areasById = new Map(review.blurredAreas.map((a) => [a.id, a]));
    out.push(row(['Area', ...keys.map((key) => md(key === 'cio' || key === 'cmo' ? key.toUpperCase() : key)), 'Status', 'Process', 'Board']));
    out.push(row(['---', ...keys.map(() => ':---:'), '---', '---', '---']));
    for (const a of score.areas) {
      const raw = areasById.get(a.id)!;
      const cells = keys.map((key) => (a.owner === key ? '● owner' : a.owner === 'joint' && (key === 'cio' || key === 'cmo') ? '◐ joint' : ''));
      const status = a.status === 'contested' ? `${STATUS_TEXT[a.status]}: CIO says ${md(a.cioClaim ?? '—')}, CMO says ${md(a.cmoClaim ?? '—')}` : STATUS_TEXT[a.status];
      out.push(row([md(a.name), ...cells, status, md(raw.process?.trim() || '—'), raw.boardReporting ? BOARD_TEXT[raw.boardReporting] : 'Not said']));
    }
  } else out.push('No blurred areas were recorded.');
  out.push('');
  out.push('## Digital investments');
  out.push('');
  if (review.investments.length) {
    out.push(row(['Investment', 'Owners', 'Budget', 'ROI measure', 'Target', 'Actual', 'Joint reporting', 'Jointness']));
    out.push(row(['---', '---', '---:', '---', '---:', '---:', '---', '---:']));
    review.investments.forEach((inv, i) => {
      out.push(
        row([
          md(inv.name),
          inv.owners.map((o) => md(o === 'cio' || o === 'cmo' ? o.toUpperCase() : o)).join(', ') || '—',
          inv.budget ? `${inv.budget.amount.toLocaleString('en-GB')} ${md(inv.budget.currency)}` : '—',
          md(inv.roi?.metric ?? '—'),
          inv.roi?.target === undefined ? '—' : String(inv.roi.target),
          inv.roi?.actual == null ? '—' : String(inv.roi.actual),
          inv.jointReporting ? 'Yes' : 'No',
          String(score.investments[i].jointness),
        ]),
      );
    });
  } else out.push('No digital investments were recorded.');
  out.push('');
  out.push('## Success criteria');
  for (const who of ['cio', 'cmo', 'joint'] as const) {
    const list = review.successCriteria?.[who] ?? [];
    out.push('', `### ${WHO[who]}`, '');
    out.push(...(list.length ? list.map((c) => `- ${md(c)}`) : ['None set.']));
  }
  out.push('');
  out.push('## Actions');
  out.push('');
  if (m.actions.length) for (const f of m.actions) out.push(`- **${f.severity === 'error' ? 'Must fix' : 'Should fix'}**: ${md(f.message)} (${f.rule}, line ${f.line})`);
  else out.push('The review passes every check: no open actions.');
  out.push('');
  out.push(`*Generated by review ${md(m.version)} from ${md(m.file)}${prev ? `, compared with ${md(prev.from.file)}` : ''}.*`);
  return `${out.join('\n')}\n`;
}
