/**
 * Coarse guards against quadratic paths: each pathological shape of scripts/shapes.mjs, at just
 * under 1 MiB, must be checked in a child process within 5 s (it takes well under a second; a
 * quadratic pass takes minutes), with output that stays bounded: at most 100 findings of one rule,
 * then one that counts the rest, and no message listing more than 10 values.
 * `npm run bench` measures the same shapes properly, as ratios to `node -e 0`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHAPES, WHY_CASES } from '../../scripts/shapes.mjs';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const dir = tempDir('review-complexity-');
const ONE_MIB = 1024 * 1024;

interface Json {
  files: { findings: { rule: string; message: string; line: number; path: string }[] }[];
  summary: { errors: number; warnings: number };
}

function checkWithin5s(name: string, text: string): Json {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, text);
  expect(Buffer.byteLength(text)).toBeLessThan(ONE_MIB);
  const r = runCli(['check', file, '--format', 'json'], { timeout: 5_000 });
  expect(r.signal, `${name} was still running after 5 s`).toBeNull();
  expect(r.stderr).toBe('');
  expect([0, 1]).toContain(r.code);
  // Bounded: 14 rules × 101 findings of a few hundred bytes each at the very most.
  expect(r.stdout.length).toBeLessThan(600_000);
  const json = JSON.parse(r.stdout) as Json;
  const perRule = new Map<string, number>();
  for (const f of json.files[0]!.findings) {
    perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
    expect(f.message.split(', ').length, f.message).toBeLessThanOrEqual(11);
  }
  for (const [rule, count] of perRule) expect(count, rule).toBeLessThanOrEqual(101);
  return json;
}

describe('complexity guards: 1 MiB of each pathological shape within 5 s, bounded output', () => {
  for (const shape of SHAPES) {
    it(shape.label, () => {
      checkWithin5s(shape.id, shape.make(ONE_MIB - 64));
    });
  }
});

describe('the four cases of issue 16', () => {
  const [newlines, waivers, unknownKeys, owners] = WHY_CASES;

  it(newlines!.label, () => {
    const json = checkWithin5s(newlines!.id, newlines!.make());
    expect(json.files[0]!.findings).toMatchObject([{ rule: 'schema', line: 1, message: expect.stringMatching(/the file is empty/) }]);
  });

  it(waivers!.label, () => {
    // Each 1,900-character target is refused (or, if it were shorter, reported unknown) without a
    // suggestion search, and quoted in part.
    const found = checkWithin5s(waivers!.id, waivers!.make()).files[0]!.findings.filter((f) => /^waivers\[\d+\]\.target$/.test(f.path));
    expect(found).toHaveLength(101);
    expect(found[0]!.message).not.toMatch(/did you mean/);
    expect(found[0]!.message.length, 'the target is quoted in part').toBeLessThan(200);
    expect(found[100]!.message).toMatch(/^… and 370 more problems in this file/);
  });

  it(unknownKeys!.label, () => {
    const schema = checkWithin5s(unknownKeys!.id, unknownKeys!.make()).files[0]!.findings.filter((f) => f.rule === 'schema');
    expect(schema).toHaveLength(101);
    expect(schema[0]!.message).toMatch(/^unknown key `k0`/);
    expect(schema[100]!.message).toMatch(/^… and 79,900 more problems in this file, from line \d+ on \(the first 100 are listed\)$/);
  });

  it(owners!.label, () => {
    const found = checkWithin5s(owners!.id, owners!.make()).files[0]!.findings.filter((f) => f.rule === 'owner-known');
    expect(found).toHaveLength(101);
    expect(found[0]!.message).toBe(
      'investment owner `s0` is not `joint` or a key of executives (cio, cmo, e0, e1, e2, e3, e4, e5, e6, e7 … and 4,992 more); did you mean `e0`?',
    );
    expect(found[100]!.message).toMatch(/^… and 19,900 more findings of this rule in this file/);
  });
});
