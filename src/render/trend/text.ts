/** The terminal view of a trend: a sparkline per measure and per point, then what the years show. */
import { VERDICT_TEXT } from '../../core/score.js';
import { OUTCOME_TEXT, type Trend } from '../../core/trend.js';
import { escapeControl as e } from '../escape.js';
import { fixed } from '../format.js';
import { MEASURES, sparkline, type TrendRenderer } from './model.js';
import { present } from '../../core/present.js';

export const renderTrendText: TrendRenderer = (t: Trend, { paint }) => {
  const out: string[] = [];
  const periods = t.periods;
  out.push(
    paint.bold(
      `${e(t.organisation)}: ${periods.length} period${periods.length === 1 ? '' : 's'}, ${e(present(periods[0], 'the first period').period)} → ${e(present(periods.at(-1), 'the last period').period)}`,
    ),
  );
  out.push('');
  const labelWidth = 12;
  out.push(`  ${'Period'.padEnd(labelWidth)} ${periods.map((p) => e(p.period)).join('  ')}`);
  out.push(`  ${'Verdict'.padEnd(labelWidth)} ${periods.map((p) => VERDICT_TEXT[p.verdict].title).join(' → ')}`);
  for (const m of MEASURES) {
    const values = periods.map((p) => p[m.key]);
    out.push(
      `  ${m.label.padEnd(labelWidth)} ${sparkline(values, m.min, m.max)}  ${values.map((v) => fixed(v, m.digits)).join(' → ')}  ${paint.dim(`(${m.scale})`)}`,
    );
  }
  out.push('');
  out.push(paint.bold('The five points') + paint.dim('   maturity (1–5) | consensus (0–100)'));
  const ids = [...new Set(periods.flatMap((p) => p.sections.map((s) => s.id)))];
  const titles = new Map(periods.flatMap((p) => p.sections.map((s) => [s.id, s.title] as const)));
  const width = Math.max(...ids.map((id) => e(titles.get(id) ?? id).length), 10);
  for (const id of ids) {
    const of = (key: 'maturity' | 'consensus') => periods.map((p) => p.sections.find((s) => s.id === id)?.[key] ?? null);
    const mat = of('maturity');
    const con = of('consensus');
    out.push(
      `  ${e(titles.get(id) ?? id).padEnd(width)}  ${sparkline(mat, 1, 5)} ${fixed(mat.at(-1) ?? null).padStart(4)}  |  ${sparkline(con, 0, 100)} ${fixed(con.at(-1) ?? null).padStart(5)}`,
    );
  }
  out.push('');
  out.push(paint.bold('Disputed for two periods or more'));
  if (!t.persistentDisputes.length) out.push('  None.');
  for (const d of t.persistentDisputes) out.push(`  ${e(d.key)}: ${d.periods.map(e).join(', ')}  ${paint.dim(e(d.text))}`);
  out.push('');
  out.push(paint.bold('Areas whose owner keeps changing'));
  if (!t.ownerChanges.length) out.push('  None.');
  for (const o of t.ownerChanges)
    out.push(`  ${e(o.name)}: ${o.history.map((h) => `${e(h.period)} ${e(h.owner ?? 'no owner')}`).join(' → ')}`);
  out.push('');
  out.push(paint.bold('Actions carried from year to year'));
  if (!t.actions.length) out.push('  None recorded.');
  for (const a of t.actions) {
    const tone =
      a.outcome === 'done-on-time'
        ? paint.green
        : a.outcome === 'open'
          ? (x: string) => x
          : a.outcome === 'done-late'
            ? paint.yellow
            : paint.red;
    out.push(
      `  ${tone(OUTCOME_TEXT[a.outcome].padEnd(20))} ${e(a.title)}${a.owner ? paint.dim(` (${e(a.owner)}${a.due ? `, due ${a.due}` : ''})`) : ''}  ${paint.dim(a.history.map((h) => `${e(h.period)} ${h.status}`).join(' → '))}`,
    );
  }
  out.push('');
  out.push(paint.bold('Success criteria per period'));
  for (const c of t.criteria)
    out.push(`  ${e(c.period).padEnd(labelWidth)} ${c.met} met, ${c.missed} missed, ${c.open} open, ${c.dropped} dropped`);
  return `${out.join('\n')}\n`;
};
