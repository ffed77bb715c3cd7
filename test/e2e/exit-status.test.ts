/**
 * Exit status is the truth: a cut pipe, a full disk, a closed standard error or a deleted working
 * folder never turn a failing run into 0, and a write failure is a plain message with status 2.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, requireFreshBin } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

beforeAll(requireFreshBin);

const BAD = join(ROOT, 'examples/failing/orphan-area.yaml');
const GOOD = join(ROOT, 'examples/northwind/2026.yaml');

/** A folder of 400 failing files: far more output than a pipe buffer holds. */
function failingFolder(): string {
  const dir = tempDir('review-exit-');
  for (let i = 0; i < 400; i++) copyFileSync(BAD, join(dir, `r${String(i).padStart(3, '0')}.yaml`));
  return dir;
}

function sh(script: string, env: Record<string, string> = {}) {
  const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, ...env, BIN, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('exit status', () => {
  const folder = failingFolder();

  it.each(['text', 'json', 'github', 'sarif', 'junit'])(
    'stays 1 when the reader of a failing check --format %s goes away (| head -1)',
    (format) => {
      const r = sh(`node "$BIN" check "$DIR" --format ${format} | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`, { DIR: folder });
      expect(r.stdout.trim()).toBe('status=1');
      expect(r.stderr).toBe('');
    },
  );

  it('stays 0 for a passing run whose reader goes away', () => {
    const r = sh(`node "$BIN" report "$GOOD" --format html | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}"`, { GOOD });
    expect(r.stdout.trim()).toBe('status=0');
    expect(r.stderr).toBe('');
  });

  it('says plainly that standard output is full, with status 2 and no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'check', GOOD], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('review: cannot write to standard output: no space left on the device (ENOSPC)\n');
    } finally {
      closeSync(full);
    }
  });

  it('keeps the status when standard error is closed or full', () => {
    expect(sh(`node "$BIN" check "$BAD" >/dev/null 2>&-`, { BAD }).code).toBe(1);
    expect(sh(`node "$BIN" check does-not-exist.yaml 2>&-`).code).toBe(2);
    expect(sh(`node "$BIN" check does-not-exist.yaml 2>/dev/full`).code).toBe(2);
  });

  it('says plainly that the working folder is gone, status 2, no stack trace', () => {
    const gone = join(tempDir('review-cwd-'), 'gone');
    mkdirSync(gone);
    const r = sh(`cd "$GONE" && rmdir "$GONE" && node "$BIN" check x.yaml`, { GONE: gone });
    expect(existsSync(gone)).toBe(false);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^review: the current folder cannot be read \(ENOENT\); it may have been deleted/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
