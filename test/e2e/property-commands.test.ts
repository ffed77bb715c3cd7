/**
 * Fuzzing beyond `check`: `score`, `diff`, `report` and `merge` over generated reviews (valid and
 * not, with hostile text anywhere) always end with 0, 1 or 2, never an unexpected error or a stack
 * trace, with inert output and JSON that parses.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReview } from '../../src/core/load.js';
import { main } from '../../src/main.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { fakeIO } from '../helpers/fake-io.js';

const dir = tempDir('review-fuzz-');
const base = loadReview(readFileSync(join(ROOT, 'examples/northwind/2026.yaml'))).review!;
const RAW_UNSAFE = /(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}]/u;

const HOSTILE = [
  '\u001b[31m',
  '\u202e',
  '\u200b',
  '\u2028',
  '\ufffe',
  '\ud800',
  '\u0085',
  '<script>',
  '| x |',
  '$x$',
  '@admin',
  'https://x.example',
  '`',
  '\n',
  '',
];
const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom(...HOSTILE),
  fc.constantFrom('Sam Okafor', 'tbd'),
);
const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
const owner = fc.constantFrom('cio', 'cmo', 'joint', 'coo', 'tbd', 'nobody', '', 'cmoo', undefined);

/** A review built from the example by random edits: some valid, some not. */
const review = fc
  .record({
    organisation: text,
    ratings: fc.array(fc.record({ cio: rating, cmo: rating, ceo: rating }), { minLength: 40, maxLength: 40 }),
    keepQuestions: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    areas: fc.array(
      fc.record({ owner, cio: owner, cmo: owner, name: text, process: fc.option(text, { nil: undefined }), keep: fc.boolean() }),
      { minLength: 10, maxLength: 10 },
    ),
    investments: fc.array(fc.record({ keep: fc.boolean(), owners: fc.subarray(['cio', 'cmo', 'joint', 'coo']), name: text }), {
      minLength: 5,
      maxLength: 5,
    }),
    note: text,
    waiverReason: text,
    period: fc.constantFrom(2025, 2026, 2027, '2026-H1'),
  })
  .map((g) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the review is reshaped at will, off the schema, to make generated inputs
    const r = structuredClone(base) as Record<string, any>;
    r.organisation = g.organisation;
    r.period = g.period;
    let k = 0;
    for (const s of r.sections) {
      s.questions = s.questions.filter(() => g.keepQuestions[k++ % 40]);
      for (const q of s.questions) {
        const x = g.ratings[k++ % 40]!;
        q.ratings = Object.fromEntries(Object.entries(x).filter(([, v]) => v !== undefined));
        q.notes = g.note;
      }
    }
    r.blurredAreas = r.blurredAreas
      .map((a: Record<string, unknown>, i: number) => ({
        ...a,
        ...g.areas[i % 10],
        claims: { cio: g.areas[i % 10]!.cio, cmo: g.areas[i % 10]!.cmo },
      }))
      .filter((a: { keep: boolean }) => a.keep)
      .map(({ keep: _keep, cio: _cio, cmo: _cmo, ...a }: Record<string, unknown>) => a);
    r.investments = r.investments
      .filter((_: unknown, i: number) => g.investments[i % 5]!.keep)
      .map((inv: Record<string, unknown>, i: number) => ({
        ...inv,
        owners: g.investments[i % 5]!.owners,
        name: g.investments[i % 5]!.name,
      }));
    r.waivers = r.waivers.map((w: Record<string, unknown>) => ({ ...w, reason: g.waiverReason }));
    // JSON is YAML; undefined fields drop out.
    return JSON.stringify(r, null, 1);
  });

let n = 0;
// Not test/helpers/run.ts: that one passes output through the process's last-line guard, and this
// test asserts the renderers' own escaping, so it reads what they wrote, unguarded.
async function run(args: string[]) {
  const { io, out, err } = fakeIO(dir);
  const code = await main(args, io);
  return { code, out: out(), err: err() };
}

function expectSane(r: { code: number; out: string; err: string }, args: string[], codes = [0, 1, 2]) {
  const where = args.join(' ');
  expect(codes, where).toContain(r.code);
  expect(r.err, where).not.toMatch(/unexpected error|\n\s+at /);
  expect(r.out + r.err, where).not.toMatch(RAW_UNSAFE);
  if (args.includes('json') && r.out) expect(() => JSON.parse(r.out), where).not.toThrow();
}

describe('score, diff, report and merge on generated reviews', () => {
  it('always end with 0, 1 or 2, inert output and parseable JSON', async () => {
    await fc.assert(
      fc.asyncProperty(review, review, async (a, b) => {
        const fa = join(dir, `a${n}.yaml`);
        const fb = join(dir, `b${n}.yaml`);
        n++;
        writeFileSync(fa, a);
        writeFileSync(fb, b);
        for (const format of ['table', 'json', 'markdown']) {
          const args = ['score', fa, '--format', format];
          expectSane(await run(args), args, [0, 2]);
        }
        expectSane(await run(['score', fa, '--explain']), ['score', '--explain'], [0, 2]);
        for (const format of ['text', 'json', 'markdown']) {
          const args = ['diff', fa, fb, '--format', format, '--fail-on-regression'];
          expectSane(await run(args), args);
        }
        for (const format of ['markdown', 'html', 'json']) {
          const args = ['report', fb, '--previous', fa, '--format', format];
          expectSane(await run(args), args, [0, 2]);
        }
        const merge = ['merge', fa, fb, '--out', join(dir, `m${n}.yaml`), '--format', 'json'];
        expectSane(await run(merge), merge, [0, 2]);
      }),
      { numRuns: 40 },
    );
  });

  it('also on arbitrary text, not only on reviews', async () => {
    const tokens = fc
      .array(
        fc.constantFrom(
          'schemaVersion: 1\n',
          'sections:\n',
          '  - id: x\n',
          'blurredAreas: []\n',
          '{',
          '[',
          '&a ',
          '*a',
          '!!str ',
          '\u202e',
          '\t',
          ': ',
          '- ',
          '"',
          '\n',
        ),
        { maxLength: 30 },
      )
      .map((t) => t.join(''));
    await fc.assert(
      fc.asyncProperty(fc.oneof(tokens, fc.string({ unit: 'binary', maxLength: 200 })), async (t) => {
        const f = join(dir, `t${n++}.yaml`);
        writeFileSync(f, t);
        for (const args of [
          ['score', f],
          ['diff', f, f],
          ['report', f, '--format', 'html'],
          ['merge', f, f, '--out', `${f}.out.yaml`],
        ]) {
          expectSane(await run(args), args, [0, 2]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
