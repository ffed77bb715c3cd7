/** core/merge.ts: the CIO's and the CMO's files of the same review become one, conflicts located. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReview } from '../../src/core/load.js';
import { conflictProblem, describeConflict, mergeReviews, type MergeInput } from '../../src/core/merge.js';
import { serializeReview } from '../../src/core/serialize.js';
import { ROOT } from '../helpers/cli.js';

function input(file: string, text = readFileSync(join(ROOT, file), 'utf8')): MergeInput {
  const loaded = loadReview(new TextEncoder().encode(text));
  if (!loaded.review) throw new Error(`${file} does not load`);
  return { file, review: loaded.review, source: loaded.source };
}

describe('mergeReviews', () => {
  it('merges a file with itself into the same review, with no conflict', () => {
    const a = input('examples/northwind/2026.yaml');
    const { review, conflicts } = mergeReviews([a, input('examples/northwind/2026.yaml')]);
    expect(conflicts).toEqual([]);
    expect(review).toEqual(a.review);
  });

  it('locates each conflict in both files, line and column', () => {
    const { conflicts } = mergeReviews([input('test/fixtures/merge/a.yaml'), input('test/fixtures/merge/b.yaml')]);
    const owner = conflicts.find((c) => c.field === 'blurredAreas[social].owner');
    expect(owner?.sides).toEqual([
      { file: 'test/fixtures/merge/a.yaml', line: 16, column: 12, value: 'cmo' },
      { file: 'test/fixtures/merge/b.yaml', line: 16, column: 12, value: 'cio' },
    ]);
    expect(describeConflict(owner!)).toBe(
      'blurredAreas[social].owner: `cmo` in test/fixtures/merge/a.yaml:16:12, `cio` in test/fixtures/merge/b.yaml:16:12',
    );
    expect(conflictProblem(owner!)).toEqual({
      file: 'test/fixtures/merge/a.yaml',
      line: 16,
      column: 12,
      message: 'conflict on blurredAreas[social].owner: `cmo` here, `cio` in test/fixtures/merge/b.yaml:16:12',
    });
  });

  it('has no conflict when any review is merged with itself (property)', () => {
    const base = input('examples/northwind/2026.yaml').review;
    const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.tuple(rating, rating), { minLength: 1, maxLength: 30 }), (ratings) => {
        const review = structuredClone(base);
        let i = 0;
        for (const s of review.sections)
          for (const q of s.questions) {
            const [cio, cmo] = ratings[i++ % ratings.length]!;
            q.ratings = { ...(cio ? { cio } : {}), ...(cmo ? { cmo } : {}) } as typeof q.ratings;
          }
        const text = serializeReview(review);
        const { review: merged, conflicts } = mergeReviews([input('a.yaml', text), input('b.yaml', text)]);
        expect(conflicts).toEqual([]);
        expect(merged).toEqual(input('a.yaml', text).review);
      }),
      { numRuns: 40 },
    );
  });
});
