/**
 * Every temporary folder a test makes comes from here: `tempDir('review-x-')` makes one in the
 * system temporary folder, and test/setup/temp.ts removes them all after each test file. The
 * global teardown (test/setup/global.ts) fails the run when a `review-*` entry is left behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made = new Set<string>();

export function tempDir(prefix: string): string {
  if (!prefix.startsWith('review-')) throw new Error(`a temporary folder's name starts with review-, not ${prefix}`);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder made by {@link tempDir} so far (read-only contents included). */
export function removeTempDirs(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  made.clear();
}
