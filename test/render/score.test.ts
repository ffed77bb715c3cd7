/** render/score/*: every `review score --format`, from a score computed here. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReview } from '../../src/core/load.js';
import type { Review } from '../../src/core/schema.js';
import { scoreReview } from '../../src/core/score.js';
import { makePaint } from '../../src/io/color.js';
import { SCORE_FORMATS } from '../../src/render/score/index.js';
import type { ScoreReport } from '../../src/render/score/model.js';
import { plain } from '../../src/render/paint.js';
import { ROOT } from '../helpers/cli.js';

const review: Review = loadReview(readFileSync(join(ROOT, 'examples/northwind/2026.yaml'))).review!;
const report = (extra: Partial<ScoreReport> = {}): ScoreReport => ({
  file: 'reviews/2026.yaml',
  review,
  score: scoreReview(review),
  gate: { errors: 0, warnings: 3 },
  explain: false,
  ...extra,
});
const render = async (format: keyof typeof SCORE_FORMATS, extra: Partial<ScoreReport> = {}, width?: number, paint = plain) =>
  (await SCORE_FORMATS[format]())(report(extra), { paint, width });

describe('score renderers', () => {
  it('json: the verdict and the three measures, rounded, with the gate', async () => {
    const j = JSON.parse(await render('json'));
    expect(j).toMatchObject({
      version: 2,
      file: 'reviews/2026.yaml',
      organisation: 'Northwind Retail',
      verdict: 'shared-concern',
      gate: { errors: 0, warnings: 3 },
      maturity: { level: 3.4, band: 'developing', n: 25 },
      consensus: { value: 55, band: 'partly-shared', meanGap: 0.72, n: 25 },
      ownership: { value: 92.3, clarity: 92.9, jointness: 91.7 },
    });
    expect(j.explain).toBeUndefined();
    const explained = JSON.parse(await render('json', { explain: true })).explain as string[];
    expect(explained.some((line) => line.startsWith("Kappa = Cohen's kappa with quadratic weights"))).toBe(true);
  });

  it('markdown: the verdict in bold, a table of the measures, and the gate as it stands', async () => {
    const md = await render('markdown', { gate: { errors: 2, warnings: 0 } });
    expect(md.startsWith('# Northwind Retail, 2026: the CIO and the CMO\n')).toBe(true);
    expect(md).toContain('**Verdict: shared concern.**');
    expect(md).toContain('| Maturity (1–5) | 3.4 | developing, over 25 statements rated by both |');
    expect(md).toContain('2 errors');
  });

  it('text: fits the terminal width it is given, and colours only with a colour paint', async () => {
    const narrow = await render('text', {}, 80);
    const wide = await render('text', {}, 140);
    const widest = (s: string) => Math.max(...s.split('\n').map((l) => [...l].length));
    expect(widest(narrow)).toBeLessThanOrEqual(80);
    expect(widest(wide)).toBeGreaterThan(80);
    expect(narrow).not.toContain('\u001b[');
    expect(await render('text', {}, 80, makePaint(true))).toContain('\u001b[');
  });

  it('table is the version 1 name of text', async () => {
    expect(await render('table', {}, 100)).toBe(await render('text', {}, 100));
  });
});

describe('score table, narrow', () => {
  it('shortens an area name of astral characters without splitting one (found by the fuzz test)', async () => {
    const areas = review.blurredAreas.map((a, i) => (i === 0 ? { ...a, name: `${'𐀀'.repeat(40)} end` } : a));
    for (const width of [60, 61, 80, 81]) {
      const named = { ...review, blurredAreas: areas };
      const out = await render('text', { review: named, score: scoreReview(named) }, width);
      expect(out, `width ${width}`).toContain('𐀀');
      expect(out, `width ${width}`).not.toMatch(/\p{Cs}/u);
    }
  });
});
