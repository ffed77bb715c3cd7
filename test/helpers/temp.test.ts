/** The temporary folders of the tests, and the check that none is left behind. */
import { existsSync, mkdirSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leftovers } from '../setup/global.js';
import { removeTempDirs, tempDir } from './temp.js';

describe('tempDir', () => {
  it('makes a review-* folder in the temporary folder and removes it, read-only contents too', () => {
    const dir = tempDir('review-temp-');
    expect(dirname(dir)).toBe(tmpdir());
    expect(basename(dir)).toMatch(/^review-temp-.{6}$/);
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked/file.yaml'), 'x');
    chmodSync(join(dir, 'locked'), 0o500);
    removeTempDirs();
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses a name the leftover check would not see', () => {
    expect(() => tempDir('scratch-')).toThrow("a temporary folder's name starts with review-, not scratch-");
  });
});

describe('leftovers', () => {
  it('lists the review-* entries of a folder, sorted, and nothing else', () => {
    const dir = tempDir('review-left-');
    for (const name of ['review-b', 'review-a.yaml', 'other', '.review-hidden']) writeFileSync(join(dir, name), '');
    expect(leftovers(dir)).toEqual(['review-a.yaml', 'review-b']);
  });
});
