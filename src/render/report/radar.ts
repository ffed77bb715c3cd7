/**
 * A radar chart of the five points, as inline SVG: the CIO's and the CMO's mean ratings overlaid.
 * Readable without colour: the CIO is a solid line with round markers, the CMO a dashed line with
 * square markers, each point carries its value, and the legend says which is which.
 */
import type { SectionScore } from '../../core/score.js';
import { escapeHtml } from '../escape.js';

// Wider than tall: the axis labels left and right need room that the top and bottom do not.
const WIDTH = 520;
const HEIGHT = 440;
const CX = WIDTH / 2;
const CY = 205;
const RADIUS = 128;

export const SERIES = [
  { key: 'cio', label: 'CIO', color: '#1d4e89', dash: '', marker: 'circle' },
  { key: 'cmo', label: 'CMO', color: '#b4491b', dash: '7 5', marker: 'square' },
] as const;

const angle = (i: number, n: number) => -Math.PI / 2 + (2 * Math.PI * i) / n;
const at = (i: number, n: number, r: number) => [CX + r * Math.cos(angle(i, n)), CY + r * Math.sin(angle(i, n))] as const;
const fmt = (x: number) => x.toFixed(1);

/** Split a title into lines of at most `width` characters, at spaces. */
function wrap(text: string, width = 16): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function radarSvg(sections: readonly SectionScore[]): string {
  const n = sections.length;
  const parts: string[] = [];
  parts.push(
    `<svg data-chart="radar" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="radar-title radar-desc" xmlns="http://www.w3.org/2000/svg">`,
  );
  parts.push(`<title id="radar-title">How the CIO and the CMO rate the five points</title>`);
  parts.push(
    `<desc id="radar-desc">${escapeHtml(sections.map((s) => `${s.title}: CIO ${s.cioMean === null ? 'no ratings' : s.cioMean.toFixed(1)}, CMO ${s.cmoMean === null ? 'no ratings' : s.cmoMean.toFixed(1)}`).join('; '))}. Scale 1 to 5.</desc>`,
  );
  // Rings for 1..5, labelled on the first axis.
  for (let v = 1; v <= 5; v++) {
    const r = (RADIUS * v) / 5;
    const ring = Array.from({ length: n }, (_, i) => at(i, n, r).map(fmt).join(',')).join(' ');
    parts.push(`<polygon class="ring" points="${ring}" fill="none" stroke="#c9ced6" stroke-width="${v === 5 ? 1.2 : 0.8}"/>`);
    const [x, y] = at(0, n, r);
    parts.push(`<text class="ring-label" x="${fmt(x + 4)}" y="${fmt(y + 3)}" font-size="9" fill="#6b7280">${v}</text>`);
  }
  // Axes with their section titles.
  sections.forEach((s, i) => {
    const [x, y] = at(i, n, RADIUS);
    const [lx, ly] = at(i, n, RADIUS + 22);
    const anchor = Math.abs(lx - CX) < 8 ? 'middle' : lx > CX ? 'start' : 'end';
    const lines = wrap(s.title);
    const top = ly - ((lines.length - 1) * 12) / 2 + (ly < CY - 20 ? -4 : ly > CY + 20 ? 6 : 0);
    parts.push(`<g class="axis" data-axis="${escapeHtml(s.id)}">`);
    parts.push(`<line x1="${CX}" y1="${CY}" x2="${fmt(x)}" y2="${fmt(y)}" stroke="#9aa3af" stroke-width="1"/>`);
    parts.push(
      `<text x="${fmt(lx)}" y="${fmt(top)}" text-anchor="${anchor}" font-size="11" fill="#1f2937">${lines.map((l, k) => `<tspan x="${fmt(lx)}" dy="${k === 0 ? 0 : 12}">${escapeHtml(l)}</tspan>`).join('')}</text>`,
    );
    parts.push(`</g>`);
  });
  // The two series.
  for (const series of SERIES) {
    const values = sections.map((s) => (series.key === 'cio' ? s.cioMean : s.cmoMean));
    const points = values.map((v, i) => at(i, n, v === null ? 0 : (RADIUS * v) / 5));
    parts.push(`<g class="series" data-series="${series.key}">`);
    parts.push(
      `<polygon points="${points.map((p) => p.map(fmt).join(',')).join(' ')}" fill="${series.color}" fill-opacity="0.10" stroke="${series.color}" stroke-width="2.2"${series.dash ? ` stroke-dasharray="${series.dash}"` : ''} stroke-linejoin="round"/>`,
    );
    points.forEach(([x, y], i) => {
      const value = values[i];
      const section = sections[i];
      if (value == null || !section) return;
      parts.push(
        series.marker === 'circle'
          ? `<circle class="marker" cx="${fmt(x)}" cy="${fmt(y)}" r="4.2" fill="#fff" stroke="${series.color}" stroke-width="2"><title>${series.label}, ${escapeHtml(section.title)}: ${value.toFixed(1)}</title></circle>`
          : `<rect class="marker" x="${fmt(x - 3.8)}" y="${fmt(y - 3.8)}" width="7.6" height="7.6" fill="${series.color}" stroke="${series.color}"><title>${series.label}, ${escapeHtml(section.title)}: ${value.toFixed(1)}</title></rect>`,
      );
    });
    parts.push(`</g>`);
  }
  // Legend, in the chart itself so a printed or copied chart keeps it.
  SERIES.forEach((series, k) => {
    const y = HEIGHT - 28 + k * 16;
    parts.push(
      `<g class="legend" data-legend="${series.key}"><line x1="14" y1="${y}" x2="44" y2="${y}" stroke="${series.color}" stroke-width="2.2"${series.dash ? ` stroke-dasharray="${series.dash}"` : ''}/>` +
        (series.marker === 'circle'
          ? `<circle cx="29" cy="${y}" r="4" fill="#fff" stroke="${series.color}" stroke-width="2"/>`
          : `<rect x="25.4" y="${y - 3.6}" width="7.2" height="7.2" fill="${series.color}"/>`) +
        `<text x="52" y="${y + 4}" font-size="11" fill="#1f2937">${series.label}: mean rating per point (1–5)</text></g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
