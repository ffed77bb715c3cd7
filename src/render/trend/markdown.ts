/** The trend as Markdown: a table of periods, one per point, then what the years show. */
import { VERDICT_TEXT } from '../../core/score.js';
import { OUTCOME_TEXT, type Trend } from '../../core/trend.js';
import { escapeMarkdown as m } from '../escape.js';
import { fixed } from '../format.js';
import { MEASURES, sparkline } from './model.js';

/** The trend's Markdown body, headed at `level` (2 alone, 2 as a page of the board report too). */
export function trendMarkdownBody(t: Trend, level = 2): string {
  const hh = '#'.repeat(level);
  const out: string[] = [];
  const periods = t.periods;
  out.push(`${hh} Over the years`);
  out.push('');
  out.push(`| Period | Verdict | ${MEASURES.map((x) => `${x.label} (${x.scale})`).join(' | ')} |`);
  out.push(`| --- | --- | ${MEASURES.map(() => '---:').join(' | ')} |`);
  for (const p of periods)
    out.push(`| ${m(p.period)} | ${VERDICT_TEXT[p.verdict].title} | ${MEASURES.map((x) => fixed(p[x.key], x.digits)).join(' | ')} |`);
  out.push(
    `| Trend | | ${MEASURES.map((x) =>
      sparkline(
        periods.map((p) => p[x.key]),
        x.min,
        x.max,
      ),
    ).join(' | ')} |`,
  );
  out.push('');
  out.push(`${hh}# The five points (maturity / consensus)`);
  out.push('');
  const ids = [...new Set(periods.flatMap((p) => p.sections.map((s) => s.id)))];
  const titles = new Map(periods.flatMap((p) => p.sections.map((s) => [s.id, s.title] as const)));
  out.push(`| Point | ${periods.map((p) => m(p.period)).join(' | ')} |`);
  out.push(`| --- | ${periods.map(() => '---:').join(' | ')} |`);
  for (const id of ids) {
    out.push(
      `| ${m(titles.get(id) ?? id)} | ${periods
        .map((p) => {
          const s = p.sections.find((x) => x.id === id);
          return s ? `${fixed(s.maturity)} / ${fixed(s.consensus)}` : '—';
        })
        .join(' | ')} |`,
    );
  }
  out.push('');
  out.push(`${hh}# Disputed for two periods or more`);
  out.push('');
  if (!t.persistentDisputes.length) out.push('None.');
  for (const d of t.persistentDisputes) out.push(`- ${m(d.text)} (${d.periods.map(m).join(', ')})`);
  out.push('');
  out.push(`${hh}# Areas whose owner keeps changing`);
  out.push('');
  if (!t.ownerChanges.length) out.push('None.');
  for (const o of t.ownerChanges)
    out.push(`- ${m(o.name)}: ${o.history.map((h) => `${m(h.period)} ${m(h.owner ?? 'no owner')}`).join(' → ')}`);
  out.push('');
  out.push(`${hh}# Actions carried from year to year`);
  out.push('');
  if (!t.actions.length) out.push('None recorded.');
  else {
    out.push('| Action | Owner | Due | Outcome | History |');
    out.push('| --- | --- | --- | --- | --- |');
    for (const a of t.actions)
      out.push(
        `| ${m(a.title)} | ${m(a.owner ?? '—')} | ${m(a.due ?? '—')} | ${OUTCOME_TEXT[a.outcome]} | ${a.history.map((h) => `${m(h.period)} ${h.status}`).join(' → ')} |`,
      );
  }
  out.push('');
  out.push(`${hh}# Success criteria per period`);
  out.push('');
  out.push('| Period | Met | Missed | Open | Dropped |');
  out.push('| --- | ---: | ---: | ---: | ---: |');
  for (const c of t.criteria) out.push(`| ${m(c.period)} | ${c.met} | ${c.missed} | ${c.open} | ${c.dropped} |`);
  return `${out.join('\n')}\n`;
}

export function renderTrendMarkdown(t: Trend): string {
  return `# ${m(t.organisation)}: the CIO and CMO review over ${t.periods.length} period${t.periods.length === 1 ? '' : 's'}\n\n${trendMarkdownBody(t)}`;
}
