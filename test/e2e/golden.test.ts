/**
 * The JSON contracts (score, diff, report, check, SARIF, trend, benchmark) and the board papers as
 * committed golden files, compared byte for byte: a change to what scripts and CI jobs read shows
 * in review as a changed file under test/fixtures/golden/.
 * `UPDATE_GOLDEN=1 npx vitest run test/e2e/golden.test.ts` rewrites them.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectGolden, GOLDEN } from '../helpers/golden.js';
import { run } from '../helpers/run.js';

const OLD = 'examples/northwind/2025.yaml';
const NEW = 'examples/northwind/2026.yaml';
const BAD = 'examples/failing/orphan-area.yaml';
const pair = (name: string) => [`test/fixtures/diff/${name}/old.yaml`, `test/fixtures/diff/${name}/new.yaml`];

/** golden file → [arguments, exit code]. */
const CASES: Record<string, [string[], number]> = {
  'score-northwind-2026.json': [['score', NEW, '--today', '2026-04-01', '--format', 'json'], 0],
  'score-northwind-2026.md': [['score', NEW, '--today', '2026-04-01', '--format', 'markdown'], 0],
  'diff-northwind.json': [['diff', OLD, NEW, '--format', 'json', '--today', '2026-04-01'], 0],
  'diff-northwind.md': [['diff', OLD, NEW, '--format', 'markdown', '--today', '2026-04-01'], 0],
  'diff-template-change.json': [['diff', ...pair('template-change'), '--format', 'json', '--today', '2026-04-01'], 0],
  'diff-owner-lost.json': [['diff', ...pair('owner-lost'), '--format', 'json', '--today', '2026-04-01'], 0],
  'diff-investments.json': [['diff', ...pair('investments'), '--format', 'json', '--today', '2026-04-01'], 0],
  'report-northwind-2026.json': [['report', NEW, '--previous', OLD, '--today', '2026-04-01', '--format', 'json'], 0],
  'report-northwind-2026.md': [['report', NEW, '--previous', OLD, '--today', '2026-04-01'], 0],
  'report-northwind-2026.html': [['report', NEW, '--previous', OLD, '--today', '2026-04-01', '--format', 'html'], 0],
  'check-northwind-2026.json': [['check', NEW, '--today', '2026-04-01', '--format', 'json'], 0],
  'check-failing.json': [['check', BAD, '--today', '2026-06-01', '--format', 'json'], 1],
  'check-failing.sarif.json': [['check', BAD, '--today', '2026-06-01', '--format', 'sarif'], 1],
  'trend-northwind.json': [['trend', 'examples/northwind', '--format', 'json'], 0],
  'benchmark-harbour-foods.json': [['benchmark', 'examples/portfolio', '--org', 'Harbour Foods', '--format', 'json'], 0],
};

describe('golden outputs', () => {
  it.each(Object.entries(CASES))('%s', async (name, [args, code]) => {
    const r = await run(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(code);
    if (name.endsWith('.json')) expect(() => JSON.parse(r.stdout)).not.toThrow();
    expectGolden(name, r.stdout);
  });

  it('has no golden file that no case compares', () => {
    expect(readdirSync(GOLDEN).sort()).toEqual(Object.keys(CASES).sort());
  });
});
