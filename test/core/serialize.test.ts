/** core/serialize.ts: a review written as a person would write it, and read back the same. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReview } from '../../src/core/load.js';
import type { Review } from '../../src/core/schema.js';
import { serializeReview } from '../../src/core/serialize.js';
import { ROOT } from '../helpers/cli.js';

const load = (text: string | Uint8Array) => loadReview(typeof text === 'string' ? new TextEncoder().encode(text) : text);
const N2026 = load(readFileSync(join(ROOT, 'examples/northwind/2026.yaml'))).review!;

describe('serializeReview', () => {
  const text = serializeReview(N2026, ' Written by a test.');

  it('starts with the header as a comment, then the keys in the contract order', () => {
    expect(text.startsWith('# Written by a test.\n')).toBe(true);
    const top = text
      .split('\n')
      .filter((l) => /^[a-zA-Z]+:/.test(l))
      .map((l) => l.slice(0, l.indexOf(':')));
    expect(top.slice(0, 4)).toEqual(['schemaVersion', 'organisation', 'period', 'template']);
    expect(top.indexOf('executives')).toBeLessThan(top.indexOf('sections'));
    expect(top.indexOf('sections')).toBeLessThan(top.indexOf('blurredAreas'));
  });

  it('writes ratings inline, statement by statement', () => {
    const { cio, cmo, ceo } = N2026.sections[0]!.questions[0]!.ratings ?? {};
    expect(text).toContain(`ratings: { cio: ${cio}, cmo: ${cmo}, ceo: ${ceo} }`);
  });

  it('reads back as the same review, with no problem', () => {
    const loaded = load(text);
    expect(loaded.problems).toEqual([]);
    expect(loaded.review).toEqual(N2026);
  });

  it('writes what it read back word for word (property: serialize, load, serialize)', () => {
    const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
    fc.assert(
      fc.property(fc.array(fc.tuple(rating, rating), { minLength: 1, maxLength: 30 }), fc.string({ maxLength: 40 }), (ratings, name) => {
        const review: Review = structuredClone(N2026);
        let i = 0;
        for (const s of review.sections)
          for (const q of s.questions) {
            const [cio, cmo] = ratings[i++ % ratings.length]!;
            const ceo = q.ratings?.ceo;
            const next = { ...(cio ? { cio } : {}), ...(cmo ? { cmo } : {}), ...(ceo ? { ceo } : {}) };
            // No rating at all is written as no `ratings` key, and read back so.
            if (Object.keys(next).length) q.ratings = next;
            else delete q.ratings;
          }
        if (name.trim()) review.executives.cio.name = name.trim();
        const once = serializeReview(review);
        const loaded = load(once);
        fc.pre(loaded.review !== undefined && loaded.problems.length === 0);
        expect(loaded.review).toEqual(review);
        expect(serializeReview(loaded.review!)).toBe(once);
      }),
      { numRuns: 60 },
    );
  });
});
