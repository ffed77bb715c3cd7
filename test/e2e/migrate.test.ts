/** `review migrate`: version 1 to 2 with every comment kept, and nothing else changed. */
import { copyFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { run } from '../helpers/run.js';

const V1 = 'examples/schema-v1/northwind-2025.yaml';
const dir = tempDir('review-migrate-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const comments = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.includes('#'))
    .map((l) => l.slice(l.indexOf('#')));
const NEW_RULES = new Set([
  'unconfirmed-ownership',
  'roi-behind-target',
  'criterion-missed',
  'action-owner',
  'action-overdue',
  'unaddressed',
  'reference-known',
  'waiver-too-long',
]);

describe('review migrate', () => {
  it('prints the version 2 file, changing only the schemaVersion and the criteria, every comment kept', async () => {
    const before = readFileSync(join(ROOT, V1), 'utf8');
    const r = await run(['migrate', V1]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const after = r.stdout;
    expect(comments(after)).toEqual(comments(before));
    const changed = after.split('\n').filter((l) => !before.split('\n').includes(l));
    expect(changed).toEqual([
      'schemaVersion: 2',
      '  cio:',
      '    - { id: checkout-availability-of-99-9-through-peak-trading, text: Checkout availability of 99.9% through peak trading, status: open }',
      '  cmo:',
      '    - { id: online-revenue-up-8-year-on-year, text: Online revenue up 8% year on year, status: open }',
    ]);
  });

  it('keeps comments on block lists, gives repeated texts distinct ids, and quotes what YAML needs', async () => {
    const r = await run(['migrate', 'test/fixtures/migrate/block-criteria.v1.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('schemaVersion: 2   # the version this file was written in');
    expect(r.stdout).toContain(
      '    # uptime matters most\n    - { id: uptime-99-9, text: Uptime 99.9%, status: open }        # agreed in March\n',
    );
    expect(r.stdout).toContain('    - { id: uptime-99-9-2, text: Uptime 99.9%, status: open }      # written twice: the ids must differ\n');
    expect(r.stdout).toContain(
      '  cmo:\n    - { id: leads-up-10, text: Leads up 10%, status: open }\n    - { id: cost-per-lead-down, text: "Cost: per lead down", status: open }\n',
    );
    expect(r.stdout).toContain('  joint: []\n');
    const out = join(dir, 'block.yaml');
    writeFileSync(out, r.stdout);
    expect((await run(['check', out, '--rule', 'success-criteria=off'])).code).toBe(0);
  });

  it('--write rewrites the file atomically, and a second run changes nothing', async () => {
    const file = join(dir, '2025.yaml');
    copyFileSync(join(ROOT, V1), file);
    const first = await run(['migrate', file, '--write']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain('from schemaVersion 1 to 2: schemaVersion 1 → 2; 2 success criteria given an id and status open.');
    const once = readFileSync(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const second = await run(['migrate', file, '--write']);
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('is already schemaVersion 2; nothing to do.');
    expect(readFileSync(file).equals(once)).toBe(true);
    const json = JSON.parse((await run(['migrate', file, '--format', 'json'])).stdout);
    expect(json).toEqual({ version: 1, file, from: 2, to: 2, changed: false, written: false, steps: [] });
  });

  it('leaves check findings as they were, apart from the new rules', async () => {
    const file = join(dir, 'same.yaml');
    copyFileSync(join(ROOT, V1), file);
    const findings = async (f: string) =>
      (
        JSON.parse((await run(['check', f, '--format', 'json', '--today', '2026-06-01'])).stdout).files[0].findings as {
          rule: string;
          line: number;
          column: number;
          message: string;
        }[]
      )
        .filter((x) => !NEW_RULES.has(x.rule))
        .map((x) => `${x.line}:${x.column} ${x.rule} ${x.message}`);
    const before = await findings(file);
    expect(before.length).toBeGreaterThan(5);
    await run(['migrate', file, '--write']);
    expect(await findings(file)).toEqual(before);
  });

  it('refuses an unusable file with located problems and writes nothing', async () => {
    const file = join(dir, 'bad.yaml');
    const text =
      'schemaVersion: 1\norganisation: X\nperiod: 2026\nexecutives:\n  cio: { name: A }\n  cmo: { name: B }\nsections: []\nblurredAreas:\n  - { id: Bad Id, name: A }\n';
    writeFileSync(file, text);
    const r = await run(['migrate', file, '--write']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:9:11: \`id\` must be kebab-case`);
    expect(readFileSync(file, 'utf8')).toBe(text);
    const future = join(dir, 'future.yaml');
    writeFileSync(future, 'schemaVersion: 3\norganisation: X\n');
    expect((await run(['migrate', future])).stderr).toContain('schemaVersion 3 is newer than this version of review understands (2)');
  });
});
