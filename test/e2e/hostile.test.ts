/**
 * The hostile-input corpus. Each file runs through the real executable in its own process, so a
 * crash, an abort or a hang shows as a failure, and each refusal must be a located finding with
 * no stack trace.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { run } from '../helpers/run.js';

const DIR = join(ROOT, 'test/fixtures/hostile');

/** file → [line, column, message pattern] of its first schema finding. */
const EXPECTED: Record<string, [number, number, RegExp]> = {
  'empty.yaml': [1, 1, /the file is empty/],
  'only-comments.yaml': [1, 1, /the file is empty/],
  'whitespace-only.yaml': [1, 1, /the file is empty/],
  'not-utf8-latin1.yaml': [2, 18, /not valid UTF-8 \(byte 0xE9/],
  'utf16-bom.yaml': [1, 1, /not valid UTF-8 \(byte 0xFF/],
  'overlong-utf8.yaml': [2, 15, /not valid UTF-8 \(byte 0xC0/],
  'surrogate-utf8.yaml': [2, 15, /not valid UTF-8 \(byte 0xED/],
  'truncated-utf8.yaml': [2, 15, /not valid UTF-8 \(byte 0xE2/],
  'binary-garbage.yaml': [1, 1, /not valid UTF-8/],
  'nul-bytes.yaml': [8, 21, /null byte/],
  'anchor.yaml': [8, 11, /anchors \(&name\) are not allowed/],
  'alias.yaml': [5, 8, /anchors \(&name\) are not allowed/],
  'undefined-alias.yaml': [11, 19, /aliases \(\*name\) are not allowed/],
  'billion-laughs.yaml': [1, 4, /anchors \(&name\) are not allowed/],
  'merge-key.yaml': [8, 7, /anchors \(&name\) are not allowed/],
  'tag-str.yaml': [11, 12, /tags \(!name\) are not allowed/],
  'tag-custom.yaml': [8, 11, /tags \(!name\) are not allowed/],
  'tag-js-function.yaml': [8, 11, /tags \(!name\) are not allowed/],
  'directive-yaml11.yaml': [1, 1, /directives \(%YAML, %TAG\) are not allowed/],
  'directive-tag.yaml': [1, 1, /directives \(%YAML, %TAG\) are not allowed/],
  'two-documents.yaml': [8, 1, /one YAML document; found a second/],
  'duplicate-key.yaml': [8, 1, /duplicate key `organisation`/],
  'duplicate-key-nested.yaml': [12, 5, /duplicate key `owner`/],
  'non-string-key-int.yaml': [8, 1, /keys must be text; found the number key `1`/],
  'non-string-key-bool.yaml': [8, 1, /keys must be text; found the boolean key `true`/],
  'null-key.yaml': [8, 1, /keys must be text; found an empty \(null\) key/],
  'complex-key.yaml': [8, 3, /keys must be text/],
  'proto-key.yaml': [8, 1, /the key `__proto__` is not allowed/],
  'constructor-key.yaml': [8, 1, /unknown key `constructor`/],
  'deep-flow.yaml': [8, 42, /nesting is deeper than 32 levels/],
  'deep-block.yaml': [40, 65, /nesting is deeper than 32 levels/],
  'deep-compact-seq.yaml': [9, 65, /nesting is deeper than 32 levels/],
  'unclosed-flow.yaml': [9, 1, /invalid YAML: unexpected end of the stream within a flow collection/],
  'unclosed-quote.yaml': [9, 1, /invalid YAML: unexpected end of the stream within a double quoted scalar/],
  'tab-indent.yaml': [9, 1, /tab characters/],
  'bad-indent.yaml': [10, 3, /bad indentation/],
  'scalar-root.yaml': [1, 1, /this file holds the text `just some text`/],
  'list-root.yaml': [1, 1, /this file holds a list/],
  'null-root.yaml': [1, 1, /this file holds an empty value/],
  'schema-version-string.yaml': [1, 16, /^`schemaVersion` must be 1 or 2, not the text `1`$/],
  'schema-version-future.yaml': [
    1,
    16,
    /schemaVersion 99 is newer than this version of review understands \(2\); upgrade review to read this file/,
  ],
  'schema-version-missing.yaml': [1, 1, /missing required field `schemaVersion`/],
  'infinite-number.yaml': [11, 23, /`amount` must be a number, not `Infinity`/],
  'nan-number.yaml': [11, 23, /`amount` must be a number, not `NaN`/],
  'yes-is-text.yaml': [11, 21, /`jointReporting` must be true or false, not the text `yes`/],
  'octal-period.yaml': [3, 9, /`period` must be at least 1900, not `12`/],
  'wrong-types.yaml': [2, 15, /`organisation` must be text, not a list/],
  'anchor-on-key.yaml': [8, 1, /anchors \(&name\) are not allowed, on keys either/],
  'anchor-on-flow-key.yaml': [8, 13, /anchors \(&name\) are not allowed, on keys either/],
  'anchor-on-complex-key.yaml': [8, 3, /anchors \(&name\) are not allowed, on keys either/],
  'tag-on-key.yaml': [8, 1, /tags \(!name\) are not allowed, on keys either/],
  'tag-on-flow-key.yaml': [8, 13, /tags \(!name\) are not allowed, on keys either/],
};

interface Json {
  files: { findings: { rule: string; line: number; column: number; message: string; severity: string }[] }[];
}

async function checkJson(file: string) {
  const r = await run(['check', file, '--format', 'json']);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stderr).toBe('');
  return { code: r.code, json: JSON.parse(r.stdout) as Json };
}

describe('hostile input corpus', () => {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();

  it('has at least 40 files, each with an expectation or a case below', async () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    const covered = new Set([...Object.keys(EXPECTED), 'control-chars-name.yaml', 'bidi-name.yaml', 'crlf-bom-orphan.yaml']);
    // inert-*.yaml are valid reviews full of hostile text: test/e2e/output-safety.test.ts runs them.
    expect(files.filter((f) => !covered.has(f) && !f.startsWith('inert-'))).toEqual([]);
  });

  it.each(Object.entries(EXPECTED))('%s is refused with a located finding', async (name, [line, column, message]) => {
    const { code, json } = await checkJson(join('test/fixtures/hostile', name));
    expect(code).toBe(1);
    const first = json.files[0]!.findings.find((f) => f.rule === 'schema');
    expect(first).toBeDefined();
    expect([first!.line, first!.column]).toEqual([line, column]);
    expect(first!.message).toMatch(message);
  });

  it('shows control characters and bidi overrides as visible escapes in text output', async () => {
    const r = await run(['check', 'test/fixtures/hostile/control-chars-name.yaml', 'test/fixtures/hostile/bidi-name.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2028\u2029]/);
    expect(r.stdout).toContain('"Evil \\x1B[31mred\\x1B[0m \\x1B]0;title\\x07 name"');
    expect(r.stdout).toContain('"Safe \\u202Egnp.exe\\u2028next"');
  });

  it('reads a BOM and CRLF line endings, with positions as an editor counts them', async () => {
    const { code, json } = await checkJson('test/fixtures/hostile/crlf-bom-orphan.yaml');
    expect(code).toBe(1);
    expect(json.files[0]!.findings.find((f) => f.rule === 'blurred-area-owner')).toMatchObject({ line: 11, column: 12 });
  });
});

describe('generated monsters', () => {
  const dir = tempDir('review-hostile-');
  const header = 'schemaVersion: 1\norganisation: Big\nperiod: 2026\nexecutives:\n  cio: { name: A }\n  cmo: { name: B }\nsections: []\n';
  const write = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('refuses a file over 1 MiB without reading it all', async () => {
    const { code, json } = await checkJson(write('huge.yaml', Buffer.alloc(5 * 1024 * 1024, 'a')));
    expect(code).toBe(1);
    expect(json.files[0]!.findings[0]).toMatchObject({
      line: 1,
      column: 1,
      message: 'the file is 5.00 MiB; review files are limited to 1 MiB',
    });
  });

  it('refuses 1 MiB + 1 byte, and accepts exactly 1 MiB', async () => {
    const body = `${header}# ${'x'.repeat(1024 * 1024 - header.length - 3)}\n`;
    expect(Buffer.byteLength(body)).toBe(1024 * 1024);
    expect((await checkJson(write('exact.yaml', body))).json.files[0]!.findings.filter((f) => f.rule === 'schema')).toEqual([]);
    expect((await checkJson(write('over.yaml', `${body} `))).json.files[0]!.findings[0]!.message).toMatch(/limited to 1 MiB/);
  });

  it.each([
    ['100k-deep flow sequence', () => `${header}reviewer: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`],
    ['300k-deep compact sequence', () => `${header}reviewer:\n  ${'- '.repeat(300_000)}x\n`],
    [
      '1,000-deep block mapping',
      () => `${header}reviewer:\n${Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i + 2)}k:`).join('\n')} v\n`,
    ],
    ['400-deep flow mapping', () => `${header}x: ${'{a: '.repeat(400)}1${'}'.repeat(400)}\n`],
  ])('refuses a %s cleanly', async (_name, make) => {
    const started = Date.now();
    const { code, json } = await checkJson(write(`deep-${started}.yaml`, make()));
    expect(code).toBe(1);
    expect(json.files[0]!.findings.find((f) => f.rule === 'schema')?.message).toMatch(/nesting is deeper than 32 levels/);
  });

  it('does not count brackets inside quotes, comments or block scalars as nesting', async () => {
    const text = `${header}# ${'{'.repeat(5000)}\nreviewer: { name: "${'['.repeat(200)}", role: '${'{'.repeat(200)}' }\nblurredAreas:\n  - id: a\n    name: A\n    owner: cio\n    process: |\n      ${'['.repeat(3900)}\n`;
    const { json } = await checkJson(write('brackets.yaml', text));
    expect(json.files[0]!.findings.filter((f) => f.rule === 'schema')).toEqual([]);
  });

  it('rejects 4 MB of repeated keys by size, and 0.9 MB of them in linear time as a duplicate', async () => {
    const keys = (n: number) => `${header}reviewer:\n${'  name: a\n'.repeat(n)}`;
    expect((await checkJson(write('dupes-big.yaml', keys(400_000)))).json.files[0]!.findings[0]!.message).toMatch(/limited to 1 MiB/);
    expect((await checkJson(write('dupes.yaml', keys(90_000)))).json.files[0]!.findings[0]).toMatchObject({
      line: 10,
      column: 3,
      message: expect.stringMatching(/duplicate key `name`/),
    });
  });

  it('checks a valid file just under 1 MiB with thousands of areas', async () => {
    const areas = Array.from(
      { length: 3000 },
      (_, i) =>
        `  - id: area-${i}\n    name: Blurred area number ${i} with a descriptive name\n    owner: ${i % 7 === 0 ? 'tbd' : 'cmo'}\n    claims: { cio: cmo, cmo: cmo }\n    process: Monthly joint triage; the CMO decides, the CIO signs off security and privacy.\n    boardReporting: quarterly\n`,
    ).join('');
    const text = `${header}blurredAreas:\n${areas}`;
    expect(Buffer.byteLength(text)).toBeLessThan(1024 * 1024);
    const { code, json } = await checkJson(write('big-valid.yaml', text));
    expect(code).toBe(1);
    const orphans = json.files[0]!.findings.filter((f) => f.rule === 'blurred-area-owner');
    // 429 orphans: the first 100 by position, then one finding that counts the other 329.
    expect(orphans).toHaveLength(101);
    expect(orphans[1]).toMatchObject({ line: 8 + 7 * 6 + 3, column: 12 });
    expect(orphans[100]).toMatchObject({
      line: 8 + 7 * 6 * 100 + 3,
      column: 12,
      severity: 'error',
      message: `… and 329 more findings of this rule in this file, from line ${8 + 7 * 6 * 100 + 3} on (the first 100 are listed)`,
    });
  });
});
