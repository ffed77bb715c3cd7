/**
 * What the tool writes, the tool reads back with the same values: serializeReview (used by init,
 * merge and agree) and the loader agree on every string, whatever it holds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReview } from '../../src/core/load.js';
import type { Review } from '../../src/core/schema.js';
import { serializeReview } from '../../src/core/serialize.js';
import { validateReview } from '../../src/core/validate.js';
import { ROOT } from '../helpers/cli.js';

const base = loadReview(readFileSync(join(ROOT, 'examples/northwind/2026.yaml'))).review!;

// Strings that YAML writers and readers have disagreed on, and any text at all.
const TRICKY = [
  '1_000',
  // A line break in a value written in flow style (`reviewer: { name: … }`) made YAML other readers refuse.
  '-\n\n¡',
  '0b1',
  '0o17',
  '0x1F',
  '012',
  '+12',
  '-0',
  '1e3',
  '1_0.5',
  '.5',
  '5.',
  '.inf',
  '-.Inf',
  '.NaN',
  'yes',
  'No',
  'on',
  'OFF',
  'y',
  'n',
  'null',
  'Null',
  '~',
  'true',
  'False',
  '2026-01-01',
  '12:30',
  '1:2',
  '<<',
  '=',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDC00',
  '\u0085',
  '\u2028',
  '\u0000',
  '\u001b[31m',
  '\u202E',
  '\u200B',
  '\uFEFF',
  ' lead',
  'trail ',
  '  both  ',
  '#',
  'a #b',
  '#!x',
  ': ',
  'a: b',
  'a:b',
  '- x',
  '-',
  '? x',
  '"q"',
  "'q'",
  '*a',
  '&a',
  '!t',
  '!!str',
  '%YAML',
  '@x',
  '`x',
  '{a: 1}',
  '[a]',
  '|',
  '>',
  '|-\n x',
  'a\nb',
  'a\n',
  '\n\n',
  '\t',
  'a\r\nb',
  '\\',
  '\\n',
  '---',
  '...',
  '— ünïcödé 日本 👩‍💻',
];
const piece = fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', maxLength: 12 }), fc.string({ maxLength: 12 }));
const anyText = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));

/** The base review with `s` in every free-text field (as the schema would read it). */
function withText(s: string): Review | undefined {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- every free-text field is overwritten, whatever its place in the schema
  const r = structuredClone(base) as Record<string, any>;
  r.organisation = s;
  r.reviewer = { ...r.reviewer, name: s, role: s };
  r.executives.cio.name = s;
  r.executives.coo = { name: s, title: s };
  r.sections[0].title = s;
  r.sections[0].questions[0].text = s;
  r.sections[0].questions[0].notes = s;
  r.blurredAreas[0].name = s;
  r.blurredAreas[0].process = s;
  r.blurredAreas[0].notes = s;
  r.investments[0].name = s;
  r.investments[0].roi = { ...r.investments[0].roi, metric: s };
  r.successCriteria.joint = [
    { id: 'first', text: s, status: 'open' },
    { id: 'second', text: `${s} 2`, status: 'met', metric: s },
  ];
  r.actions[0].title = s;
  r.actions[0].measure = s;
  r.decisions[0].ask = s;
  r.sections[0].questions[1].notes = { cio: s, cmo: s };
  r.waivers[0].reason = s;
  r.waivers[0].approvedBy = s;
  const validated = validateReview(JSON.parse(JSON.stringify(r)));
  return validated.problems.length ? undefined : validated.review;
}

describe('serialize, then load', () => {
  it.each(TRICKY.map((t) => [JSON.stringify(t), t]))('reads back %s unchanged', (_label, t) => {
    let tested = 0;
    for (const s of [t, `x${t}`, `${t}x`, `a ${t} b`]) {
      const review = withText(s);
      if (!review) continue; // empty after trimming: the schema refuses it before anything is written
      tested++;
      const text = serializeReview(review, ' header');
      const loaded = loadReview(new TextEncoder().encode(text));
      expect(loaded.problems, `${JSON.stringify(s)}\n${text.slice(0, 400)}`).toEqual([]);
      expect(loaded.review).toEqual(review);
    }
    expect(tested).toBeGreaterThan(0);
  });

  it('reads back any text unchanged (property)', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const review = withText(s);
        fc.pre(review !== undefined);
        const loaded = loadReview(new TextEncoder().encode(serializeReview(review!)));
        expect(loaded.problems).toEqual([]);
        expect(loaded.review).toEqual(review);
      }),
      { numRuns: 300 },
    );
  });
});
