/**
 * The trend as one self-contained HTML page, in the board report's conventions: inline CSS, an
 * inline SVG line chart per measure, no script, no network, a Content-Security-Policy that forbids
 * everything else. `trendSectionHtml` is the same content as a page of the board report.
 */
import { fitWidth } from '../../core/text.js';
import { pageCss } from '../page-css.js';
import { VERDICT_TEXT } from '../../core/score.js';
import { OUTCOME_TEXT, type PeriodSummary, type Trend } from '../../core/trend.js';
import { escapeHtml as h } from '../escape.js';
import { fixed } from '../format.js';
import { MEASURES } from './model.js';
import { present } from '../../core/present.js';

/** Styles the trend adds; the board report already has the rest. */
export const TREND_CSS = `
.trend-charts { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 14px; margin-bottom: 14px; }
.trend-charts figure { margin: 0; border: 1px solid #e5e7eb; border-radius: 8px; padding: 8px; }
.trend-charts figcaption { font-size: 12.5px; font-weight: 600; color: #16325c; }
.trend-charts svg { width: 100%; height: auto; display: block; }
.trend-page { break-before: page; }
@media screen and (max-width: 860px) { .trend-charts { grid-template-columns: 1fr; } }
@media print { .trend-charts { grid-template-columns: repeat(3, 1fr); } .trend-charts figure { break-inside: avoid; } }
`;

const PAGE_CSS = `${pageCss('top')}${TREND_CSS}`;

const W = 320;
const H = 170;
const PAD = { left: 34, right: 20, top: 12, bottom: 30 };

/** A line chart of one measure over the periods, on the measure's fixed scale; gaps where null. */
export function lineChartSvg(
  label: string,
  periods: readonly PeriodSummary[],
  values: readonly (number | null)[],
  min: number,
  max: number,
): string {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (periods.length === 1 ? innerW / 2 : (innerW * i) / (periods.length - 1));
  const y = (v: number) => PAD.top + innerH * (1 - (Math.max(min, Math.min(max, v)) - min) / (max - min));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${h(label)} per period" data-chart="${h(label.toLowerCase())}">`,
  );
  for (let k = 0; k <= 4; k++) {
    const v = min + ((max - min) * k) / 4;
    parts.push(`<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e5e7eb"/>`);
    parts.push(
      `<text x="${PAD.left - 4}" y="${(y(v) + 3.5).toFixed(1)}" font-size="9" text-anchor="end" fill="#6b7280">${max - min > 10 ? v.toFixed(0) : v.toFixed(0)}</text>`,
    );
  }
  // Label at most about eight periods so the axis stays legible over a long history.
  const step = Math.max(1, Math.ceil(periods.length / 8));
  periods.forEach((p, i) => {
    if (i % step === 0 || i === periods.length - 1)
      parts.push(
        `<text x="${x(i).toFixed(1)}" y="${H - 10}" font-size="9" text-anchor="middle" fill="#6b7280">${h(fitWidth(p.period, 9))}</text>`,
      );
  });
  let run: string[] = [];
  const flush = () => {
    if (run.length > 1) parts.push(`<polyline fill="none" stroke="#16325c" stroke-width="2" points="${run.join(' ')}"/>`);
    run = [];
  };
  values.forEach((v, i) => {
    if (v === null) return flush();
    run.push(`${x(i).toFixed(1)},${y(v).toFixed(1)}`);
  });
  flush();
  values.forEach((v, i) => {
    if (v !== null)
      parts.push(
        `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3.2" fill="#16325c" data-period="${h(present(periods[i], 'periods[i]').period)}" data-value="${v}"><title>${h(present(periods[i], 'periods[i]').period)}: ${fixed(v)}</title></circle>`,
      );
  });
  parts.push('</svg>');
  return parts.join('');
}

/** The trend's content as HTML sections (no page around it). */
export function trendSectionHtml(t: Trend, heading = 'Over the years'): string {
  const periods = t.periods;
  const out: string[] = [];
  out.push(`<section class="trend-page" aria-labelledby="h-trend" data-section="trend">`);
  out.push(
    `<h2 id="h-trend">${h(heading)}: ${h(present(periods[0], 'the first period').period)} to ${h(present(periods.at(-1), 'the last period').period)}</h2>`,
  );
  out.push('<div class="trend-charts">');
  for (const m of MEASURES)
    out.push(
      `<figure><figcaption>${m.label} <span class="small">(${m.scale})</span></figcaption>${lineChartSvg(
        m.label,
        periods,
        periods.map((p) => p[m.key]),
        m.min,
        m.max,
      )}</figure>`,
    );
  out.push('</div>');
  out.push(
    '<table data-table="periods"><thead><tr><th>Period</th><th>Verdict</th>' +
      MEASURES.map((m) => `<th class="num">${m.label}</th>`).join('') +
      '</tr></thead><tbody>',
  );
  for (const p of periods)
    out.push(
      `<tr><td>${h(p.period)}</td><td>${h(VERDICT_TEXT[p.verdict].title)}</td>${MEASURES.map((m) => `<td class="num">${fixed(p[m.key], m.digits)}</td>`).join('')}</tr>`,
    );
  out.push('</tbody></table>');

  const ids = [...new Set(periods.flatMap((p) => p.sections.map((s) => s.id)))];
  const titles = new Map(periods.flatMap((p) => p.sections.map((s) => [s.id, s.title] as const)));
  out.push('<h3>The five points: maturity / consensus</h3>');
  out.push(
    `<table data-table="sections"><thead><tr><th>Point</th>${periods.map((p) => `<th class="num">${h(p.period)}</th>`).join('')}</tr></thead><tbody>`,
  );
  for (const id of ids)
    out.push(
      `<tr><td>${h(titles.get(id) ?? id)}</td>${periods
        .map((p) => {
          const s = p.sections.find((x) => x.id === id);
          return `<td class="num">${s ? `${fixed(s.maturity)} / ${fixed(s.consensus)}` : '—'}</td>`;
        })
        .join('')}</tr>`,
    );
  out.push('</tbody></table>');

  out.push('<h3>Disputed for two periods or more</h3>');
  out.push(
    t.persistentDisputes.length
      ? `<ul>${t.persistentDisputes.map((d) => `<li>${h(d.text)} <span class="small">(${d.periods.map(h).join(', ')})</span></li>`).join('')}</ul>`
      : '<p class="small">None.</p>',
  );
  out.push('<h3>Areas whose owner keeps changing</h3>');
  out.push(
    t.ownerChanges.length
      ? `<ul>${t.ownerChanges.map((o) => `<li>${h(o.name)}: ${o.history.map((x) => `${h(x.period)} ${h(x.owner ?? 'no owner')}`).join(' → ')}</li>`).join('')}</ul>`
      : '<p class="small">None.</p>',
  );
  out.push('<h3>Actions carried from year to year</h3>');
  if (!t.actions.length) out.push('<p class="small">None recorded.</p>');
  else {
    out.push(
      '<table data-table="actions"><thead><tr><th>Action</th><th>Owner</th><th>Due</th><th>Outcome</th><th>History</th></tr></thead><tbody>',
    );
    for (const a of t.actions)
      out.push(
        `<tr data-outcome="${a.outcome}"><td>${h(a.title)}</td><td>${h(a.owner ?? '—')}</td><td>${h(a.due ?? '—')}</td><td>${h(OUTCOME_TEXT[a.outcome])}</td><td class="small">${a.history.map((x) => `${h(x.period)} ${x.status}`).join(' → ')}</td></tr>`,
      );
    out.push('</tbody></table>');
  }
  out.push('<h3>Success criteria per period</h3>');
  out.push(
    '<table data-table="criteria"><thead><tr><th>Period</th><th class="num">Met</th><th class="num">Missed</th><th class="num">Open</th><th class="num">Dropped</th></tr></thead><tbody>',
  );
  for (const c of t.criteria)
    out.push(
      `<tr><td>${h(c.period)}</td><td class="num">${c.met}</td><td class="num">${c.missed}</td><td class="num">${c.open}</td><td class="num">${c.dropped}</td></tr>`,
    );
  out.push('</tbody></table>');
  out.push('</section>');
  return out.join('\n');
}

export function renderTrendHtml(t: Trend, version = ''): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(t.organisation)}: the CIO and CMO review over the years</title>`,
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${h(t.organisation)}</h1>`,
    `<p class="small">The CIO and CMO review over ${t.periods.length} period${t.periods.length === 1 ? '' : 's'}. Maturity 1 to 5; consensus and ownership 0 to 100.</p>`,
    trendSectionHtml(t),
    `<footer>Generated by review${version ? ` ${h(version)}` : ''} from ${t.periods.map((p) => h(p.file)).join(', ')}.</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
