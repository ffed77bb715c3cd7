import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

const FILE = 'examples/northwind/2026.yaml';

describe('review score', () => {
  it('shows the verdict and the gate first, then the measures, the points, priorities, conversations and areas', async () => {
    const r = await run(['score', FILE, '--today', '2026-04-01']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toContain('Northwind Retail · 2026 · reviewed by Dana Whitfield (CEO)');
    expect(out).toMatch(/Verdict +SHARED-CONCERN\n +both executives see the same weaknesses: fix them together/);
    expect(out).toMatch(/Gate +passes review check \(3 warnings\)/);
    expect(out).toMatch(/Maturity +3\.4 +developing +mean rating of both, 1–5, over 25 statements/);
    expect(out).toMatch(/Consensus +55\.0 +partly shared +mean gap 0\.72/);
    expect(out).toMatch(/Ownership +92\.3 +clarity 92\.9 · jointness 91\.7/);
    expect(out).toMatch(/Kappa +-0\.16 +95% interval -0\.49 to 0\.16, n = 25/);
    expect(out).toMatch(/The CIO rates IT's role 1\.0 points higher than the CMO does \(over 5\s+statements\)\./);
    expect(out).toMatch(/│ The CIO's role +│ 5 │ ███░░ 3\.5 │ +37\.5 │ 4\.0 │ 3\.0 │ 3\.6 │/);
    expect(out).toContain('Priorities  weaknesses both agree on (1)');
    expect(out).toContain('Conversations  disputed statements, a gap of 2 or more (3)');
    expect(out).toMatch(
      /• IT offers a fast-track path for choosing and building marketing technology.*\n +The CIO's role · CIO 4 · CMO 2 · CEO 3 \(between them\)/,
    );
    expect(out).toMatch(/│ ▲ │ Marketing autom… +│ cmo +│ contested +│ joint \/ cmo +│/);
    expect(out.indexOf('Verdict')).toBeLessThan(out.indexOf('Maturity'));
    expect(out.split('\n').length).toBeLessThan(60);
    expect(Math.max(...out.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });

  it('fits a wider terminal and shows more of each statement', async () => {
    const narrow = (await run(['score', FILE, '--today', '2026-04-01'], { env: { COLUMNS: '80' } })).stdout;
    const wide = (await run(['score', FILE, '--today', '2026-04-01'], { env: { COLUMNS: '140' } })).stdout;
    expect(Math.max(...wide.split('\n').map((l) => [...l].length))).toBeLessThanOrEqual(140);
    expect(wide).toContain(
      '• IT offers a fast-track path for choosing and building marketing technology, without dropping security or reliability.',
    );
    expect(narrow).not.toContain('without dropping security or reliability.');
  });

  it('says plainly when nothing is rated by both, never "rated the same"', async () => {
    const r = await run(['score', 'test/fixtures/score/one-side.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Verdict +NOT-ENOUGH-ANSWERS/);
    expect(r.stdout).toContain('No statements rated by both.');
    expect(r.stdout).not.toMatch(/rated every (question|statement) the same/);
  });

  it('colours meaning only when colour is on, and never reads healthy when the gate fails', async () => {
    expect((await run(['score', FILE, '--today', '2026-04-01'])).stdout).not.toContain('\u001b[');
    const coloured = (await run(['score', FILE, '--today', '2026-04-01'], { env: { FORCE_COLOR: '1' } })).stdout;
    expect(coloured).toContain('\u001b[33m'); // amber: shared concern
    const failing = (await run(['score', 'examples/failing/orphan-area.yaml'], { env: { FORCE_COLOR: '1' } })).stdout;
    expect(failing).toMatch(/Gate .*\u001b\[31mfails review check: 3 errors/);
  });

  it('writes the JSON document of DESIGN.md, version 2', async () => {
    const r = await run(['score', FILE, '--today', '2026-04-01', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      version: 2,
      file: FILE,
      organisation: 'Northwind Retail',
      period: '2026',
      verdict: 'shared-concern',
      gate: { errors: 0, warnings: 3 },
      maturity: { level: 3.4, band: 'developing', n: 25 },
      consensus: { value: 55, band: 'partly-shared', meanGap: 0.72, n: 25 },
      ownership: { value: 92.3, clarity: 92.9, jointness: 91.7 },
      bias: { cio: { value: 1, n: 5 }, cmo: { value: 1.2, n: 5 } },
      kappa: { value: -0.163, n: 25, low: -0.49, high: 0.164 },
      classes: { strength: 17, weakness: 1, neutral: 4, disputed: 3, unknown: 0 },
    });
    expect(j.sections.map((s: { id: string }) => s.id)).toEqual(['cio-role', 'cmo-role', 'boundaries', 'digital-investments', 'processes']);
    expect(j.sections[0]).toMatchObject({ n: 5, maturity: 3.5, consensus: 37.5, meanGap: 1 });
    expect(j.sections[0].questions[0]).toEqual({
      id: 'external-customer-boundary',
      cio: 4,
      cmo: 3,
      ceo: 4,
      gap: 1,
      level: 3.5,
      class: 'strength',
    });
    expect(j.areas.find((a: { id: string }) => a.id === 'marketing-automation')).toMatchObject({ owner: 'cmo', status: 'contested' });
    expect(j.investments).toEqual([
      { id: 'crm-replatform', name: 'CRM re-platform', jointness: 1 },
      { id: 'mobile-app-v2', name: 'Mobile app, second version', jointness: 1 },
      { id: 'customer-data-platform', name: 'Customer data platform', jointness: 0.75 },
    ]);
  });

  it('reports kappa as not defined, with the reason, and a section with too few statements as counts', async () => {
    const r = await run(['score', 'test/fixtures/score/single-rating.yaml', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.kappa).toEqual({ value: null, n: 3, low: null, high: null, reason: expect.stringContaining('same single rating') });
    expect(j.verdict).toBe('not-enough-answers');
    expect((await run(['score', 'test/fixtures/score/single-rating.yaml', '--explain'])).stdout).toContain(
      'not defined: the CIO and the CMO gave every statement the same single rating',
    );
  });

  it('explains every number so it can be redone by hand', async () => {
    const out = (await run(['score', FILE, '--today', '2026-04-01', '--explain'])).stdout;
    expect(out).toContain('  Σ level = 86 over n = 25 → 3.44 → 3.4 (developing');
    expect(out).toContain('(8 + 12 + 12 + 8) / 25 = 1.6');
    expect(out).toContain('  Σ gap = 18 over n = 25 → mean gap 0.72 → 100 × max(0, 1 − 0.72 / 1.6) = 55.0');
    expect(out).toContain('  cio-role: Σ level 17.5 / 5 = 3.5; Σ gap 5 / 5 = 1 → consensus 37.5');
    expect(out).toContain('    100 × 6.5 / 7 = 92.9');
    expect(out).toContain('  (92.8571 + 91.6667) / 2 = 92.3');
    expect(out).toContain('  1 − 1.5 / 1.29 = -0.163 over n = 25');
    expect(out).toContain('SE = 0.1670');
    expect(out).toContain('  → -0.490 to 0.164');
    expect(out).toContain('  here: maturity 3.4, consensus 55.0, n = 25 → shared-concern');
    expect(JSON.parse((await run(['score', FILE, '--today', '2026-04-01', '--explain', '--format', 'json'])).stdout).explain).toContain(
      '    100 × 6.5 / 7 = 92.9',
    );
  });

  it('honours --gap-threshold', async () => {
    const j = JSON.parse((await run(['score', FILE, '--today', '2026-04-01', '--format', 'json', '--gap-threshold', '1'])).stdout);
    expect(j.sections[0].questions[0].class).toBe('disputed');
    expect((await run(['score', FILE, '--today', '2026-04-01', '--gap-threshold', '5'])).code).toBe(2);
  });

  it('refuses an unusable file with exit 2 and every problem as file:line:col', async () => {
    const r = await run(['score', 'examples/failing/orphan-area.yaml']);
    expect(r.code).toBe(0); // owner problems are findings for check, not reasons to refuse scoring
    const bad = await run(['score', 'test/fixtures/hostile/duplicate-key-nested.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('test/fixtures/hostile/duplicate-key-nested.yaml:12:5: duplicate key `owner`');
    expect(bad.stderr).toMatch(/review: .* is not a usable review \(1 problem\); `review check .*` lists them/);
    expect(bad.stdout).toBe('');
    const typo = await run(['score', 'test/fixtures/score/typo.yaml']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('typo.yaml:13:5: unknown key `ownr`; did you mean `owner`?');
    expect((await run(['score', 'nope.yaml'])).stderr).toContain('review: nope.yaml: no such file or folder');
  });
});
