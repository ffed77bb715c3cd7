/**
 * The benchmark as one self-contained HTML page (inline CSS and SVG, no script, strict CSP). Each
 * figure is drawn as a box of the peers' middle half, their median and this organisation's mark;
 * no peer is named, dated or located.
 */
import type { Benchmark, Standing } from '../../core/benchmark.js';
import { escapeHtml as h } from '../escape.js';
import { fixed } from '../format.js';
import { MEASURE_ROWS, ordinal } from './model.js';

const CSS = `
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2937; background: #f6f7f9; }
main { max-width: 1120px; margin: 0 auto; padding: 32px 40px 48px; background: #fff; }
h1 { font-size: 24px; margin: 0 0 6px; color: #16325c; }
h2 { font-size: 17px; color: #16325c; margin: 22px 0 10px; padding-bottom: 4px; border-bottom: 1px solid #e5e7eb; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { text-align: left; padding: 6px 7px; border-bottom: 1px solid #e5e7eb; vertical-align: middle; }
th { font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; color: #6b7280; font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td svg { width: 220px; max-width: 100%; height: auto; display: block; }
.small { font-size: 12px; color: #6b7280; }
footer { margin-top: 32px; font-size: 11.5px; color: #6b7280; border-top: 1px solid #e5e7eb; padding-top: 10px; }
@page { margin: 14mm; }
@media print { body { background: #fff; font-size: 10pt; } main { max-width: none; padding: 0; } tr { break-inside: avoid; } }
@media screen and (max-width: 860px) { main { padding: 20px 14px; } table { display: block; overflow-x: auto; max-width: 100%; } }
`;

/** A strip from the lowest to the highest possible figure: the peers' middle half, median, and this organisation. */
function strip(s: Standing, min: number, max: number): string {
  const W = 220;
  const x = (v: number) => (4 + ((Math.max(min, Math.min(max, v)) - min) / (max - min)) * (W - 8)).toFixed(1);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} 22" role="img" aria-label="${s.percentile === null ? 'not compared' : `${ordinal(s.percentile)} percentile`}">`];
  parts.push(`<line x1="4" x2="${W - 4}" y1="11" y2="11" stroke="#e5e7eb" stroke-width="2"/>`);
  if (s.q1 !== null && s.q3 !== null) parts.push(`<rect x="${x(s.q1)}" y="5" width="${Math.max(1, Number(x(s.q3)) - Number(x(s.q1))).toFixed(1)}" height="12" fill="#dbe4f0"/>`);
  if (s.median !== null) parts.push(`<line x1="${x(s.median)}" x2="${x(s.median)}" y1="3" y2="19" stroke="#6b7280" stroke-width="2"/>`);
  if (s.value !== null) parts.push(`<circle cx="${x(s.value)}" cy="11" r="5" fill="#16325c"/>`);
  parts.push('</svg>');
  return parts.join('');
}

const row = (label: string, s: Standing, min: number, max: number) =>
  `<tr><td>${label}</td><td class="num">${fixed(s.value)}</td><td class="num">${ordinal(s.percentile)}</td><td class="num">${fixed(s.q1)}</td><td class="num">${fixed(s.median)}</td><td class="num">${fixed(s.q3)}</td><td class="num">${s.n}</td><td>${strip(s, min, max)}</td></tr>`;

const HEAD = '<thead><tr><th>Figure</th><th class="num">Value</th><th class="num">Percentile</th><th class="num">Lower quartile</th><th class="num">Median</th><th class="num">Upper quartile</th><th class="num">Peers</th><th>Among the peers</th></tr></thead>';

export function renderBenchmarkHtml(b: Benchmark, version = ''): string {
  const out: string[] = [];
  out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<title>${h(b.organisation)}: benchmark against ${b.peers} peers</title>`, `<style>${CSS}</style>`, '</head>', '<body>', '<main>');
  out.push(`<h1>${h(b.organisation)} · ${h(b.period)}</h1>`);
  out.push(`<p class="small">Against ${b.peers} anonymous peers, each by its latest review. The band is the peers' middle half, the line their median, the dot this organisation. Percentile: the share of peers below, plus half of those level.</p>`);
  out.push(`<table data-table="measures">${HEAD}<tbody>`);
  for (const [key, label] of MEASURE_ROWS) out.push(row(label, b.measures[key], key === 'maturity' ? 1 : 0, key === 'maturity' ? 5 : 100));
  out.push('</tbody></table>');
  out.push('<h2>The five points</h2>');
  out.push(`<table data-table="sections">${HEAD}<tbody>`);
  for (const s of b.sections) {
    out.push(row(`${h(s.title)}: maturity`, s.maturity, 1, 5));
    out.push(row(`${h(s.title)}: consensus`, s.consensus, 0, 100));
  }
  out.push('</tbody></table>');
  out.push('<h2>Disputed here, and unusual among the peers</h2>');
  const unusual = b.statements.filter((q) => q.unusual);
  out.push(unusual.length ? `<ul>${unusual.map((q) => `<li>${h(q.text)} <span class="small">(gap ${q.gap.value}; disputed by ${Math.round((q.peersDisputing ?? 0) * 100)}% of peers)</span></li>`).join('')}</ul>` : '<p class="small">None.</p>');
  out.push('<h2>Every statement: level (the mean of the two ratings)</h2>');
  out.push(`<table data-table="statements">${HEAD}<tbody>`);
  for (const q of b.statements) out.push(row(h(q.text), q.level, 1, 5));
  out.push('</tbody></table>');
  out.push(`<footer>Generated by review${version ? ` ${h(version)}` : ''}. Peers are not named; no figure is shown over fewer than ${b.minPeers} of them.</footer>`);
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}
