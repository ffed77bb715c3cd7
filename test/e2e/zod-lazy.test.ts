/**
 * `review check` (and score, trend, benchmark, migrate) evaluate zod only to explain a file the
 * generated validator refuses: a run over valid files never loads it. zod marks the global object
 * when its modules are evaluated (`__zod_globalConfig`), so a script preloaded into the built CLI
 * reports, at exit, whether it was.
 */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { run } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

const GOOD = 'examples/northwind/2026.yaml';

function probe(): string {
  const file = join(tempDir('review-zod-probe-'), 'probe.cjs');
  writeFileSync(
    file,
    `process.on('exit', () => process.stderr.write('zod evaluated: ' + ('__zod_globalConfig' in globalThis) + '\\n'));\n`,
  );
  return file;
}

describe('zod in review check', () => {
  const preload = probe();
  const cli = (args: string[]) => runCli(args, { env: { NODE_OPTIONS: `--require ${preload}` } });

  it('is not evaluated for valid files, and the output is what the in-process run gives', async () => {
    const r = cli(['check', GOOD, 'examples/northwind/2025.yaml', 'examples/schema-v1', '--today', '2026-04-01']);
    expect(r.stderr).toBe('zod evaluated: false\n');
    const same = await run(['check', GOOD, 'examples/northwind/2025.yaml', 'examples/schema-v1', '--today', '2026-04-01']);
    expect(r.stdout).toBe(same.stdout);
    expect(r.code).toBe(same.code);
    expect(r.stdout).toMatch(/in \d of 3 files/);
    expect(r.stdout).not.toContain(' schema\n');
  });

  it('is evaluated at the first refused file, which is explained as ever; the files after it too', async () => {
    const dir = tempDir('review-zod-lazy-');
    copyFileSync(GOOD, join(dir, 'a.yaml'));
    writeFileSync(
      join(dir, 'b.yaml'),
      'schemaVersion: 2\norganisation: X\nperiod: 2026\nexecutives: {cio: {name: A}, cmo: {name: B}}\nsections: []\nboardReport: 1\n',
    );
    writeFileSync(join(dir, 'c.yaml'), 'schemaVersion: 2\norganisation: " "\nperiod: 2026\nexecutives: {cio: {name: A}}\nsections: []\n');
    const r = cli(['check', dir, '--today', '2026-04-01', '--format', 'json']);
    expect(r.stderr).toBe('zod evaluated: true\n');
    expect(r.code).toBe(1);
    const same = await run(['check', dir, '--today', '2026-04-01', '--format', 'json'], { cwd: process.cwd() });
    expect(r.stdout).toBe(same.stdout);
    expect(r.stdout).toContain('a.yaml');
    const messages = (JSON.parse(r.stdout) as { files: { findings: { rule: string; message: string; line: number }[] }[] }).files
      .flatMap((f) => f.findings)
      .filter((f) => f.rule === 'schema')
      .map((f) => `${f.line} ${f.message}`);
    expect(messages).toEqual([
      '6 unknown key `boardReport` (expected `schemaVersion`, `organisation`, `period`, `template`, `reviewer`, `facilitator`, `executives`, `sections`, `blurredAreas`, `investments` … and 4 more)',
      '2 `organisation` must not be empty',
      '4 missing required field `cmo`',
    ]);
  });

  it('is not evaluated by score, trend, benchmark or migrate on valid files either', () => {
    for (const args of [
      ['score', GOOD],
      ['trend', 'examples/northwind'],
      ['benchmark', 'examples/portfolio', '--org', 'Harbour Foods'],
      ['migrate', 'examples/schema-v1/northwind-2025.yaml'],
    ]) {
      const r = cli(args);
      expect(r.stderr, args[0]).toBe('zod evaluated: false\n');
      expect(r.code, args[0]).toBe(0);
    }
  });

  it('is there for every other command that reads a review, which explains a refused file as check does', () => {
    const dir = tempDir('review-zod-others-');
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'schemaVersion: 2\norganisation: X\nperiod: 2026\nexecutives: {cio: {name: A}, cmo: {name: B}}\nsections: []\nboardReport: 1\n',
    );
    for (const args of [
      ['score', bad],
      ['report', bad],
      ['diff', GOOD, bad],
      ['migrate', bad],
      ['trend', dir],
      ['benchmark', dir, '--org', 'X'],
    ]) {
      const r = runCli(args);
      expect(r.stderr, args[0]).toContain(`${bad}:6:1: unknown key \`boardReport\``);
      expect(r.code, args[0]).toBe(2);
    }
  });
});
