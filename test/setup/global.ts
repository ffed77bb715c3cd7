/**
 * The whole run gets a temporary folder of its own (TMPDIR, inherited by every worker and every
 * spawned review), so what tests leave behind can be told from other runs on the machine. At the
 * end the run fails when a `review-*` entry remains in it: a test made a folder outside
 * test/helpers/temp.ts, or wrote a file it did not remove.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function leftovers(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.startsWith('review-'))
    .sort();
}

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'vitest-review-run-'));
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    const left = leftovers(root);
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    if (left.length) {
      // A throw here is only logged by vitest ("error during close"); the exit status must say it.
      process.stderr.write(`\nFAIL tests left ${left.length} entries in the temporary folder: ${left.join(', ')}\n`);
      process.exitCode = 1;
    }
  };
}
