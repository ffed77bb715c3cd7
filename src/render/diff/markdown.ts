/** Markdown: for the board pack or a pull-request comment. */
import { escapeMarkdown as md } from '../escape.js';
import { delta, fixed } from '../format.js';
import { gapSummary, moved, type DiffRenderer } from './model.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const arrow = (d: number | null) => (d === null || Number(d.toFixed(1)) === 0 ? '' : d > 0 ? ' ▲' : ' ▼');

export const renderDiffMarkdown: DiffRenderer = (d) => {
  const out: string[] = [];
  out.push(`## ${md(d.to.organisation)}: ${md(d.from.period)} → ${md(d.to.period)}`);
  out.push('');
  if (d.identical) return `${[...out, 'No change: the two reviews say the same.'].join('\n')}\n`;
  out.push(row(['', md(d.from.period), md(d.to.period), 'Change']));
  out.push(row(['---', '---:', '---:', '---:']));
  out.push(row(['**Alignment index**', fixed(d.from.alignmentIndex), fixed(d.to.alignmentIndex), `${delta(d.alignmentIndexDelta)}${arrow(d.alignmentIndexDelta)}`]));
  for (const [label, f] of [
    ['Perception alignment', d.parts.perceptionAlignment],
    ['Ownership clarity', d.parts.ownershipClarity],
    ['Investment jointness', d.parts.investmentJointness],
  ] as const) {
    out.push(row([label, fixed(f.from), fixed(f.to), `${delta(f.delta)}${arrow(f.delta)}`]));
  }
  for (const s of d.sections) {
    out.push(row([`${md(s.title)} (perception)`, fixed(s.from?.perceptionAlignment), fixed(s.to?.perceptionAlignment), `${delta(s.perceptionDelta)}${arrow(s.perceptionDelta)}`]));
  }
  out.push('');
  out.push(`### Gaps: ${gapSummary(d)}`);
  out.push('');
  const gaps = moved(d);
  if (gaps.length) {
    out.push(row(['Change', 'Gap', 'Question']));
    out.push(row(['---', '---', '---']));
    for (const q of gaps) out.push(row([q.change, `${q.fromGap} → ${q.toGap}`, `${md(q.section)}: ${md(q.text)}`]));
    out.push('');
  }
  const areas = d.areas.filter((a) => a.change !== 'unchanged');
  out.push('### Blurred areas');
  out.push('');
  if (areas.length) {
    out.push(row(['Area', 'Change', 'Owner', 'Status']));
    out.push(row(['---', '---', '---', '---']));
    for (const a of areas) {
      const owner = a.fromOwner === a.toOwner ? md(a.toOwner ?? 'no owner') : `${md(a.fromOwner ?? '—')} → ${md(a.toOwner ?? '—')}`;
      const status = a.fromStatus === a.toStatus ? `${a.toStatus}` : `${a.fromStatus ?? '—'} → ${a.toStatus ?? '—'}`;
      out.push(row([md(a.name), a.change, owner, status]));
    }
  } else out.push('No blurred area changed.');
  out.push('');
  const investments = d.investments.filter((i) => i.change !== 'unchanged');
  if (investments.length) {
    out.push('### Investments', '');
    for (const i of investments) {
      out.push(`- **${md(i.name)}**: ${i.change}${i.changes.length ? ` (${i.changes.map((c) => `${c.field} ${md(c.from ?? '—')} → ${md(c.to ?? '—')}`).join('; ')})` : ''}`);
    }
    out.push('');
  }
  const { added, removed } = d.successCriteria;
  if (added.length || removed.length) {
    out.push('### Success criteria', '');
    for (const c of added) out.push(`- added (${c.who}): ${md(c.text)}`);
    for (const c of removed) out.push(`- removed (${c.who}): ${md(c.text)}`);
    out.push('');
  }
  if (d.regressions.length) {
    out.push('### Regressions', '');
    for (const r of d.regressions) out.push(`- ${md(r.message)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
};
