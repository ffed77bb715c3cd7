/** render/trend/*: the years of one organisation in every format, from the Northwind examples. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadReview } from '../../src/core/load.js';
import { scoreReview } from '../../src/core/score.js';
import { buildTrend, summarizePeriod } from '../../src/core/trend.js';
import { makePaint } from '../../src/io/color.js';
import { plain } from '../../src/render/paint.js';
import { TREND_FORMATS } from '../../src/render/trend/index.js';
import { ROOT } from '../helpers/cli.js';

const FILES = ['examples/northwind/2027.yaml', 'examples/northwind/2025.yaml', 'examples/northwind/2026.yaml'];
const trend = buildTrend(
  FILES.map((file) => {
    const review = loadReview(readFileSync(join(ROOT, file))).review!;
    return summarizePeriod(file, review, scoreReview(review));
  }),
);
const render = async (format: keyof typeof TREND_FORMATS, paint = plain) => TREND_FORMATS[format](trend, { paint, version: '9.9.9' });

describe('trend renderers', () => {
  it('json: the periods in order with their measures', async () => {
    const j = JSON.parse(await render('json'));
    expect(j.organisation).toBe('Northwind Retail');
    expect(j.periods.map((p: { period: string }) => p.period)).toEqual(['2025', '2026', '2027']);
    expect(j.periods[1]).toMatchObject({ maturity: 3.4, consensus: 55, ownership: 92.3 });
  });

  it('text: the periods as columns and each measure as a run over them', async () => {
    const text = await render('text');
    expect(text.startsWith('Northwind Retail: 3 periods, 2025 → 2027\n')).toBe(true);
    expect(text).toMatch(/^ {2}Period {7}2025 {2}2026 {2}2027$/m);
    expect(text).toMatch(/^ {2}Maturity .* 2\.3 → 3\.4 → 3\.5 {2}\(1–5\)$/m);
  });

  it('markdown: one table row per period, in order', async () => {
    const md = await render('markdown');
    expect(md.startsWith('# Northwind Retail: the CIO and CMO review over 3 periods\n')).toBe(true);
    expect(md).toContain(
      [
        '| 2025 | At odds | 2.3 | 27.5 | 33.3 |',
        '| 2026 | Shared concern | 3.4 | 55.0 | 92.3 |',
        '| 2027 | Partnership | 3.5 | 66.1 | 96.4 |',
      ].join('\n'),
    );
  });

  it('text: coloured only with a colour paint', async () => {
    expect(await render('text')).not.toContain('\u001b[');
    expect(await render('text', makePaint(true))).toContain('\u001b[');
  });

  it('html: one page with its charts as inline SVG and the version', async () => {
    const html = await render('html');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<svg');
    expect(html).toContain('review 9.9.9');
    const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>') + 6);
    expect(XMLValidator.validate(svg)).toBe(true);
  });
});
