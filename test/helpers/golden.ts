/**
 * Golden files: committed outputs under test/fixtures/golden/ that a test compares byte for byte.
 * A difference fails; nothing rewrites them but an explicit `UPDATE_GOLDEN=1 npx vitest run …`,
 * whose changes are then reviewed in the diff like code (README, Contributing).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './cli.js';

export const GOLDEN = join(ROOT, 'test/fixtures/golden');

export function expectGolden(name: string, actual: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(file, actual);
    return;
  }
  let expected: string;
  try {
    expected = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`no golden file test/fixtures/golden/${name}: write it with UPDATE_GOLDEN=1 npx vitest run test/e2e/golden.test.ts`);
  }
  expect(actual, `differs from test/fixtures/golden/${name} (UPDATE_GOLDEN=1 rewrites it)`).toBe(expected);
}
