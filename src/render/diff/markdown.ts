/** Markdown: for the board pack or a pull-request comment. Covers every kind of change the text shows. */
import { escapeMarkdown as md } from '../escape.js';
import { delta, fixed } from '../format.js';
import {
  STATUS_WORDS,
  VERDICT_WORDS,
  WHO_WORDS,
  actionWords,
  addedOrRemoved,
  criterionWords,
  decisionWords,
  gapSummary,
  moved,
  reclassified,
  replacedSummary,
  type DiffRenderer,
} from './model.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const arrow = (d: number | null) => (d === null || Number(d.toFixed(1)) === 0 ? '' : d > 0 ? ' ▲' : ' ▼');

export const renderDiffMarkdown: DiffRenderer = (d) => {
  const out: string[] = [];
  out.push(`## ${md(d.to.organisation)}: ${md(d.from.period)} → ${md(d.to.period)}`);
  out.push('');
  for (const w of d.warnings) out.push(`> **Note:** ${md(w)}`, '');
  if (d.identical) return `${[...out, 'No change: the two reviews say the same.'].join('\n')}\n`;
  out.push(row(['', md(d.from.period), md(d.to.period), 'Change']));
  out.push(row(['---', '---:', '---:', '---:']));
  out.push(
    row([
      '**Verdict**',
      VERDICT_WORDS[d.from.verdict]!,
      VERDICT_WORDS[d.to.verdict]!,
      d.from.verdict === d.to.verdict ? 'unchanged' : 'changed',
    ]),
  );
  for (const [label, key] of [
    ['Maturity (1–5)', 'maturity'],
    ['Consensus (0–100)', 'consensus'],
    ['Ownership (0–100)', 'ownership'],
  ] as const) {
    out.push(row([label, fixed(d.from[key]), fixed(d.to[key]), `${delta(d.deltas[key])}${arrow(d.deltas[key])}`]));
  }
  for (const s of d.sections) {
    if (s.change === 'added' || s.change === 'removed')
      out.push(row([md(s.title), s.change === 'removed' ? 'reviewed' : '—', s.change === 'added' ? 'reviewed' : '—', s.change]));
    else {
      out.push(
        row([
          `${md(s.title)}: maturity`,
          fixed(s.from?.maturity),
          fixed(s.to?.maturity),
          `${delta(s.maturityDelta)}${arrow(s.maturityDelta)}`,
        ]),
      );
      out.push(
        row([
          `${md(s.title)}: consensus`,
          fixed(s.from?.consensus),
          fixed(s.to?.consensus),
          `${delta(s.consensusDelta)}${arrow(s.consensusDelta)}`,
        ]),
      );
    }
  }
  out.push('');
  out.push(`### Gaps: ${gapSummary(d)}`);
  out.push('');
  const gaps = moved(d);
  const addedRemoved = addedOrRemoved(d);
  if (gaps.length || addedRemoved.length) {
    out.push(row(['Change', 'Gap', 'Statement']));
    out.push(row(['---', '---', '---']));
    for (const q of gaps)
      out.push(
        row([q.change, `${q.fromGap} → ${q.toGap}`, `${md(q.section)}: ${md(q.text)}${q.previousId ? ` (was ${md(q.previousId)})` : ''}`]),
      );
    for (const q of addedRemoved)
      out.push(row([q.change === 'added' ? 'new statement' : 'statement removed', '—', `${md(q.section)}: ${md(q.text)}`]));
    out.push('');
  } else out.push('No gap moved.', '');
  if (d.replaced.length) {
    out.push(`### Statements the template replaced: ${md(replacedSummary(d))}`, '');
    out.push(row(['Earlier statement', 'Compared', 'What became of it']));
    out.push(row(['---', '---', '---']));
    for (const r of d.replaced) out.push(row([`${md(r.section)}: ${md(r.text)}`, r.comparable ? 'yes' : 'no', md(r.message)]));
    out.push('');
  }
  const classes = reclassified(d);
  if (classes.length) {
    out.push('### Statements that changed class', '');
    out.push(row(['From', 'To', 'Statement']));
    out.push(row(['---', '---', '---']));
    for (const q of classes) out.push(row([q.fromClass!, q.toClass!, `${md(q.section)}: ${md(q.text)}`]));
    out.push('');
  }
  const areas = d.areas.filter((a) => a.change !== 'unchanged');
  out.push('### Blurred areas');
  out.push('');
  if (areas.length) {
    out.push(row(['Area', 'Change', 'Owner', 'Status']));
    out.push(row(['---', '---', '---', '---']));
    for (const a of areas) {
      const owner =
        a.fromOwner === a.toOwner ? md(a.toOwner ?? 'no owner') : `${md(a.fromOwner ?? 'no owner')} → ${md(a.toOwner ?? 'no owner')}`;
      const words = (s: typeof a.fromStatus) => (s ? STATUS_WORDS[s] : '—');
      const status = a.fromStatus === a.toStatus ? words(a.toStatus) : `${words(a.fromStatus)} → ${words(a.toStatus)}`;
      const details = a.details.length ? ` (${a.details.map((c) => md(c.field)).join(', ')} changed)` : '';
      out.push(row([md(a.name), `${a.change}${details}`, owner, status]));
    }
  } else out.push('No blurred area changed.');
  out.push('');
  const investments = d.investments.filter((i) => i.change !== 'unchanged');
  if (investments.length) {
    out.push('### Investments', '');
    for (const i of investments) {
      out.push(
        `- **${md(i.name)}**: ${i.change}${i.changes.length ? ` (${i.changes.map((c) => `${md(c.field)} ${md(c.from ?? '—')} → ${md(c.to ?? '—')}`).join('; ')})` : ''}`,
      );
    }
    out.push('');
  }
  const criteria = d.successCriteria.filter((c) => c.change !== 'unchanged');
  if (criteria.length) {
    out.push('### Success criteria', '');
    for (const c of criteria) out.push(`- ${criterionWords(c)} (${WHO_WORDS[c.who]}): ${md(c.text)}`);
    out.push('');
  }
  if (d.actions.length) {
    out.push('### Actions', '');
    for (const a of d.actions) out.push(`- ${actionWords(a)}: ${md(a.title)}${a.due ? ` (due ${md(a.due)})` : ''}`);
    out.push('');
  }
  const decisions = d.decisions.filter((x) => x.change !== 'unchanged');
  if (decisions.length) {
    out.push('### Decisions', '');
    for (const x of decisions) out.push(`- ${decisionWords(x)}: ${md(x.ask)}`);
    out.push('');
  }
  const executives = d.executives.filter((x) => x.change !== 'unchanged');
  if (executives.length) {
    out.push('### Executives', '');
    for (const x of executives)
      out.push(`- ${x.change} ${md(x.key)}: ${x.change === 'modified' ? `${md(x.from!)} → ${md(x.to!)}` : md((x.to ?? x.from)!)}`);
    out.push('');
  }
  if (d.regressions.length) {
    out.push('### Regressions', '');
    for (const r of d.regressions) out.push(`- ${md(r.message)}`);
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
};
