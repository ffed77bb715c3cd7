/** The guard of the spawn tests: a build older than its sources is refused with what to do. */
import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staleBuild } from './fresh-build.js';
import { tempDir } from './temp.js';

/** A project folder whose sources date from `sources` and whose build from `built` (seconds). */
function project(sources: number, built: number | undefined): string {
  const root = tempDir('review-fresh-');
  mkdirSync(join(root, 'src/core'), { recursive: true });
  mkdirSync(join(root, 'scripts'));
  for (const file of ['src/main.ts', 'src/core/score.ts', 'scripts/build.mjs', 'package.json']) {
    writeFileSync(join(root, file), '');
    utimesSync(join(root, file), 1_000, 1_000);
  }
  utimesSync(join(root, 'src/core/score.ts'), sources, sources);
  if (built !== undefined) {
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist/review.cjs'), '');
    utimesSync(join(root, 'dist/review.cjs'), built, built);
  }
  return root;
}

describe('staleBuild', () => {
  it('accepts a build newer than every source', () => {
    expect(staleBuild(project(2_000, 3_000))).toBeUndefined();
  });

  it('refuses a build older than a source deep under src/, naming the file', () => {
    expect(staleBuild(project(4_000, 3_000))).toBe(
      'dist/ is older than src/ (src/core/score.ts changed after the build): run npm run build',
    );
  });

  it('refuses a missing build', () => {
    expect(staleBuild(project(2_000, undefined))).toBe('dist/ is missing: run npm run build');
  });
});
