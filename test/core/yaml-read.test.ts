/** core/yaml-read.ts: the reader under every review file, with a line and column for each node. */
import { describe, expect, it } from 'vitest';
import { decodeUtf8, locate, MAX_BYTES, onlyBlanksAndComments, readYaml } from '../../src/core/yaml-read.js';

const read = (text: string) => readYaml(new TextEncoder().encode(text));

const TEXT = [
  'organisation: Northwind',
  'sections:',
  '  - id: cio-role',
  '    questions:',
  '      - { id: q1, ratings: { cio: 4, cmo: 2 } }',
  '',
].join('\n');

describe('readYaml', () => {
  it('reads a mapping into plain values with no problem', () => {
    const r = read(TEXT);
    expect(r.problems).toEqual([]);
    expect(r.value).toEqual({
      organisation: 'Northwind',
      sections: [{ id: 'cio-role', questions: [{ id: 'q1', ratings: { cio: 4, cmo: 2 } }] }],
    });
  });

  it.each([
    ['organisation: A\norganisation: B\n', 2, 1, /duplicate key `organisation`/],
    ['a: &x 1\nb: *x\n', 1, 4, /anchors \(&name\) are not allowed/],
    ['a: !custom 1\n', 1, 4, /tags \(!name\) are not allowed/],
    ['a: [1, 2\n', 2, 1, /invalid YAML/],
    ['a: 1\n---\nb: 2\n', 2, 1, /one YAML document; found a second/],
    ['a:\n\tb: 1\n', 2, 1, /tab characters must not be used in indentation/],
  ])('locates the problem in %j at %i:%i', (text, line, column, message) => {
    const r = read(text);
    expect(r.problems[0]).toMatchObject({ line, column });
    expect(r.problems[0]?.message).toMatch(message);
  });

  it('refuses a file over the size limit without reading it', () => {
    const r = readYaml(new Uint8Array(1), MAX_BYTES + 1);
    expect(r.value).toBeUndefined();
    expect(r.problems).toEqual([
      expect.objectContaining({ line: 1, column: 1, message: expect.stringMatching(/review files are limited to 1 MiB/) }),
    ]);
  });
});

describe('locate', () => {
  const { source } = read(TEXT);

  it.each([
    [['organisation'], 'value', 1, 15],
    [['organisation'], 'key', 1, 1],
    [['sections', 0, 'id'], 'value', 3, 9],
    [['sections', 0, 'questions', 0, 'ratings', 'cmo'], 'value', 5, 43],
    [['sections', 0, 'questions', 0, 'ratings', 'cmo'], 'key', 5, 38],
  ] as const)('finds %j (%s) at %i:%i', (path, at, line, column) => {
    expect(locate(source, path, at)).toEqual({ line, column });
  });

  it('points a missing field at the mapping that lacks it', () => {
    expect(locate(source, ['sections', 0, 'questions', 0, 'text'])).toEqual({ line: 5, column: 9 });
  });
});

describe('decodeUtf8', () => {
  it('drops a byte-order mark', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ text: 'a' });
  });

  it('locates the first byte that is not UTF-8', () => {
    const r = decodeUtf8(new Uint8Array([0x61, 0x0a, 0x62, 0x63, 0xe9, 0x0a]));
    expect(r).toMatchObject({ problem: { line: 2, column: 3 } });
    expect('problem' in r && r.problem.message).toMatch(/not valid UTF-8 \(byte 0xE9/);
  });
});

describe('onlyBlanksAndComments', () => {
  it.each([
    ['  \n# note\n\t\n', true],
    ['  # note\n x\n', false],
    ['', true],
  ])('%j → %s', (text, expected) => {
    expect(onlyBlanksAndComments(text, 0, text.length)).toBe(expected);
  });
});
