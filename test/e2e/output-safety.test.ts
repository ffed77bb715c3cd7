/**
 * Output safety as a class: EVERY hostile fixture through EVERY format of EVERY command (check,
 * score, diff, report, merge, migrate, init --answers, agree --answers, template show), in process.
 * Whatever a file holds (controls, bidi, invisible characters, separators, noncharacters, lone
 * surrogates, markup), no raw unsafe character reaches the output, Markdown and HTML stay inert,
 * JUnit stays well-formed and JSON parses.
 */
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { loadReview } from '../../src/core/load.js';
import { main } from '../../src/main.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { fakeIO } from '../helpers/fake-io.js';

const HOSTILE = join(ROOT, 'test/fixtures/hostile');
const CLEAN = join(ROOT, 'examples/northwind/2026.yaml');

// Everything the output-safety layer must escape; a line feed (or CRLF, as migrate keeps a file's
// line endings) is the only control our output holds.
const RAW_UNSAFE = /(?!\n|\r\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}]/u;

type Kind = 'text' | 'json' | 'markdown' | 'html' | 'xml' | 'yaml';
interface Run {
  label: string;
  args: string[];
  kind: Kind;
}

function runsFor(file: string, dir: string): Run[] {
  const runs: Run[] = [];
  for (const [format, kind] of [
    ['text', 'text'],
    ['json', 'json'],
    ['github', 'text'],
    ['junit', 'xml'],
    ['sarif', 'json'],
  ] as const) {
    runs.push({ label: `check --format ${format}`, args: ['check', file, '--format', format, '--today', '2026-06-01'], kind });
  }
  runs.push({ label: 'check --color', args: ['check', file, '--color', '--today', '2026-06-01'], kind: 'text' });
  for (const [format, kind] of [
    ['table', 'text'],
    ['json', 'json'],
    ['markdown', 'markdown'],
  ] as const) {
    runs.push({ label: `score --format ${format}`, args: ['score', file, '--format', format], kind });
  }
  runs.push({ label: 'score --explain', args: ['score', file, '--explain'], kind: 'text' });
  for (const [format, kind] of [
    ['text', 'text'],
    ['json', 'json'],
    ['markdown', 'markdown'],
  ] as const) {
    runs.push({ label: `diff --format ${format} (old)`, args: ['diff', file, CLEAN, '--format', format], kind });
    runs.push({ label: `diff --format ${format} (new)`, args: ['diff', CLEAN, file, '--format', format], kind });
  }
  for (const [format, kind] of [
    ['markdown', 'markdown'],
    ['html', 'html'],
    ['json', 'json'],
  ] as const) {
    runs.push({ label: `report --format ${format}`, args: ['report', file, '--previous', CLEAN, '--format', format], kind });
  }
  for (const [format, kind] of [
    ['yaml', 'yaml'],
    ['json', 'json'],
  ] as const) {
    runs.push({ label: `migrate --format ${format}`, args: ['migrate', file, '--format', format], kind });
  }
  for (const [format, kind] of [
    ['text', 'text'],
    ['json', 'json'],
  ] as const) {
    runs.push({
      label: `init --answers --format ${format}`,
      args: ['init', '--answers', file, '--out', join(dir, `init-${format}.yaml`), '--format', format],
      kind,
    });
    runs.push({
      label: `agree --answers --format ${format}`,
      args: ['agree', file, '--answers', file, '--out', join(dir, `agreed-${format}.yaml`), '--format', format],
      kind,
    });
  }
  const copy = join(dir, 'copy.yaml');
  copyFileSync(file, copy);
  for (const [format, kind] of [
    ['text', 'text'],
    ['json', 'json'],
  ] as const) {
    runs.push({
      label: `merge --format ${format}`,
      args: ['merge', file, copy, '--out', join(dir, `merged-${format}.yaml`), '--format', format],
      kind,
    });
    runs.push({
      label: `merge --format ${format} (conflicts)`,
      args: ['merge', file, CLEAN, '--out', join(dir, `conflict-${format}.yaml`), '--format', format],
      kind,
    });
  }
  return runs;
}

/** What else must hold for each kind of output, beyond "no raw unsafe character". */
function assertInert(kind: Kind, out: string, where: string): void {
  if (kind === 'json' && out) expect(() => JSON.parse(out), where).not.toThrow();
  if (kind === 'xml') expect(XMLValidator.validate(out), where).toBe(true);
  if (kind === 'markdown') {
    expect(out, where).not.toMatch(/https?:\/\/evil|www\.evil|<(script|img|https)|@(octocat|org|admin|evil)\b|(?<!\\)\]\(/);
    expect(out, where).not.toMatch(/(?<!\\)\$/);
  }
  if (kind === 'html') expect(out, where).not.toMatch(/<script>alert|<img src=x|<x a=|<!-- -->/);
}

describe('every hostile fixture through every format of every command', () => {
  const fixtures = readdirSync(HOSTILE)
    .filter((f) => f.endsWith('.yaml'))
    .sort();

  it('has the hostile corpus it claims (control, bidi, invisible, separators, noncharacters, surrogates, markup)', () => {
    const inert = fixtures.filter((f) => f.startsWith('inert-'));
    expect(inert.length).toBeGreaterThanOrEqual(30);
    for (const kind of ['control', 'bidi', 'invisible', 'separator', 'nonchar', 'surrogate', 'markdown', 'html', 'xml']) {
      expect(
        inert.some((f) => f.includes(kind)),
        kind,
      ).toBe(true);
    }
  });

  it.each(fixtures)('%s', async (name) => {
    const dir = tempDir('review-safety-');
    const file = join(dir, name);
    copyFileSync(join(HOSTILE, name), file);
    for (const run of runsFor(file, dir)) {
      const { io, out, err } = fakeIO(dir);
      const code = await main(run.args, io);
      const where = `${name}: ${run.label} (exit ${code})`;
      expect([0, 1, 2], where).toContain(code);
      const stdout = run.args.includes('--color') ? out().replace(/\x1b\[[0-9;]*m/g, '') : out();
      expect(stdout, `${where}: stdout`).not.toMatch(RAW_UNSAFE);
      expect(err(), `${where}: stderr`).not.toMatch(RAW_UNSAFE);
      expect(err(), `${where}: stderr`).not.toMatch(/\n\s+at /);
      assertInert(run.kind, stdout, where);
    }
  });
});

describe('hostile file names and option values', () => {
  const names = [
    'esc-\x1b[31m-red.yaml',
    'bidi-\u202egnp.yaml',
    'zero-\u200b-width.yaml',
    'line\u2028sep.yaml',
    'new\nline.yaml',
    'tab\tname.yaml',
    'bell\x07.yaml',
  ];

  it.each(names.map((n) => [JSON.stringify(n), n]))('%s is shown escaped in every check format', async (_label, name) => {
    const dir = tempDir('review-names-');
    copyFileSync(join(ROOT, 'examples/failing/orphan-area.yaml'), join(dir, name));
    for (const format of ['text', 'json', 'github', 'junit', 'sarif']) {
      for (const target of [name, '.']) {
        const { io, out, err } = fakeIO(dir);
        const code = await main(['check', target, '--format', format, '--today', '2026-06-01'], io);
        expect(code, `${format} ${target}`).toBe(1);
        expect(out(), `${format} ${target}`).not.toMatch(RAW_UNSAFE);
        expect(err()).toBe('');
        if (format === 'junit') expect(XMLValidator.validate(out())).toBe(true);
        if (format === 'json' || format === 'sarif') JSON.parse(out());
      }
    }
    for (const args of [
      ['score', name],
      ['report', name, '--format', 'html'],
      ['diff', name, name],
    ]) {
      const { io, out, err } = fakeIO(dir);
      await main(args, io);
      expect(out() + err(), args.join(' ')).not.toMatch(RAW_UNSAFE);
    }
  });

  it.each([
    ['--rule', ['check', 'x.yaml', '--rule', 'schema=\x1b[31mwarn']],
    ['--format', ['check', 'x.yaml', '--format', '\u202ejson']],
    ['--today', ['check', 'x.yaml', '--today', '2026\u200b-01-01']],
    ['--gap-threshold', ['score', 'x.yaml', '--gap-threshold', '\x1b]0;t\x07']],
    ['an unknown option', ['check', '--\x1b[2Jevil', 'x.yaml']],
    ['a missing file', ['score', 'missing-\u202e.yaml']],
    ['a template path', ['template', 'show', 'no-such-\x1b.yaml']],
  ])('echoes %s escaped in the usage error', async (_what, args) => {
    const { io, out, err } = fakeIO(tempDir('review-args-'));
    expect(await main(args as string[], io)).toBe(2);
    expect(out() + err()).not.toMatch(RAW_UNSAFE);
    expect(err()).toMatch(/\\(x1B|u202E|u200B|x07)/);
  });
});

describe('template show', () => {
  it.each(readdirSync(HOSTILE).filter((f) => f.startsWith('inert-')))('keeps %s inert in a template, in every format', async (name) => {
    // The payload of the fixture, moved into every text of a template (a JSON string is YAML too).
    const payload = loadReview(readFileSync(join(HOSTILE, name))).review!.organisation.slice('Org '.length);
    const p = (s: string) => JSON.stringify(`${s} ${payload}`);
    const dir = tempDir('review-template-');
    const file = join(dir, 'hostile-template.yaml');
    writeFileSync(
      file,
      `id: hostile\nversion: 1\ntitle: ${p('Title')}\ndescription: ${p('Description')}\nminutes: 5\nscale: [${[1, 2, 3, 4, 5].map((n) => p(String(n))).join(', ')}]\n` +
        `sections:\n${['cio-role', 'cmo-role', 'boundaries', 'digital-investments', 'processes'].map((id) => `  - id: ${id}\n    title: ${p('Section')}\n    intro: ${p('Intro')}\n    questions:\n      - id: q-${id}\n        text: ${p('Text')}\n`).join('')}` +
        `blurredAreas:\n  - id: area\n    name: ${p('Area')}\n    hint: ${p('Hint')}\n`,
    );
    for (const format of ['text', 'json', 'yaml']) {
      const { io, out, err } = fakeIO(dir);
      const code = await main(['template', 'show', file, '--format', format], io);
      expect(err(), format).toBe('');
      expect(code, format).toBe(0);
      expect(out(), format).not.toMatch(RAW_UNSAFE);
    }
  });
});
