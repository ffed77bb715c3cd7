import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boundedEditDistance,
  clip,
  cutText,
  excerpt,
  Finder,
  formatCount,
  listBounded,
  SUGGEST_MAX_CANDIDATES,
  Suggester,
  suggest,
} from '../../src/core/text.js';

/** The textbook full-matrix Levenshtein distance, as the reference. */
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length]![b.length]!;
}

describe('boundedEditDistance', () => {
  it('equals the full distance when within the limit, and limit + 1 past it', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.nat({ max: 8 }), (a, b, limit) => {
        const full = levenshtein(a, b);
        expect(boundedEditDistance(a, b, limit)).toBe(full <= limit ? full : limit + 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('Suggester', () => {
  it('suggests the nearest candidate for a typo, the first listed on a tie', () => {
    expect(suggest('boardReportng', ['owner', 'boardReporting', 'process'])).toBe('boardReporting');
    expect(suggest('cmoo', ['joint', 'cio', 'cmo', 'coo'])).toBe('cmo');
    expect(suggest('cxo', ['joint', 'cio', 'cmo', 'coo'])).toBe('cio');
    expect(suggest('Quartely', ['none', 'monthly', 'quarterly'])).toBe('quarterly');
    expect(suggest('marketing', ['joint', 'cio', 'cmo'])).toBeUndefined();
  });

  it('gives no suggestion for a long input, however close', () => {
    const long = `area-${'x'.repeat(60)}`;
    expect(suggest(`${long}y`, [long])).toBeUndefined();
  });

  it(`compares at most ${SUGGEST_MAX_CANDIDATES} candidates of a plausible length`, () => {
    const candidates = [...Array.from({ length: SUGGEST_MAX_CANDIDATES }, (_, i) => `zz${String(i).padStart(4, '0')}`), 'target'];
    expect(suggest('targex', candidates)).toBeUndefined();
    expect(suggest('targex', candidates.slice(-10))).toBe('target');
  });

  it('stops suggesting once its budget is spent, and remembers what it answered', () => {
    const suggester = new Suggester(['alpha', 'beta', 'gamma'], 30);
    expect(suggester.suggest('alpga')).toBe('alpha');
    expect(suggester.suggest('betta')).toBeUndefined();
    expect(suggester.suggest('alpga')).toBe('alpha');
  });
});

describe('listBounded', () => {
  it('lists up to ten values in full', () => {
    expect(listBounded(['a', 'b', 'c'])).toBe('a, b or c');
    expect(listBounded('abcdefghij'.split(''))).toBe('a, b, c, d, e, f, g, h, i or j');
  });

  it('lists ten and counts the rest', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `e${i}`);
    expect(listBounded(keys)).toBe('e0, e1, e2, e3, e4, e5, e6, e7, e8, e9 … and 4,990 more');
  });

  it('formats counts with thousands separators', () => {
    expect([formatCount(7), formatCount(4990), formatCount(1234567)]).toEqual(['7', '4,990', '1,234,567']);
  });
});

describe('cutText, clip and excerpt', () => {
  it('excerpt: one line, at most max characters, cut at a word late enough, trailing space and punctuation dropped before the … (a reference, fast-check)', () => {
    // The rule as a plain regex pipeline, as excerpt first wrote it.
    const reference = (value: string, max: number) => {
      const oneLine = value.trim().replace(/\s+/gu, ' ');
      if (oneLine.length <= max) return oneLine;
      const cut = cutText(oneLine, max - 1);
      const space = cut.lastIndexOf(' ');
      return `${(space >= max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/u, '')}…`;
    };
    const unit = fc.constantFrom('a', 'é', ' ', '  ', '\t', '\n', ',', ';', ':', '.', '-', '\u00a0', '\u3000', '\u2028', '𐀀', 'x.');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), fc.integer({ min: 2, max: 40 }), (units, max) => {
        const value = units.join('');
        expect(excerpt(value, max)).toBe(reference(value, max));
      }),
      { numRuns: 3000 },
    );
  });

  it('never leave half of a character outside the Basic Multilingual Plane (a lone surrogate is unsafe output)', () => {
    const astral = '𐀀'.repeat(20);
    for (let n = 0; n <= 41; n++)
      for (const s of [cutText(astral, n), clip(astral, n), excerpt(`a ${astral}`, n + 2)]) expect(s, `n = ${n}`).not.toMatch(/\p{Cs}/u);
    expect(cutText('ab𐀀c', 3)).toBe('ab');
    expect(cutText('ab𐀀c', 4)).toBe('ab𐀀');
    expect(clip('ab𐀀c', 3)).toBe('ab…');
  });
});

describe('Finder', () => {
  it('answers what indexOf answers, for positions in any order (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', '#', ':', ' ', '\n'), maxLength: 60 }),
        fc.array(fc.nat(70), { maxLength: 30 }),
        fc.boolean(),
        (text, positions, forward) => {
          const finder = new Finder(text, '#');
          const asked = forward ? [...positions].sort((a, b) => a - b) : positions;
          for (const at of asked) expect(finder.next(at), `at ${at} in ${JSON.stringify(text)}`).toBe(text.indexOf('#', at));
        },
      ),
    );
  });

  it('searches each part of the text once when the positions only move forward', () => {
    const text = `${'a'.repeat(10_000)}#${'b'.repeat(10_000)}`;
    let searches = 0;
    const finder = new Finder(text, '#');
    const indexOf = String.prototype.indexOf;
    String.prototype.indexOf = function (this: string, ...args: [string, number?]) {
      if (this === text) searches++;
      return indexOf.apply(this, args);
    };
    try {
      for (let at = 0; at < text.length; at += 7) finder.next(at);
    } finally {
      String.prototype.indexOf = indexOf;
    }
    // One search finds the `#`, one past it finds none; every other answer is the one kept.
    expect(searches).toBe(2);
  });
});
