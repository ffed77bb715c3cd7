/**
 * core/yaml-fast.ts: the fast reader is a shortcut, never a second opinion. Whenever it reads a text,
 * the value must be js-yaml's and every key and value must be located where js-yaml's tree puts
 * them; whenever js-yaml refuses a text, the fast reader must have left it alone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { makeReview } from '../../scripts/corpus.mjs';
import { readFast } from '../../src/core/yaml-fast.js';
import { locate, readYaml, type PathSegment } from '../../src/core/yaml-read.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** Every path to a value in `value`, with one step more that is not there. */
function paths(value: unknown, prefix: PathSegment[] = [], out: PathSegment[][] = []): PathSegment[][] {
  out.push(prefix);
  if (Array.isArray(value)) {
    value.forEach((v, i) => paths(v, [...prefix, i], out));
    out.push([...prefix, value.length]);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
    out.push([...prefix, 'not-there']);
  }
  return out;
}

/** The same value: same kinds, same keys in the same order, numbers by Object.is (so -0 is not 0). */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && typeof a === 'object') {
    if (!b || typeof b !== 'object' || Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
    );
  }
  return Object.is(a, b);
}

/** What the fast reader did with `text`: 'fast' when it read it (and agreed with js-yaml), 'left' when it left it. */
function compare(text: string): 'fast' | 'left' {
  const fast = readFast(text);
  if (!fast) return 'left';
  let expected: unknown;
  try {
    expected = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
  } catch (error) {
    throw new Error(`the fast reader read a text js-yaml refuses:\n${text}`, { cause: error });
  }
  expect(same(fast.value, expected), text).toBe(true);
  const slow = readYaml(encode(text), undefined, 'js-yaml');
  // js-yaml may still refuse it for reasons of ours (an anchor, a tag, a non-text key): then the fast reader should not have read it.
  expect(slow.problems, text).toEqual([]);
  const quick = readYaml(encode(text));
  expect(quick.source.fast).toBeDefined(); // read by the fast reader, as readFast did
  for (const path of paths(fast.value)) {
    for (const at of ['value', 'key'] as const) {
      expect(locate(quick.source, path, at), `${at} of ${JSON.stringify(path)} in:\n${text}`).toEqual(locate(slow.source, path, at));
    }
  }
  return 'fast';
}

function yamlFilesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFilesUnder(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

describe('the fast YAML reader', () => {
  it('reads the bundled examples and the bench corpus as js-yaml does, keys and values located alike', () => {
    const examples = yamlFilesUnder('examples');
    for (const file of examples) expect(compare(readFileSync(file, 'utf8')), file).toBe('fast');
    for (let n = 0; n < 40; n++) expect(compare(makeReview(n).text), `corpus review ${n}`).toBe('fast');
  });

  it('agrees with js-yaml on every fixture and template it reads, and leaves the hostile ones alone', () => {
    const files = [...yamlFilesUnder('test/fixtures'), ...yamlFilesUnder('templates')];
    const verdicts = files.map((file) => compare(readFileSync(file, 'utf8')));
    expect(verdicts.filter((v) => v === 'fast').length).toBeGreaterThan(files.length / 2);
    for (const file of yamlFilesUnder('test/fixtures/hostile')) {
      const text = readFileSync(file, 'utf8');
      if (readFast(text)) expect(readYaml(encode(text), undefined, 'js-yaml').problems, file).toEqual([]);
    }
  });

  it.each([
    ['a: 1\nb: "x # y"\nc: \'it\'\'s\'\nd: [1, two, "3"]\ne: { f: ~, g: true, h: -0.5 }\n'],
    ['a:\n- x\n-\n- y: 1\n  z: 2\nb: |\n  one\n   two\n\nc: >-\n  folded\n  line\n\n  next\nd: |+\n  kept\n\n'],
    ['k: v # comment\n# only a comment\nlist:\n  - "esc \\" \\\\ \\n \\u00e9 \\x41"\n  - 2026-03-31\n  - 1e3\n  - 0x1F\n  - .inf\n'],
    [
      'n: [0, -0, 7, -12, 123456789, 1234567890, 0012, +5, 1_000, 1e3, .5, 0o17, 0b11]\nw: [Null, NULL, nulls, True, FALSE, trueish, f, n, y, yes, No, off]\n',
    ],
    ['a: -x\nb: ---\nc: C#\nd: key:value\ne: "a"\nf: [-1, -x, a:b, ?c]\n'],
  ])('reads %j as js-yaml does', (text) => {
    expect(compare(text)).toBe('fast');
  });

  it.each([
    ['a: &x 1\nb: *x\n'],
    ['a: !!str 1\n'],
    ['1: a\n'],
    ['a: 1\na: 2\n'],
    ['a: b\n  continued\n'],
    ['a:\tb\n'],
    ['a: b\r\n'],
    ['? a\n: b\n'],
    ['a: [1,\n 2]\n'],
    ['a: "x\n  y"\n'],
    ['__proto__: x\n'],
    ['---\na: 1\n'],
    ['%YAML 1.2\n---\na: 1\n'],
    ['a: |2\n   x\n'],
    ['a: >\n  x\n    more\n  y\n'],
  ])('leaves %j to js-yaml', (text) => {
    expect(readFast(text)).toBeUndefined();
  });

  it('agrees with js-yaml on single-character edits of real review files', () => {
    const texts = [readFileSync('examples/northwind/2026.yaml', 'utf8'), ...Array.from({ length: 6 }, (_, n) => makeReview(n, 3000).text)];
    const edits = ['\n', ' ', '#', ':', '-', '"', "'", '|', '>', '[', ']', '{', '}', ',', 'a', '1', '&', '!', '  ', ': x', '\n  '];
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.nat(), fc.constantFrom(...edits), fc.boolean(), (text, where, edit, remove) => {
        const at = where % text.length;
        compare(remove ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + edit + text.slice(at));
      }),
      { numRuns: 300 },
    );
  });

  it('locates every key of a large mapping, block or flow, past the size where it builds an index', () => {
    for (const n of [15, 16, 17, 40]) {
      const keys = Array.from({ length: n }, (_, i) => `k${(i * 7919) % 1000}`);
      const block = `top:\n${keys.map((k, i) => `  ${k}: ${i % 3 ? `v${i}` : `\n    - ${i}\n    - {a: ${i}}`}`).join('\n')}\nlast: [${keys.map((k, i) => `{${k}: ${i}}`).join(', ')}]\n`;
      const flow = `top: {${keys.map((k, i) => `${k}: ${i}`).join(', ')}}\n`;
      expect(compare(block), block).toBe('fast');
      expect(compare(flow), flow).toBe('fast');
    }
  });

  it('agrees with js-yaml on random documents and on every single-character edit of them', () => {
    const scalar = fc.oneof(
      fc.constantFrom(
        '',
        ' ',
        'a b',
        'x: y',
        'x #y',
        '#',
        '-',
        '- x',
        '? x',
        'true',
        'null',
        '~',
        '1',
        '-2',
        '3.5',
        '1e3',
        '0x10',
        'é',
        '"',
        "'",
        '[a]',
        '{b}',
        'a,b',
        ' lead',
        'trail ',
        '2026-03-31',
      ),
      fc.constantFrom(
        'one\ntwo',
        'a\n\nb\n',
        'x\n',
        'lead\n  more\nback',
        'end\n\n\n',
        'long words that the writer may fold when it wraps the line at some width',
      ),
      fc.string({ maxLength: 12 }),
      fc.string({ maxLength: 8, unit: 'grapheme' }),
      fc.integer(),
      fc.double({ noNaN: true }),
      fc.boolean(),
      fc.constant(null),
    );
    const key = fc.oneof(fc.constantFrom('id', 'name', 'cio', 'a b', 'x-y', 'owner'), fc.string({ minLength: 1, maxLength: 6 }));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
    })).map;
    const edits = ['\n', ' ', '#', ':', '-', '"', "'", '|', '>', '[', ']', '{', '}', ',', 'a', '1', '&', '!', '*', '  '];
    let read = 0;
    fc.assert(
      fc.property(tree, fc.constantFrom(0, 1, 2, 3), fc.nat(), fc.constantFrom(...edits), (doc, style, where, edit) => {
        const text =
          style === 0
            ? stringify(doc)
            : style === 1
              ? jsyaml.dump(doc, { flowLevel: 2 })
              : style === 2
                ? stringify(doc, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })
                : jsyaml.dump(doc, { lineWidth: 20 });
        if (compare(text) === 'fast') read++;
        const at = text.length ? where % text.length : 0;
        compare(text.slice(0, at) + edit + text.slice(at));
        compare(text.slice(0, at) + text.slice(at + 1));
      }),
      { numRuns: 3000 },
    );
    // The property is not vacuous: most plain documents take the fast path.
    expect(read).toBeGreaterThan(500);
  });
});
