import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const FILE = 'examples/northwind/2026.yaml';

describe('review score', () => {
  it('shows the headline, the five sections, the largest gaps and every area on one screen', () => {
    const r = runCli(['score', FILE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toContain('Northwind Retail · 2026 · reviewed by Dana Whitfield (CEO)');
    expect(out).toMatch(/Alignment index {2}88\.8 {2}ALIGNED/);
    expect(out).toContain('Perception alignment 82.0 · Ownership clarity 92.9 · Investment jointness 91.7');
    expect(out).toContain('Agreement (quadratic-weighted kappa) -0.16 over 25 questions');
    expect(out).toMatch(/│ The CIO's role +│ 4\.0 │ 3\.0 │ 3\.6 │ 1\.00 │ ████████░░ {2}75\.0 +│ +62\.5 │/);
    expect(out).toContain('Largest gaps  (3 misaligned at a gap of 2 or more)');
    expect(out).toMatch(/│ cio-role +│ IT offers a fast-track path.*│ +4 │ +2 │ 3 between them +│ 2 ! │/);
    expect(out).toMatch(/│ ▲ │ Marketing automation +│ cmo +│ contested +│ joint +│ cmo +│/);
    expect(out.split('\n').length).toBeLessThan(50);
    expect(Math.max(...out.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(120);
  });

  it('colours meaning only when colour is on', () => {
    expect(runCli(['score', FILE]).stdout).not.toContain('\u001b[');
    const coloured = runCli(['score', FILE], { env: { FORCE_COLOR: '1' } }).stdout;
    expect(coloured).toContain('\u001b[32m'); // green: the aligned band
    expect(coloured).toContain('\u001b[31m'); // red: misaligned gaps
  });

  it('writes the JSON document of DESIGN.md', () => {
    const r = runCli(['score', FILE, '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      version: 1,
      file: FILE,
      organisation: 'Northwind Retail',
      period: '2026',
      alignmentIndex: 88.8,
      band: 'aligned',
      perceptionAlignment: 82,
      ownershipClarity: 92.9,
      investmentJointness: 91.7,
      kappa: { value: -0.163, n: 25 },
    });
    expect(j.sections.map((s: { id: string }) => s.id)).toEqual(['cio-role', 'cmo-role', 'boundaries', 'digital-investments', 'processes']);
    expect(j.sections[0]).toMatchObject({ perceptionAlignment: 75, maturity: 62.5, meanGap: 1 });
    expect(j.sections[0].questions[0]).toEqual({ id: 'external-customer-boundary', cio: 4, cmo: 3, ceo: 4, gap: 1, misaligned: false });
    expect(j.areas.find((a: { id: string }) => a.id === 'marketing-automation')).toMatchObject({ owner: 'cmo', status: 'contested' });
    expect(j.investments).toEqual([
      { id: 'crm-replatform', name: 'CRM re-platform', jointness: 100 },
      { id: 'mobile-app-v2', name: 'Mobile app, second version', jointness: 100 },
      { id: 'customer-data-platform', name: 'Customer data platform', jointness: 75 },
    ]);
  });

  it('reports kappa as not defined, with the reason', () => {
    const r = runCli(['score', 'test/fixtures/score/single-rating.yaml', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).kappa).toEqual({ value: null, n: 3, reason: expect.stringContaining('same single rating') });
    expect(runCli(['score', 'test/fixtures/score/single-rating.yaml']).stdout).toContain('Agreement (kappa) not defined: the CIO and the CMO gave every question the same single rating');
  });

  it('writes Markdown for the board paper', async () => {
    const r = runCli(['score', FILE, '--format', 'markdown']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('__snapshots__/score-northwind-2026.md');
  });

  it('explains every headline number so it can be redone by hand', () => {
    const out = runCli(['score', FILE, '--explain']).stdout;
    expect(out).toContain('  cio-role: gaps 1 + 0 + 1 + 1 + 2 = 5 over 5 → mean 1 → 100 × (1 − 1 / 4) = 75.0');
    expect(out).toContain('  overall: 18 over 25 questions → mean 0.72 → 82.0');
    expect(out).toContain('  6.5 over 7 areas → 92.9');
    expect(out).toContain('  (1 + 1 + 0.75) / 3 = 0.9167 → 91.7');
    expect(out).toContain('  (82 + 92.8571 + 91.6667) / 3 = 88.8 → aligned');
    expect(out).toContain('  1 − 1.5 / 1.29 = -0.163 over n = 25');
    expect(JSON.parse(runCli(['score', FILE, '--explain', '--format', 'json']).stdout).explain).toContain('  6.5 over 7 areas → 92.9');
  });

  it('honours --gap-threshold', () => {
    const j = JSON.parse(runCli(['score', FILE, '--format', 'json', '--gap-threshold', '1']).stdout);
    expect(j.sections[0].questions[0].misaligned).toBe(true);
    expect(runCli(['score', FILE, '--gap-threshold', '5']).code).toBe(2);
  });

  it('refuses an unusable file with exit 2 and every problem as file:line:col', () => {
    const r = runCli(['score', 'examples/failing/orphan-area.yaml']);
    expect(r.code).toBe(0); // owner problems are findings for check, not reasons to refuse scoring
    const bad = runCli(['score', 'test/fixtures/hostile/duplicate-key-nested.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('test/fixtures/hostile/duplicate-key-nested.yaml:12:5: duplicate key `owner`');
    expect(bad.stderr).toMatch(/review: .* is not a usable review \(1 problem\); `review check .*` lists them/);
    expect(bad.stdout).toBe('');
    const typo = runCli(['score', 'test/fixtures/score/typo.yaml']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain("typo.yaml:13:5: unknown key `ownr`; did you mean `owner`?");
    expect(runCli(['score', 'nope.yaml']).stderr).toContain('review: nope.yaml: no such file or folder');
  });
});
