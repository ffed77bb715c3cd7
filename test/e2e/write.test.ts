/**
 * Files are never clobbered: report --out, merge --out (and init) write only to a missing or
 * regular file, create the parent folder, never replace an input of the same run, infer the
 * report's format from --out's extension, and clean up what a killed run left behind.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { run } from '../helpers/run.js';

const NEW = join(ROOT, 'examples/northwind/2026.yaml');
const A = join(ROOT, 'test/fixtures/merge/a.yaml');
const B = join(ROOT, 'test/fixtures/merge/b.yaml');
const folder = () => tempDir('review-write-');

describe('report --out', () => {
  it.each([
    ['board.md', '# '],
    ['board.MARKDOWN', '# '],
    ['board.HTML', '<!doctype html>'],
    ['board.htm', '<!doctype html>'],
    ['board.Json', '{'],
  ])('infers the format from %s', async (name, start) => {
    const dir = folder();
    const r = await run(['report', NEW, '--out', name], { cwd: dir });
    expect(r.stderr).toMatch(/^Wrote /);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, name), 'utf8').toLowerCase().startsWith(start.toLowerCase())).toBe(true);
  });

  it.each([
    [['--out', 'board.pdf'], 'review: --out board.pdf: review writes no `.pdf` report; name the file .md, .markdown, .html, .htm, .json'],
    [['--out', 'board'], 'review: --out board has no extension: name the file .md, .markdown, .html, .htm, .json'],
    [
      ['--out', 'board.md', '--format', 'html'],
      'review: --format html does not match --out board.md, which names markdown; change one of them',
    ],
  ])('refuses %j and writes nothing', async (args, message) => {
    const dir = folder();
    const r = await run(['report', NEW, ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${message}\n`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('creates the parent folder, and writes mode 0600', async () => {
    const dir = folder();
    const r = await run(['report', NEW, '--out', 'board/2026/pack.html'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(statSync(join(dir, 'board/2026/pack.html')).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['a FIFO', (p: string) => execFileSync('mkfifo', [p]), 'a named pipe'],
    ['a folder', (p: string) => mkdirSync(p), 'a folder'],
    ['a link', (p: string) => symlinkSync(NEW, p), 'a link'],
  ])('refuses %s as the target, even with --force, and leaves it as it was', async (_what, make, kind) => {
    const dir = folder();
    const target = join(dir, 'board.md');
    make(target);
    const before = lstatSync(target);
    const r = runCli(['report', NEW, '--out', 'board.md', '--force'], { cwd: dir, timeout: 20_000 });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^review: board\\.md is ${kind}, not a regular file`));
    const after = lstatSync(target);
    expect([after.ino, after.mode]).toEqual([before.ino, before.mode]);
    expect(readdirSync(dir)).toEqual(['board.md']);
  });

  it('removes the temporary files a killed run left, and only those', async () => {
    const dir = folder();
    const stale = join(dir, '.board.md.999999999.deadbeef.tmp');
    const live = join(dir, `.board.md.${process.pid}.cafebabe.tmp`);
    const other = join(dir, '.other.md.999999999.deadbeef.tmp');
    for (const p of [stale, live, other]) writeFileSync(p, 'half-written');
    expect((await run(['report', NEW, '--out', 'board.md'], { cwd: dir })).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });
});

describe('merge --out', () => {
  it('never writes over one of its inputs, even with --force', async () => {
    const dir = folder();
    copyFileSync(A, join(dir, 'a.yaml'));
    copyFileSync(B, join(dir, 'b.yaml'));
    const before = readFileSync(join(dir, 'a.yaml'), 'utf8');
    for (const out of ['a.yaml', './a.yaml', join(dir, 'a.yaml')]) {
      const r = await run(['merge', '--out', out, 'a.yaml', 'b.yaml', '--force'], { cwd: dir });
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain(
        "is one of this run's inputs; write the result to another file (neither --force nor --overwrite replaces an input); nothing was written",
      );
    }
    symlinkSync(join(dir, 'a.yaml'), join(dir, 'alias.yaml'));
    expect((await run(['merge', '--out', 'a.yaml', 'alias.yaml', 'b.yaml', '--force'], { cwd: dir })).code).toBe(2);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'alias.yaml', 'b.yaml']);
  });

  it('refuses a character device as the target, even with --force', async () => {
    const r = await run(['merge', NEW, NEW, '--out', '/dev/null', '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('review: /dev/null is a character device, not a regular file; write to a file; nothing was written\n');
  });

  it('creates the parent folder and reads back what it wrote', async () => {
    const dir = folder();
    copyFileSync(NEW, join(dir, 'x.yaml'));
    copyFileSync(NEW, join(dir, 'y.yaml'));
    const r = await run(['merge', 'x.yaml', 'y.yaml', '--out', 'reviews/2026/merged.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(statSync(join(dir, 'reviews/2026/merged.yaml')).mode & 0o777).toBe(0o600);
    const merged = await run(['check', 'reviews/2026/merged.yaml', '--format', 'json', '--today', '2026-06-01'], { cwd: dir });
    expect(JSON.parse(merged.stdout).files[0].findings.filter((f: { rule: string }) => f.rule === 'schema')).toEqual([]);
  });
});
