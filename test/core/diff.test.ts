/** core/diff.ts: the year-over-year comparison, pure. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffReviews } from '../../src/core/diff.js';
import { loadReview } from '../../src/core/load.js';
import type { Review } from '../../src/core/schema.js';
import { ROOT } from '../helpers/cli.js';

const load = (file: string): Review => {
  const loaded = loadReview(readFileSync(join(ROOT, file)));
  if (!loaded.review) throw new Error(`${file} does not load`);
  return loaded.review;
};
const N2025 = load('examples/northwind/2025.yaml');
const N2026 = load('examples/northwind/2026.yaml');
const OPTIONS = { gapThreshold: 2, today: '2026-04-01' };

/** Northwind 2026 with the ratings a property chose, statement by statement. */
const withRatings = (ratings: (number | null)[][]): Review => {
  const review = structuredClone(N2026);
  let i = 0;
  for (const section of review.sections)
    for (const q of section.questions) {
      const [cio, cmo] = ratings[i++ % ratings.length] ?? [null, null];
      q.ratings = { ...(cio !== null ? { cio } : {}), ...(cmo !== null ? { cmo } : {}) } as typeof q.ratings;
    }
  return review;
};
const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
const someRatings = fc.array(fc.tuple(rating, rating), { minLength: 1, maxLength: 40 });

describe('diffReviews', () => {
  it('finds nothing between a review and itself', () => {
    const d = diffReviews('a.yaml', N2026, 'b.yaml', N2026, OPTIONS);
    expect(d.identical).toBe(true);
    expect(d.regressions).toEqual([]);
    expect(d.deltas).toEqual({ maturity: 0, consensus: 0, ownership: 0 });
    expect(d.questions.length).toBeGreaterThan(0);
    expect(d.areas.length).toBeGreaterThan(0);
    for (const list of [d.sections, d.questions, d.areas, d.investments, d.executives, d.successCriteria, d.actions, d.decisions])
      expect(list.filter((x) => 'change' in x && x.change !== 'unchanged')).toEqual([]);
  });

  it('names the files as labels only and says what moved between two years', () => {
    const d = diffReviews('2025.yaml', N2025, '2026.yaml', N2026, OPTIONS);
    expect(d.identical).toBe(false);
    expect(d.from.file).toBe('2025.yaml');
    expect(d.to.file).toBe('2026.yaml');
    expect(d.questions.some((q) => q.change !== 'unchanged')).toBe(true);
  });

  it('is empty between any review and itself (property)', () => {
    fc.assert(
      fc.property(someRatings, (ratings) => {
        const r = withRatings(ratings);
        const d = diffReviews('a.yaml', r, 'a.yaml', structuredClone(r), OPTIONS);
        expect(d.identical).toBe(true);
        expect(d.regressions).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('turns the deltas round when the years are swapped (property)', () => {
    fc.assert(
      fc.property(someRatings, someRatings, (a, b) => {
        const [from, to] = [withRatings(a), withRatings(b)];
        const forth = diffReviews('a.yaml', from, 'b.yaml', to, OPTIONS).deltas;
        const back = diffReviews('b.yaml', to, 'a.yaml', from, OPTIONS).deltas;
        for (const k of ['maturity', 'consensus', 'ownership'] as const) {
          if (forth[k] === null) expect(back[k]).toBeNull();
          else expect((back[k] ?? NaN) + forth[k]).toBeCloseTo(0, 6);
        }
      }),
      { numRuns: 60 },
    );
  });
});
