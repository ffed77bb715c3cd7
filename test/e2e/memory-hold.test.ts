/**
 * A long folder run holds V8's young generation at 2 × 8 MB (src/io/memory.ts) and lets it go when
 * the command ends. Seen from outside: a script preloaded into the built CLI records the V8 flags set,
 * and the code cache that bin/review.js writes after such a run is the one later runs accept (V8
 * rejects a cache made under other flags, and the next run would compile again and rewrite it).
 */
import { cpSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeReview } from '../../scripts/corpus.mjs';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

/** A folder of `n` different reviews of about 25 KB (the bench's corpus). */
function folder(n: number): string {
  const dir = join(tempDir('review-hold-'), 'reviews');
  mkdirSync(dir);
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `review-${String(i).padStart(4, '0')}.yaml`), makeReview(i).text);
  return dir;
}

function probe(): string {
  const file = join(tempDir('review-hold-probe-'), 'probe.cjs');
  writeFileSync(
    file,
    `const v8 = require('node:v8'); const set = v8.setFlagsFromString; const seen = [];
v8.setFlagsFromString = (f) => { seen.push(f); return set(f); };
process.on('exit', () => process.stderr.write('flags: ' + seen.join(' ') + '\\n'));\n`,
  );
  return file;
}

describe('memory over a long folder run', () => {
  const reviews = folder(400);

  it('holds the young generation while the folder is read and restores V8’s flags after', () => {
    const r = runCli(['check', reviews, '--format', 'json'], { env: { NODE_OPTIONS: `--require ${probe()}` }, timeout: 60_000 });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.files).toBe(400);
    expect(r.stderr).toBe('flags: --semi-space-growth-factor=1 --semi-space-growth-factor=2\n');
  });

  it('leaves the code cache written after such a run valid for the runs that follow', () => {
    // A copy of the executable, so its cache is written beside a build of its own.
    const home = tempDir('review-hold-bin-');
    cpSync(join(ROOT, 'bin'), join(home, 'bin'), { recursive: true });
    mkdirSync(join(home, 'dist'));
    cpSync(join(ROOT, 'dist/review.cjs'), join(home, 'dist/review.cjs'));
    const cli = (args: string[]) =>
      runCli(args, {
        env: { XDG_CACHE_HOME: join(home, 'cache'), REVIEW_CODE_CACHE: undefined },
        timeout: 60_000,
        bin: join(home, 'bin/review.js'),
      });
    const caches = () => readdirSync(join(home, 'dist')).filter((f) => f.endsWith('.v8cache'));

    expect(cli(['check', reviews]).code).toBe(1);
    expect(caches()).toHaveLength(1);
    const cache = join(home, 'dist', caches()[0] ?? '');
    const written = statSync(cache).mtimeMs;
    expect(cli(['check', reviews]).code).toBe(1);
    expect(cli(['check', join(ROOT, 'examples/northwind/2026.yaml'), '--today', '2026-04-01']).code).toBe(0);
    // Accepted: neither run found it stale and wrote it again.
    expect(caches()).toHaveLength(1);
    expect(statSync(cache).mtimeMs).toBe(written);
  });
});
