/** `review diff`: real git, every format, regressions (golden outputs: test/e2e/golden.test.ts). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { run } from '../helpers/run.js';

const OLD = 'examples/northwind/2025.yaml';
const NEW = 'examples/northwind/2026.yaml';

describe('review diff: golden pairs', () => {
  it('classifies every kind of gap movement, and questions in one year only', async () => {
    const j = JSON.parse(
      (
        await run([
          'diff',
          'test/fixtures/diff/template-change/old.yaml',
          'test/fixtures/diff/template-change/new.yaml',
          '--format',
          'json',
        ])
      ).stdout,
    );
    const by = Object.fromEntries(
      j.questions.map((q: { id: string; change: string; fromGap: number; toGap: number }) => [q.id, [q.change, q.fromGap, q.toGap]]),
    );
    expect(by).toEqual({
      closes: ['closed', 3, 0],
      narrows: ['narrowed', 4, 2],
      opens: ['opened', 0, 3],
      widens: ['widened', 1, 3],
      'kept-same': ['unchanged', 0, 0],
      dropped: ['removed', 2, null],
      'brand-new': ['added', null, 0],
    });
    expect(j.questions.map((q: { id: string }) => q.id)).toEqual([
      'closes',
      'narrows',
      'opens',
      'widens',
      'brand-new',
      'dropped',
      'kept-same',
    ]);
  });

  it('reports no change when a file is compared with itself', async () => {
    const j = JSON.parse((await run(['diff', NEW, NEW, '--format', 'json'])).stdout);
    expect(j.identical).toBe(true);
    expect(j.version).toBe(2);
    expect(j.deltas).toEqual({ maturity: 0, consensus: 0, ownership: 0 });
    expect(j.regressions).toEqual([]);
    expect([...j.sections, ...j.areas, ...j.investments, ...j.executives].every((x: { change: string }) => x.change === 'unchanged')).toBe(
      true,
    );
    expect((await run(['diff', NEW, NEW])).stdout).toContain('No change: the two reviews say the same.');
  });
});

describe('review diff: output', () => {
  it('shows the headline, sections, gaps, areas, investments, criteria and executives', async () => {
    const r = await run(['diff', OLD, NEW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Northwind Retail: 2025 → 2026');
    expect(r.stdout).toMatch(/Verdict +at odds → shared concern/);
    expect(r.stdout).toMatch(/Maturity +2\.3 → +3\.4 {2}\+1\.1 ▲/);
    expect(r.stdout).toMatch(/Consensus +27\.5 → +55\.0 {2}\+27\.5 ▲/);
    expect(r.stdout).toMatch(/Ownership +33\.3 → +92\.3 {2}\+59\.0 ▲/);
    expect(r.stdout).toContain('Gaps   4 closed, 8 narrowed, 2 widened');
    expect(r.stdout).toMatch(/closed {3}2 → 0 {2}digital-investments\/shared-kpis/);
    expect(r.stdout).toContain('~ changed Customer data, security and privacy: owner no owner → cio; no owner → agreed owner');
    expect(r.stdout).toContain('+ added   Contact centre and service response: coo (agreed owner)');
    expect(r.stdout).toContain('~ changed CRM re-platform: owners cio → cio, cmo; roi.target — → 0.18');
    expect(r.stdout).toMatch(/new +joint: One customer dashboard reported to the board every month/);
    expect(r.stdout).toMatch(/no longer listed CMO: Online revenue up 8% year on year/);
    expect(r.stdout).toContain('+ digital-council: Digital Steering Council');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('names executives who changed and areas that lost their owner', async () => {
    const r = await run(['diff', 'test/fixtures/diff/owner-lost/old.yaml', 'test/fixtures/diff/owner-lost/new.yaml']);
    expect(r.stdout).toContain('~ cmo: Ben → Bea Novak');
    expect(r.stdout).toContain('- coo: Cy');
    expect(r.stdout).toContain('~ changed Social media: owner cmo → no owner; agreed owner → no owner');
    expect(r.stdout).toContain('- removed Print catalogue (was cmo, owner not confirmed by both)');
  });
});

describe('review diff across schema versions', () => {
  it('compares a version 1 year with a version 2 year, and shows criteria, actions and decisions in words', async () => {
    const r = await run(['diff', 'examples/schema-v1/northwind-2025.yaml', NEW, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout);
    expect([j.from.verdict, j.to.verdict]).toEqual(['at-odds', 'shared-concern']);
    expect(j.successCriteria).toContainEqual({
      who: 'cmo',
      id: 'online-revenue-up-8-year-on-year',
      text: 'Online revenue up 8% year on year',
      change: 'removed',
      fromStatus: 'open',
      toStatus: null,
    });
    const text = (await run(['diff', NEW, 'examples/northwind/2027.yaml', '--today', '2027-03-15'])).stdout;
    expect(text).toMatch(/met +CIO: Checkout availability of 99\.95% through peak trading/);
    expect(text).toMatch(/missed +CMO: Lead-to-order conversion up 10%/);
    expect(text).toMatch(/done +Run two marketing requests through the fast track/);
    expect(text).toMatch(/still open, overdue +Settle who owns marketing automation/);
    expect(text).toMatch(/dropped +Show digital enquiries to contact-centre agents/);
    expect(text).toMatch(/decided: approved +Fund the customer data platform's second phase/);
    expect(text).toMatch(/newly asked +Replace the contact-centre desktop/);
    const md = (await run(['diff', NEW, 'examples/northwind/2027.yaml', '--today', '2027-03-15', '--format', 'markdown'])).stdout;
    expect(md).toContain('### Decisions\n\n- decided: approved: Fund the customer data platform');
    expect(md).toContain('- still open, overdue: Settle who owns marketing automation');
  });
});

describe('review diff --fail-on-regression', () => {
  it('exits 1 and says why when an area lost its owner', async () => {
    const r = await run([
      'diff',
      'test/fixtures/diff/owner-lost/old.yaml',
      'test/fixtures/diff/owner-lost/new.yaml',
      '--fail-on-regression',
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ "Social media" lost its owner (was cmo)');
  });

  it('exits 1 on each regression of DESIGN.md, and not on a one-point move', async () => {
    const r = await run([
      'diff',
      'test/fixtures/diff/regressions/old.yaml',
      'test/fixtures/diff/regressions/new.yaml',
      '--fail-on-regression',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).regressions.map((x: { kind: string; target: string }) => [x.kind, x.target]);
    expect(found).toEqual([
      ['section-maturity-fell', 'cio-role'],
      ['section-maturity-fell', 'cmo-role'],
      ['section-consensus-fell', 'cmo-role'],
      ['section-consensus-fell', 'digital-investments'],
      ['area-contested', 'seo'],
      ['orphan-area-removed', 'social'],
      ['statement-disputed', 'digital-investments/q3'],
      ['investment-lost-joint-ownership', 'crm'],
      ['investment-lost-joint-reporting', 'crm'],
    ]);
    // boundaries/q4 moved from 3-3 to 3-4: one point on one statement is noise.
    expect(found.some(([, t]: string[]) => t?.startsWith('boundaries'))).toBe(false);
    expect(r.stderr).toContain('review: regression: "Social media" had no owner and was removed instead of being given one');
  });

  it('exits 0 when nothing regressed, and when the years improved', async () => {
    expect(
      (await run(['diff', 'test/fixtures/diff/investments/old.yaml', 'test/fixtures/diff/investments/new.yaml', '--fail-on-regression']))
        .code,
    ).toBe(0);
    expect((await run(['diff', OLD, NEW, '--fail-on-regression'])).code).toBe(0);
  });

  it('warns first when the years are in reverse order, or a year is compared with itself', async () => {
    const reversed = await run(['diff', NEW, OLD]);
    expect(reversed.stderr).toContain('review: warning: 2026 comes after 2025: the older review goes first (review diff <old> <new>)');
    expect((await run(['diff', NEW, NEW])).stderr).toContain(
      'review: warning: both reviews are for 2026: this compares a period with itself',
    );
    expect((await run(['diff', OLD, 'test/fixtures/diff/regressions/new.yaml'])).stderr).toContain(
      'review: warning: these reviews are of two organisations ("Northwind Retail" and "Fabrikam")',
    );
  });
});

describe('review diff with git revisions', () => {
  const repo = tempDir('review-git-');
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'T',
        GIT_AUTHOR_EMAIL: 't@example.invalid',
        GIT_COMMITTER_NAME: 'T',
        GIT_COMMITTER_EMAIL: 't@example.invalid',
      },
    });
  git('init', '-q', '-b', 'main');
  mkdirSync(join(repo, 'reviews'));
  writeFileSync(join(repo, 'reviews/2026.yaml'), readFileSync(join(ROOT, OLD), 'utf8').replace('period: 2025', 'period: 2026'));
  git('add', '.');
  git('commit', '-qm', 'first draft');
  writeFileSync(join(repo, 'reviews/2026.yaml'), readFileSync(join(ROOT, NEW), 'utf8'));
  git('commit', '-qam', 'after the workshop');

  it('reads HEAD~1:path through git, relative to the repository root as git reads it', async () => {
    const r = await run(['diff', 'HEAD~1:reviews/2026.yaml', 'reviews/2026.yaml', '--format', 'json'], { cwd: repo });
    // The draft and the final review are both for 2026: said once, on stderr, and the diff goes on.
    expect(r.stderr).toBe('review: warning: both reviews are for 2026: this compares a period with itself\n');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.from).toMatchObject({ file: 'HEAD~1:reviews/2026.yaml', verdict: 'at-odds', maturity: 2.3 });
    expect(j.to).toMatchObject({ file: 'reviews/2026.yaml', verdict: 'shared-concern', maturity: 3.4 });
    // From a subfolder the path is still the repository's, as `git show` reads it; ./ makes it local.
    const sub = await run(['diff', 'HEAD~1:reviews/2026.yaml', 'HEAD:./2026.yaml', '--format', 'json'], { cwd: join(repo, 'reviews') });
    expect(sub.code).toBe(0);
    expect(JSON.parse(sub.stdout).deltas.maturity).toBe(1.1);
    const local = await run(['diff', 'HEAD~1:2026.yaml', 'HEAD:2026.yaml'], { cwd: join(repo, 'reviews') });
    expect(local.code).toBe(2);
    expect(local.stderr).toContain(
      "`2026.yaml` does not exist in revision `HEAD~1` (a path after REV: is relative to the repository's top, as git reads it; write `HEAD~1:./2026.yaml` for one relative to this folder)",
    );
  });

  it('refuses an argument that names a file and reads as REV:path, and says to write ./ for the file', async () => {
    const dir = join(repo, 'HEAD~1:reviews');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '2026.yaml'), readFileSync(join(ROOT, NEW), 'utf8'));
    try {
      for (const args of [
        ['diff', 'HEAD~1:reviews/2026.yaml', 'reviews/2026.yaml'],
        ['check', 'HEAD~1:reviews/2026.yaml'],
        ['report', 'HEAD~1:reviews/2026.yaml'],
      ]) {
        const r = await run(args, { cwd: repo });
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toBe(
          'review: `HEAD~1:reviews/2026.yaml` is ambiguous: it names a file here and reads as REV:path for git. Write `./HEAD~1:reviews/2026.yaml` for the file, or remove the file to read the revision\n',
        );
      }
      expect((await run(['check', './HEAD~1:reviews/2026.yaml'], { cwd: repo })).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('checks REV:path too, as git has the file', async () => {
    const r = await run(['check', 'HEAD~1:reviews/2026.yaml', 'reviews/2026.yaml', '--format', 'json', '--today', '2026-06-01'], {
      cwd: repo,
    });
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout);
    expect(j.files.map((f: { file: string }) => f.file)).toEqual(['HEAD~1:reviews/2026.yaml', 'reviews/2026.yaml']);
    // The first draft (last year's file as this year's) has findings the worked file fixed.
    expect(j.files[0].findings.length).toBeGreaterThan(j.files[1].findings.length);
  });

  it.each([
    [['diff', 'HEAD~9:reviews/2026.yaml', 'reviews/2026.yaml'], 'review: HEAD~9:reviews/2026.yaml: git knows no revision `HEAD~9`'],
    [
      ['diff', 'HEAD~1:reviews/2027.yaml', 'reviews/2026.yaml'],
      "review: HEAD~1:reviews/2027.yaml: `reviews/2027.yaml` does not exist in revision `HEAD~1` (a path after REV: is relative to the repository's top, as git reads it; write `HEAD~1:./reviews/2027.yaml` for one relative to this folder)",
    ],
    [['diff', 'HEAD~1:reviews', 'reviews/2026.yaml'], 'review: HEAD~1:reviews: `reviews` is not a file in revision `HEAD~1`'],
  ])('says clearly when %j cannot be read', async (args, message) => {
    const r = await run(args, { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(message);
  });

  it('says so outside a repository', async () => {
    const outside = tempDir('review-nogit-');
    // git reads this process's environment, so the ceiling needs a process of its own.
    const r = runCli(['diff', 'HEAD:a.yaml', 'HEAD:b.yaml'], { cwd: outside, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not inside a git repository');
  });
});
