/**
 * The validator generated from the zod schema (src/core/review-validate.ts) against zod: for every value
 * it accepts it returns exactly what `reviewSchema().parse()` returns (deep and in key order, since
 * the review is serialised and rendered downstream), and it refuses every value zod refuses. The
 * values: the bundled examples, every YAML fixture, the bench's corpus, and random mutations of
 * valid reviews.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { makeReview } from '../../scripts/corpus.mjs';
import { migrateValue } from '../../src/core/migrate.js';
import { format, resolveConfig } from 'prettier';
import { parseReview } from '../../src/core/review-validate.js';
import { reviewSchema } from '../../src/core/schema-zod.js';
import { NUMBER_KEY, REFINEMENTS, REFUSED, isPlainObject, type Shape } from '../../src/core/shape.js';
import { validatorCode, validatorModule } from '../../src/core/shape-codegen.js';
import { describeSchema } from '../../src/core/shape-from-zod.js';
import { startValidation, validateReview } from '../../src/core/validate.js';
import { readYaml } from '../../src/core/yaml-read.js';
import { ROOT } from '../helpers/cli.js';

const fast = parseReview;

/** The validator shape-codegen.ts writes for `shape`, evaluated here as review-validate.ts is built. */
function compile(shape: Shape): (value: unknown) => { value: unknown } | undefined {
  const { declarations, root } = validatorCode(shape);
  const part = new Function('R', 'REFINEMENTS', 'isPlainObject', 'NUMBER_KEY', `${declarations}\nreturn ${root};`)(
    REFUSED,
    REFINEMENTS,
    isPlainObject,
    NUMBER_KEY,
  ) as (value: unknown) => unknown;
  return (value) => {
    const r = part(value);
    return r === REFUSED ? undefined : { value: r };
  };
}

/** The value as validateReview hands it to the validator: read, and a version 1 file migrated. */
function parsed(text: string): unknown {
  const value = readYaml(new TextEncoder().encode(text)).value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && (value as Record<string, unknown>).schemaVersion === 1)
    return migrateValue(value as Record<string, unknown>);
  return value;
}

/** Fast and zod agree on `value`; returns whether zod accepted it. */
function agree(value: unknown, label = ''): boolean {
  const byZod = reviewSchema().safeParse(value);
  const byFast = fast(value);
  if (!byZod.success) {
    expect(byFast, `${label}: zod refuses, the fast validator accepts`).toBeUndefined();
    return false;
  }
  expect(byFast, `${label}: zod accepts, the fast validator refuses`).toBeDefined();
  expect(byFast?.value, label).toStrictEqual(byZod.data);
  expect(JSON.stringify(byFast?.value), label).toBe(JSON.stringify(byZod.data));
  return true;
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(name) ? [path] : [];
  });
}

describe('review-validate.ts', () => {
  it('is the validator of the zod schema as it is now (npm run docs writes it)', async () => {
    const path = join(ROOT, 'src/core/review-validate.ts');
    const written = await format(validatorModule(describeSchema(reviewSchema())), { ...(await resolveConfig(path)), filepath: path });
    expect(readFileSync(path, 'utf8') === written, 'src/core/review-validate.ts is stale: run npm run docs').toBe(true);
  });

  it('stops at a part of zod the validator does not know, naming it', () => {
    expect(() => describeSchema(z.object({ a: z.email() }))).toThrow(/string format email/);
    expect(() => describeSchema(z.object({ a: z.string().email() }))).toThrow(/string check string_format \(email\)/);
    expect(() => describeSchema(z.object({ a: z.int() }))).toThrow(/number format safeint/);
    expect(() => describeSchema(z.array(z.string()).min(1))).toThrow(/checks on a array/);
    expect(() => describeSchema(z.discriminatedUnion('k', [z.object({ k: z.literal('a') })]))).toThrow(/discriminated union/);
    expect(() => describeSchema(z.object({ a: z.string().refine((s) => s.length > 1) }))).toThrow(/string check custom/);
    expect(() => describeSchema(z.object({ a: z.lazy(() => z.string()) }))).toThrow(/zod's lazy/);
    expect(() => describeSchema(z.object({ a: z.number().multipleOf(2) }))).toThrow(/number check multiple_of/);
    expect(() => describeSchema(z.coerce.string())).toThrow(/coercion/);
  });
});

describe('the fast validator agrees with zod', () => {
  it('on the bundled examples and every YAML fixture', () => {
    const files = [...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test/fixtures'))];
    let accepted = 0;
    for (const file of files) if (agree(parsed(readFileSync(file, 'utf8')), file)) accepted++;
    // The needle is real: most of them are valid reviews, and some are refused.
    expect(accepted).toBeGreaterThan(30);
    expect(files.length - accepted).toBeGreaterThan(30);
  });

  it("on the bench's corpus", () => {
    let accepted = 0;
    for (let n = 0; n < 200; n++) if (agree(parsed(makeReview(n).text), `corpus ${n}`)) accepted++;
    expect(accepted).toBeGreaterThan(100);
  });

  // Valid reviews to mutate: the examples (version 1 migrated) and a few of the corpus.
  const bases = [
    ...yamlFiles(join(ROOT, 'examples')).map((f) => parsed(readFileSync(f, 'utf8'))),
    ...[1, 2, 3].map((n) => parsed(makeReview(n, 6_000).text)),
  ].filter((v) => reviewSchema().safeParse(v).success);

  /** Every place in a value: the path to each mapping, list and scalar in it. */
  function places(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
    out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => places(v, [...path, i], out));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) places(v, [...path, k], out);
    return out;
  }

  const tricky = fc.oneof(
    fc.constantFrom<unknown>(
      '',
      ' ',
      '  padded  ',
      '\u00a0x\u2028',
      'NaN',
      'Infinity',
      '-0',
      '1e999',
      'null',
      'unsure',
      'n/a',
      'open',
      'cio',
      'joint',
      'GBP',
      '2026-02-29',
      '2024-02-29',
      '2026-13-01',
      ' 2026-01-01',
      'area:x',
      'finding:schema/x',
      'a-b',
      'A-B',
      'coo',
      'x'.repeat(65),
      'y'.repeat(201),
      'z'.repeat(4001),
      NaN,
      Infinity,
      -Infinity,
      -0,
      0,
      1,
      5,
      6,
      1.5,
      1900,
      2999,
      3000,
      2 ** 53,
      2 ** 53 - 1,
      1e308,
      -1,
      true,
      false,
      null,
      [],
      {},
      [1],
      { name: 'X' },
      { cio: 3 },
      { cio: 'cio text' },
    ),
    fc.string({ maxLength: 12 }),
    fc.double(),
    fc.integer(),
    fc.jsonValue({ maxDepth: 2 }),
  );

  type Mutation =
    | { kind: 'drop' | 'pad'; at: number }
    | { kind: 'retype'; at: number; value: unknown }
    | { kind: 'insert'; at: number; key: string; value: unknown };
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('pad' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: tricky }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      key: fc.oneof(
        fc.constantFrom(
          'id',
          'name',
          'owner',
          'notes',
          'status',
          'coo',
          'Coo',
          'due',
          'claims',
          'ratings',
          'ceo',
          '0',
          'constructor',
          'toString',
        ),
        fc.string({ maxLength: 8 }).filter((k) => k !== '__proto__'),
      ),
      value: tricky,
    }),
  );

  function mutate(base: unknown, mutations: Mutation[]): unknown {
    const value = structuredClone(base);
    for (const m of mutations) {
      const all = places(value).filter((p) => p.length > 0);
      if (!all.length) break;
      const path = all[m.at % all.length] as (string | number)[];
      const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value) as Record<
        string | number,
        unknown
      >;
      const key = path[path.length - 1] as string | number;
      if (m.kind === 'drop') {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
      } else if (m.kind === 'pad') {
        const v = parent[key];
        parent[key] = typeof v === 'string' ? `  ${v} ` : typeof v === 'number' ? ` ${v} ` : v;
      } else if (m.kind === 'retype') parent[key] = structuredClone(m.value);
      else if (m.kind === 'insert') {
        const target = parent[key];
        if (target !== null && typeof target === 'object' && !Array.isArray(target))
          (target as Record<string, unknown>)[m.key] = structuredClone(m.value);
        else if (Array.isArray(target)) target.push(structuredClone(m.value));
        else parent[key] = structuredClone(m.value);
      }
    }
    return value;
  }

  it('on random mutations of valid reviews (drop, insert, retype, pad; unknown keys; huge, NaN-like and padded values)', () => {
    expect(bases.length).toBeGreaterThan(5);
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (b, mutations) => {
        if (agree(mutate(bases[b % bases.length], mutations))) accepted++;
        else refused++;
      }),
      { numRuns: 2000 },
    );
    // Both answers are reached often: the property is not held by refusing (or accepting) all.
    expect(accepted).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(200);
  });

  it('on small schemas of every part it knows, for any value', () => {
    const schemas = [
      z.number().int(),
      z.number().int().min(1).max(5),
      z.number().nonnegative(),
      z.number().gt(1).lt(3),
      z.string().trim().min(1).max(3),
      z
        .string()
        .max(2)
        .regex(/^[a-z]*$/),
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
      z.enum(['a', 'b']),
      z.literal(2),
      z.boolean(),
      z.array(z.number()).default([]),
      z.union([z.number().int(), z.string().trim().min(1)]),
      z.record(z.string().regex(/^[a-z]+$/), z.number().nullable()),
      z.strictObject({ a: z.string().trim().optional(), b: z.number().nullable().optional(), c: z.enum(['x', 'y']).default('x') }),
      z.object({ a: z.string(), b: z.array(z.string()).default([]) }),
      z.strictObject({ a: z.boolean() }).catchall(z.strictObject({ n: z.string() })),
      z.object({ a: z.boolean().optional() }).catchall(z.number()),
      // optional around a default: absent stays absent in neither, undefined becomes the default.
      z.strictObject({ d: z.string().default('x').optional(), e: z.array(z.number()).default([]).optional() }),
    ];
    const values = fc.oneof(
      fc.anything({ maxDepth: 2, withNullPrototype: true, withDate: true, withMap: true, withSet: true, withBoxedValues: true }),
      fc.double(),
      fc.integer({ min: -2, max: 6 }),
      fc.constantFrom(2 ** 53, 2 ** 53 - 1, -(2 ** 53), 1.5, -0, '2026-01-01', ' ab ', 'abc', 'abcd', '   ', 'a'),
      fc.string({ maxLength: 5 }),
      fc.dictionary(
        fc.constantFrom('a', 'b', 'c', 'd', 'e', 'n', 'x', '1', 'A', '__proto__', 'constructor'),
        fc.oneof(
          fc.string({ maxLength: 4 }),
          fc.integer(),
          fc.constant(null),
          fc.constant(undefined),
          fc.boolean(),
          fc.object({ maxDepth: 1 }),
        ),
      ),
    );
    for (const schema of schemas) {
      const check = compile(describeSchema(schema));
      fc.assert(
        fc.property(values, (value) => {
          const byZod = schema.safeParse(value);
          const byFast = check(value);
          expect(byFast === undefined, JSON.stringify(value)).toBe(!byZod.success);
          if (byZod.success) expect(byFast?.value).toStrictEqual(byZod.data);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('gives fresh defaults, never one list shared between reviews', () => {
    const minimal = {
      schemaVersion: 2,
      organisation: ' X ',
      period: 2026,
      executives: { cio: { name: 'A' }, cmo: { name: 'B' } },
      sections: [],
    };
    const a = fast(minimal)?.value as { blurredAreas: unknown[]; organisation: string };
    const b = fast(minimal)?.value as { blurredAreas: unknown[] };
    expect(a.organisation).toBe('X');
    expect(a.blurredAreas).toEqual([]);
    expect(a.blurredAreas).not.toBe(b.blurredAreas);
    agree(minimal);
  });
});

describe('validateReview', () => {
  const minimal = () => ({ schemaVersion: 2, organisation: 'X', period: 2026, executives: { cio: { name: 'A' } }, sections: [] });

  it('leaves a refused value to zod: startValidation hands back what finishes it, with the messages validateReview gives', () => {
    const started = startValidation(minimal());
    expect('explain' in started).toBe(true);
    const finished = 'explain' in started ? started.explain() : started;
    expect(finished).toEqual(validateReview(minimal()));
    expect(finished.problems.map((p) => p.message)).toEqual(['missing required field `cmo`']);
  });

  it('validates a valid value without zod, a version 1 value migrated', () => {
    const v1 = { ...minimal(), schemaVersion: 1, executives: { cio: { name: 'A' }, cmo: { name: ' B ' } } };
    const started = startValidation(v1);
    expect('explain' in started).toBe(false);
    expect(started).toMatchObject({ sourceVersion: 1, problems: [], review: { schemaVersion: 2, executives: { cmo: { name: 'B' } } } });
  });
});
