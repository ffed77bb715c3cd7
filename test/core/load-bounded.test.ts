/**
 * A file's schema problems are listed in file order, the first 100 of them, then one line that
 * says how many more there are and from which line: whatever order the validator found them in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReview } from '../../src/core/load.js';
import { explainReview } from '../../src/core/explain.js';
import { provideExplainer } from '../../src/core/validate.js';

provideExplainer(explainReview);
const ROOT = join(import.meta.dirname, '../..');

describe('the schema problems of a file', () => {
  it('are the first 100 by line and column, then the count of the rest from the 101st’s line, for 60 to 240 of them', () => {
    const example = readFileSync(join(ROOT, 'examples/northwind/2026.yaml'), 'utf8').replace(/ratings: \{ cio: 4,/g, 'ratings: { cio: 9,');
    for (const unknown of [60, 99, 100, 101, 240]) {
      // Unknown keys near the top of the file: the validator finds them after the bad ratings below.
      const at = example.indexOf('\nperiod:') + 1;
      const text = `${example.slice(0, at)}${Array.from({ length: unknown }, (_, i) => `zz${i}: 1\n`).join('')}${example.slice(at)}`;
      const loaded = loadReview(new TextEncoder().encode(text));
      const problemLines = (pattern: RegExp) => text.split('\n').flatMap((line, i) => (pattern.test(line) ? [i + 1] : []));
      const all = [
        ...problemLines(/^zz\d+: 1$/).map((line, i) => ({ line, key: `zz${i}` })),
        ...problemLines(/cio: 9,/).map((line) => ({ line, key: 'rating' })),
      ];
      expect(all.filter((p) => p.key === 'rating')).toHaveLength(11);
      expect(loaded.problemCount, `${unknown} unknown keys`).toBe(all.length);
      const shown = loaded.problems.slice(0, 100);
      expect(shown.map((p) => p.line)).toEqual(all.slice(0, 100).map((p) => p.line));
      for (const [i, p] of shown.entries()) {
        const want = all[i];
        if (want?.key.startsWith('zz')) expect(p.message).toContain(`\`${want.key}\``);
      }
      if (all.length > 100) {
        expect(loaded.problems).toHaveLength(101);
        expect(loaded.problems[100]?.message).toBe(
          `… and ${all.length - 100} more problems in this file, from line ${all[100]?.line} on (the first 100 are listed)`,
        );
      } else expect(loaded.problems).toHaveLength(all.length);
    }
  });
});
