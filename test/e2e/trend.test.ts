/** `review trend` through the real binary: the figures are those of `review score`, period by period. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { run } from '../helpers/run.js';

const NORTHWIND = ['examples/northwind/2025.yaml', 'examples/northwind/2026.yaml', 'examples/northwind/2027.yaml'];

async function json(args: string[]) {
  const r = await run(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('review trend', () => {
  it('gives each period the verdict and measures `review score --format json` gives its file, per section too', async () => {
    const trend = await json(['trend', 'examples/northwind', '--format', 'json']);
    expect(trend.version).toBe(1);
    expect(trend.organisation).toBe('Northwind Retail');
    expect(trend.periods.map((p: { period: string }) => p.period)).toEqual(['2025', '2026', '2027', '2028']);
    expect(trend.periods.slice(0, 3).map((p: { file: string }) => p.file)).toEqual(NORTHWIND);
    for (const p of trend.periods) {
      const score = await json(['score', p.file, '--format', 'json']);
      expect(p.period).toBe(score.period);
      expect(p.verdict).toBe(score.verdict);
      expect(p.maturity).toBe(score.maturity.level);
      expect(p.consensus).toBe(score.consensus.value);
      expect(p.ownership).toBe(score.ownership.value);
      expect(p.sections).toEqual(
        score.sections.map((s: { id: string; maturity: number | null; consensus: number | null }) => ({
          id: s.id,
          maturity: s.maturity,
          consensus: s.consensus,
        })),
      );
    }
  });

  it('matches score for every organisation of the generated portfolio, in any order the files are named', async () => {
    const files = ['2026', '2024', '2025'].map((y) => `examples/portfolio/harbour-foods/${y}.yaml`);
    const trend = await json(['trend', ...files, '--format', 'json']);
    expect(trend.periods.map((p: { period: string }) => p.period)).toEqual(['2024', '2025', '2026']);
    for (const p of trend.periods) {
      const score = await json(['score', p.file, '--format', 'json']);
      expect([p.verdict, p.maturity, p.consensus, p.ownership]).toEqual([
        score.verdict,
        score.maturity.level,
        score.consensus.value,
        score.ownership.value,
      ]);
    }
  });

  it('reads a schemaVersion 1 file beside version 2 files', async () => {
    const trend = await json(['trend', 'examples/schema-v1/northwind-2025.yaml', 'examples/northwind/2026.yaml', '--format', 'json']);
    expect(trend.periods.map((p: { period: string }) => p.period)).toEqual(['2025', '2026']);
    expect(trend.periods[0].maturity).toBe(
      (await json(['score', 'examples/schema-v1/northwind-2025.yaml', '--format', 'json'])).maturity.level,
    );
  });

  it('follows actions from year to year and lists statements disputed two periods running', async () => {
    const trend = await json(['trend', 'examples/northwind', '--format', 'json']);
    const fastTrack = trend.actions.find((a: { id: string }) => a.id === 'fast-track-pilot');
    expect(fastTrack).toMatchObject({
      outcome: 'done-on-time',
      history: [
        { period: '2026', status: 'open' },
        { period: '2027', status: 'done' },
      ],
    });
    expect(trend.persistentDisputes.map((d: { statement: string }) => d.statement)).toContain('cmo-role/works-within-governance');
  });

  it('prints sparklines and the figures in text', async () => {
    const r = await run(['trend', 'examples/northwind']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Maturity\s+[▁▂▃▄▅▆▇█]{4}\s+2\.3 → 3\.4 → 3\.5 → \d\.\d/);
    expect(r.stdout).toContain('At odds → Shared concern → Partnership');
  });

  it('writes Markdown and self-contained HTML with a line chart per measure', async () => {
    const md = await run(['trend', 'examples/northwind', '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('| 2027 | Partnership | 3.5 | 66.1 | 96.4 |');
    const html = await run(['trend', 'examples/northwind', '--format', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain("default-src 'none'");
    expect(html.stdout).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html.stdout.match(/<svg /g)).toHaveLength(3);
  });

  it('refuses a mix of organisations unless --org picks one', async () => {
    const r = await run(['trend', 'examples/portfolio']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/more than one organisation .*pick one with --org/);
    const picked = await json(['trend', 'examples/portfolio', '--org', 'harbour foods', '--format', 'json']);
    expect(picked.organisation).toBe('Harbour Foods');
    expect(picked.periods).toHaveLength(3);
    const none = await run(['trend', 'examples/portfolio', '--org', 'Nobody Ltd']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no review of Nobody Ltd found');
  });

  it('refuses two files for one period, and an unusable file with its location, without a stack trace', async () => {
    const dir = tempDir('review-trend-');
    copyFileSync(join(ROOT, NORTHWIND[1]!), join(dir, '2026.yaml'));
    copyFileSync(join(ROOT, NORTHWIND[1]!), join(dir, '2026-copy.yaml'));
    const twin = await run(['trend', dir]);
    expect(twin.code).toBe(2);
    expect(twin.stderr).toMatch(/both Northwind Retail, 2026: leave one out \(--exclude\)/);
    expect((await run(['trend', dir, '--exclude', '*-copy.yaml', '--format', 'json'])).code).toBe(0);

    const bad = join(dir, 'bad');
    mkdirSync(bad);
    copyFileSync(join(ROOT, NORTHWIND[0]!), join(bad, '2025.yaml'));
    writeFileSync(
      join(bad, '2026.yaml'),
      readFileSync(join(ROOT, NORTHWIND[1]!), 'utf8').replace('schemaVersion: 2\n', 'schemaVersion: 2\nschemaVersion: 2\n'),
    );
    const r = await run(['trend', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/2026\.yaml:\d+:\d+/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('review report --trend', () => {
  it("adds the trend of the report's organisation to the Markdown and the JSON, and nothing without the flag", async () => {
    const md = await run(['report', 'examples/northwind/2027.yaml', '--trend', 'examples/northwind', '--today', '2027-03-15']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## Over the years');
    expect(md.stdout).toContain('| 2025 | At odds | 2.3 | 27.5 | 33.3 |');
    const plain = await run(['report', 'examples/northwind/2027.yaml', '--today', '2027-03-15']);
    expect(plain.stdout).not.toContain('Over the years');
    const doc = JSON.parse(
      (await run(['report', 'examples/northwind/2027.yaml', '--trend', 'examples/northwind', '--format', 'json', '--today', '2027-03-15']))
        .stdout,
    );
    expect(doc.trend.periods.map((p: { period: string }) => p.period)).toEqual(['2025', '2026', '2027', '2028']);
  });

  it("follows only the report's organisation through a mixed folder", async () => {
    const r = await run([
      'report',
      'examples/portfolio/harbour-foods/2026.yaml',
      '--trend',
      'examples/portfolio',
      '--format',
      'json',
      '--today',
      '2026-06-01',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).trend).toMatchObject({
      organisation: 'Harbour Foods',
      periods: [{ period: '2024' }, { period: '2025' }, { period: '2026' }],
    });
  });
});
