/** io/files.ts: atomic writes that never overwrite unasked, and the --exclude globs. */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeExcluder, writeFileAtomic } from '../../src/io/files.js';
import { tempDir } from '../helpers/temp.js';

describe('writeFileAtomic', () => {
  it('creates the parent folder and writes mode 0600, leaving no temporary file', () => {
    const dir = tempDir('review-atomic-');
    const file = join(dir, 'board/2026/pack.md');
    writeFileAtomic(file, '# Pack\n');
    expect(readFileSync(file, 'utf8')).toBe('# Pack\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'board/2026'))).toEqual(['pack.md']);
  });

  it('refuses to overwrite without force, naming the file, and keeps what was there', () => {
    const dir = tempDir('review-atomic-');
    const file = join(dir, 'a.yaml');
    writeFileSync(file, 'before');
    expect(() => writeFileAtomic(file, 'after', { display: 'a.yaml' })).toThrow('a.yaml already exists; pass --force to replace it');
    expect(readFileSync(file, 'utf8')).toBe('before');
    writeFileAtomic(file, 'after', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('after');
    expect(readdirSync(dir)).toEqual(['a.yaml']);
  });

  it.each([
    ['a folder', (p: string) => mkdirSync(p), 'is a folder, not a regular file'],
    ['a link', (p: string) => symlinkSync('/etc/hostname', p), 'is a link, not a regular file'],
  ])('refuses %s as the target, even with force', (_what, make, message) => {
    const dir = tempDir('review-atomic-');
    const target = join(dir, 'out.md');
    make(target);
    expect(() => writeFileAtomic(target, 'x', { force: true, display: 'out.md' })).toThrow(`out.md ${message}`);
  });

  it('refuses to write over a file this run read, even with force', () => {
    const dir = tempDir('review-atomic-');
    const file = join(dir, 'in.yaml');
    writeFileSync(file, 'input');
    expect(() => writeFileAtomic(file, 'x', { force: true, inputs: [file], display: 'in.yaml' })).toThrow(
      "in.yaml is one of this run's inputs",
    );
    expect(readFileSync(file, 'utf8')).toBe('input');
    expect(existsSync(file)).toBe(true);
  });
});

describe('makeExcluder', () => {
  it.each([
    [['*.cio.yaml'], 'reviews/2026/northwind.cio.yaml', false, true],
    [['*.cio.yaml'], 'reviews/2026.yaml', false, false],
    [['reviews/2026/**'], 'reviews/2026/a.yaml', false, true],
    [['reviews/2026/**'], 'reviews/2025.yaml', false, false],
    [['reviews/2026'], 'reviews/2026', true, true],
    [['reviews/{2025,2026}.yaml'], 'reviews/2025.yaml', false, true],
    [['r?.yaml'], 'r1.yaml', false, true],
    [['r[0-4].yaml'], 'r7.yaml', false, false],
  ] as const)('%j on %s (folder %s) → %s', (globs, path, folder, excluded) => {
    expect(makeExcluder(globs)(path, folder)).toBe(excluded);
  });
});
