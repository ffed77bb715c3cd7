/** review init without a terminal (--answers, or a clear refusal), review merge and review template. */
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReview } from '../../src/core/load.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { run } from '../helpers/run.js';

const tmp = () => tempDir('review-e2e-init-');

describe('review init without a terminal', () => {
  it('exits 2 with a hint, never waiting for input', async () => {
    const r = await run(['init']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('review init asks its questions in a terminal, and there is none here.');
    expect(r.stderr).toContain('review init --answers answers.yaml');
  });

  it('writes a review from an answers file, filling questions and names from the template', async () => {
    const dir = tmp();
    const out = join(dir, 'reviews/2026.yaml');
    const r = await run(['init', '--template', 'quick@1', '--answers', join(ROOT, 'test/fixtures/init/answers.yaml'), '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Wrote ${out}`);
    expect(r.stdout).toMatch(/Verdict +[A-Z-]+\n/);
    expect(r.stdout).toMatch(/Gate +(passes|fails) review check/);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^# Written with review init on \d{4}-\d{2}-\d{2}, template quick@1\./);
    const review = loadReview(readFileSync(out)).review!;
    expect(review.template).toBe('quick@1');
    expect(review.sections.flatMap((s) => s.questions)).toHaveLength(10);
    expect(review.sections[0]!.questions[0]).toEqual({
      id: 'external-customer-boundary',
      text: "It is clear where the CIO's responsibility for the external customer starts and ends.",
      ratings: { cio: 4, cmo: 2 },
    });
    expect(review.blurredAreas.map((a) => [a.id, a.name, a.owner])).toEqual([
      ['mobile-web', 'Mobile apps and web pages', 'joint'],
      ['social-media', 'Social media', 'cmo'],
    ]);
    expect((await run(['check', out])).code).toBe(0);
    const again = await run(['init', '--template', 'quick@1', '--answers', join(ROOT, 'test/fixtures/init/answers.yaml'), '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists and was not replaced. Pass --overwrite to replace it');
  });

  it('takes what the answers leave out from --from', async () => {
    const dir = tmp();
    const answers = join(dir, 'answers.yaml');
    require('node:fs').writeFileSync(
      answers,
      'period: 2027\nsections:\n  - id: boundaries\n    questions:\n      - { id: blurred-areas-owned, ratings: { cio: 5, cmo: 5 } }\n',
    );
    const out = join(dir, '2027.yaml');
    const r = await run([
      'init',
      '--template',
      'five-point@1',
      '--answers',
      answers,
      '--from',
      'examples/northwind/2026.yaml',
      '--out',
      out,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const review = loadReview(readFileSync(out)).review!;
    const last = loadReview(readFileSync(join(ROOT, 'examples/northwind/2026.yaml'))).review!;
    expect(review.organisation).toBe('Northwind Retail');
    expect(review.period).toBe(2027);
    expect(review.template).toBe('five-point@1');
    expect(review.blurredAreas).toEqual(last.blurredAreas.map(({ notes: _n, ...a }) => a));
    expect(review.investments).toEqual(last.investments);
    expect(review.sections[2]!.questions[1]!.ratings).toEqual({ cio: 5, cmo: 5 });
    expect(review.sections[0]!.questions[0]!.ratings).toBeUndefined();
  });

  it('refuses an unusable answers file with every problem located in it', async () => {
    const r = await run(['init', '--answers', 'test/fixtures/init/answers-bad.yaml', '--out', join(tmp(), 'x.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('test/fixtures/init/answers-bad.yaml:5:59: `cio` must be at most 5, not `7`');
    expect(r.stderr).toContain('test/fixtures/init/answers-bad.yaml:8:5: unknown key `ownr`; did you mean `owner`?');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says what is missing when the answers and --from together do not make a review', async () => {
    const dir = tmp();
    const answers = join(dir, 'a.yaml');
    require('node:fs').writeFileSync(answers, 'period: 2026\n');
    const r = await run(['init', '--answers', answers, '--out', join(dir, 'x.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${answers}:1:1: missing required field \`organisation\``);
    expect(r.stderr).toContain(`${answers}:1:1: missing required field \`executives\``);
    expect(r.stderr).toContain(
      `review: ${answers} does not make a complete review: add what is missing to it, or start from last year with --from <file>`,
    );
  });
});

describe('JSON for scripts', () => {
  it('init --answers --format json prints what was written and its score', async () => {
    const out = join(tmp(), '2026.yaml');
    const r = await run([
      'init',
      '--template',
      'quick@1',
      '--answers',
      join(ROOT, 'test/fixtures/init/answers.yaml'),
      '--out',
      out,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      version: 1,
      file: out,
      template: 'quick@1',
      role: null,
      score: { version: 2, organisation: 'Contoso Outfitters', period: '2026', gate: { errors: expect.any(Number) } },
    });
    expect(j.score.areas.map((a: { id: string; status: string }) => [a.id, a.status])).toEqual([
      ['mobile-web', 'agreed'],
      // No claims recorded: the owner is set, but neither executive confirmed it.
      ['social-media', 'unconfirmed'],
    ]);
  });

  it('init --format json without --answers is a usage error', async () => {
    const r = await run(['init', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format json needs --answers');
  });

  it('merge --format json gives the conflicts as data, exit 2, nothing written', async () => {
    const out = join(tmp(), 'm.yaml');
    const r = await run(['merge', 'test/fixtures/merge/a.yaml', 'test/fixtures/merge/b.yaml', '--out', out, '--format', 'json']);
    expect(r.code).toBe(2);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ version: 1, out, written: false });
    expect(j.conflicts.map((c: { field: string }) => c.field)).toEqual([
      'organisation',
      'sections[cio-role].questions[external-customer-boundary].ratings.cio',
      'blurredAreas[social].owner',
    ]);
    expect(j.conflicts[2].sides).toEqual([
      { file: 'test/fixtures/merge/a.yaml', line: 16, column: 12, value: 'cmo' },
      { file: 'test/fixtures/merge/b.yaml', line: 16, column: 12, value: 'cio' },
    ]);
    expect(() => statSync(out)).toThrow();
  });

  it('report --format json carries the score, priorities, conversations, open points and the change', async () => {
    const r = await run([
      'report',
      'examples/northwind/2026.yaml',
      '--previous',
      'examples/northwind/2025.yaml',
      '--format',
      'json',
      '--today',
      '2026-04-01',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      version: 2,
      organisation: 'Northwind Retail',
      period: '2026',
      score: { verdict: 'shared-concern', gate: { errors: 0, warnings: 3 } },
      previous: { period: '2025', verdict: 'at-odds', deltas: { maturity: 1.1 } },
    });
    expect(j.conversations[0]).toMatchObject({ id: 'accelerated-path', cio: 4, cmo: 2, gap: 2 });
    expect(j.priorities.map((q: { id: string }) => q.id)).toEqual(['traditional-channels']);
    expect(j.openPoints).toEqual([]);
    expect(j.actions[0]).toEqual({
      id: 'automation-owner',
      title: 'Settle who owns marketing automation at the next CIO-CMO meeting',
      owner: 'joint',
      due: '2026-04-30',
      status: 'open',
      overdue: false,
      for: ['area:marketing-automation'],
    });
    expect(j.decisions).toEqual([
      {
        id: 'data-platform-phase-two',
        ask: "Fund the customer data platform's second phase, owned jointly by the CIO and the CMO",
        by: '2026-06-30',
      },
    ]);
  });
});

describe('review merge', () => {
  it('reports every conflict once, with both places, and writes nothing', async () => {
    const out = join(tmp(), 'merged.yaml');
    const r = await run(['merge', 'test/fixtures/merge/a.yaml', 'test/fixtures/merge/b.yaml', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'test/fixtures/merge/a.yaml:2:15: conflict on organisation: `Contoso Outfitters` here, `Contoso Outfitters Ltd` in test/fixtures/merge/b.yaml:2:15',
    );
    expect(r.stderr).toContain(
      'test/fixtures/merge/a.yaml:12:25: conflict on sections[cio-role].questions[external-customer-boundary].ratings.cio: `4` here, `5` in test/fixtures/merge/b.yaml:12:25',
    );
    expect(r.stderr).toContain(
      'test/fixtures/merge/a.yaml:16:12: conflict on blurredAreas[social].owner: `cmo` here, `cio` in test/fixtures/merge/b.yaml:16:12',
    );
    expect(r.stderr.match(/conflict on organisation/g)).toHaveLength(1);
    expect(r.stderr.split('\n').filter((l) => l.includes('conflict on'))).toHaveLength(3);
    expect(r.stderr).toContain('review: 3 conflict(s): the files give different values for the same field; nothing was written.');
    expect(() => statSync(out)).toThrow();
  });

  it('settles names that differ only in case or spacing, and names the next step', async () => {
    const dir = tmp();
    const b = join(dir, 'b.yaml');
    const text = readFileSync(join(ROOT, 'test/fixtures/merge/b.yaml'), 'utf8')
      .replace('Contoso Outfitters Ltd', 'contoso  OUTFITTERS')
      .replace('ratings: { cio: 5, cmo: 2 }', 'ratings: { cmo: 2 }')
      .replace('owner: cio', 'owner: cmo')
      .replace('name: Social media', 'name: "Social  Media"');
    require('node:fs').writeFileSync(b, text);
    const out = join(dir, 'merged.yaml');
    const r = await run(['merge', 'test/fixtures/merge/a.yaml', b, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Next, together: review agree ${out}`);
    const merged = loadReview(readFileSync(out)).review!;
    expect(merged.organisation).toBe('Contoso Outfitters');
    expect(merged.blurredAreas[0]!.name).toBe('Social media');
    expect(merged.sections[0]!.questions[0]!.ratings).toEqual({ cio: 4, cmo: 2 });
  });

  it('needs --out and two files', async () => {
    expect((await run(['merge', 'test/fixtures/merge/a.yaml', 'test/fixtures/merge/b.yaml'])).stderr).toContain(
      "required option '-o, --out <file>' not specified",
    );
    expect((await run(['merge', 'test/fixtures/merge/a.yaml', '--out', join(tmp(), 'x.yaml')])).stderr).toContain(
      'name at least two review files to merge',
    );
  });
});

describe('review init from a version 1 file', () => {
  it('starts from last year written as schemaVersion 1, and writes version 2', async () => {
    const dir = tmp();
    require('node:fs').writeFileSync(join(dir, 'answers.yaml'), 'period: 2026\n');
    const out = join(dir, '2026.yaml');
    const r = await run(['init', '--answers', join(dir, 'answers.yaml'), '--from', 'examples/schema-v1/northwind-2025.yaml', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const review = loadReview(readFileSync(out)).review!;
    expect(review.schemaVersion).toBe(2);
    expect(review.organisation).toBe('Northwind Retail');
    expect(
      Object.values(review.successCriteria ?? {})
        .flat()
        .every((c) => typeof c === 'object' && c.status === 'open'),
    ).toBe(true);
  });
});

describe('review agree', () => {
  it('settles a merged file from an answers file, keeping every rating; without a terminal it says how', async () => {
    const dir = tmp();
    const fs = require('node:fs');
    const role = (who: 'cio' | 'cmo', rating: number, claims: [string, string]) =>
      `organisation: Contoso Outfitters\nperiod: 2026\nexecutives: { cio: { name: Jordan Blake }, cmo: { name: Casey Lin } }\n` +
      `sections:\n  - id: cio-role\n    questions:\n      - { id: external-customer-boundary, ratings: { ${who}: ${rating} } }\n` +
      `blurredAreas:\n  - { id: mobile-web, claims: { ${who}: ${claims[0]} } }\n  - { id: analytics-insight, claims: { ${who}: ${claims[1]} } }\n`;
    fs.writeFileSync(join(dir, 'cio-answers.yaml'), role('cio', 4, ['joint', 'cio']));
    fs.writeFileSync(join(dir, 'cmo-answers.yaml'), role('cmo', 2, ['joint', 'cmo']));
    for (const who of ['cio', 'cmo']) {
      const r = await run(['init', '--template', 'quick', '--role', who, '--answers', `${who}-answers.yaml`], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    }
    expect((await run(['merge', 'roles/2026/cio.yaml', 'roles/2026/cmo.yaml', '--out', 'roles/2026/merged.yaml'], { cwd: dir })).code).toBe(
      0,
    );

    const noTerminal = await run(['agree', 'roles/2026/merged.yaml'], { cwd: dir });
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toContain('review agree roles/2026/merged.yaml --answers answers.yaml');

    fs.writeFileSync(
      join(dir, 'owners.yaml'),
      'blurredAreas:\n  - { id: analytics-insight, owner: cmo, process: Marketing runs it., boardReporting: monthly }\n  - { id: mobile-web, process: One product team., boardReporting: quarterly }\n' +
        "actions:\n  - { id: boundary, title: Walk the boundary with both teams, owner: cio, due: 2026-06-30, for: ['question:cio-role/external-customer-boundary'] }\n",
    );
    const r = await run(['agree', 'roles/2026/merged.yaml', '--answers', 'owners.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Wrote reviews/2026.yaml');
    const review = loadReview(readFileSync(join(dir, 'reviews/2026.yaml'))).review!;
    expect(review.sections[0]!.questions[0]!.ratings).toEqual({ cio: 4, cmo: 2 });
    expect(review.blurredAreas.map((a) => [a.id, a.owner, a.claims])).toEqual([
      ['mobile-web', 'joint', { cio: 'joint', cmo: 'joint' }],
      ['analytics-insight', 'cmo', { cio: 'cio', cmo: 'cmo' }],
    ]);
    expect(review.actions.map((a) => a.id)).toEqual(['boundary']);
    const again = await run(['agree', 'roles/2026/merged.yaml', '--answers', 'owners.yaml'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('reviews/2026.yaml already exists and was not replaced. Pass --overwrite to replace it');
    const merged = readFileSync(join(dir, 'roles/2026/merged.yaml'), 'utf8');
    const overInput = await run(
      ['agree', 'roles/2026/merged.yaml', '--answers', 'owners.yaml', '--out', 'roles/2026/merged.yaml', '--overwrite'],
      { cwd: dir },
    );
    expect(overInput.code).toBe(2);
    expect(overInput.stderr).toContain("roles/2026/merged.yaml is one of this run's inputs");
    expect(readFileSync(join(dir, 'roles/2026/merged.yaml'), 'utf8')).toBe(merged);
  });
});

describe('review template', () => {
  it('lists the bundled templates', async () => {
    const r = await run(['template', 'list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('five-point@2   Five-point review of the CIO and CMO functions');
    expect(r.stdout).toContain('quick@2        Quick five-point check');
    expect(r.stdout).toContain('also kept for earlier reviews: five-point@1');
    const json = JSON.parse((await run(['template', 'list', '--format', 'json'])).stdout);
    expect(json.templates.map((t: { ref: string; questions: number; earlier: string[] }) => [t.ref, t.questions, t.earlier])).toEqual([
      ['five-point@2', 57, ['five-point@1']],
      ['quick@2', 10, ['quick@1']],
    ]);
  });

  it('shows a template, and prints its file to start your own', async () => {
    const r = await run(['template', 'show', 'five-point']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1. The CIO's role  [cio-role]");
    expect(r.stdout).toContain('Vendor and platform selection (shadow IT) [vendor-selection]');
    expect((await run(['template', 'show', 'quick', '--format', 'yaml'])).stdout).toBe(
      readFileSync(join(ROOT, 'templates/quick.yaml'), 'utf8'),
    );
    const bad = await run(['template', 'show', 'five-pont']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no template `five-pont`; did you mean `five-point`?');
  });

  it('validates a template file like a review, with located problems', async () => {
    const dir = tmp();
    const file = join(dir, 't.yaml');
    require('node:fs').writeFileSync(
      file,
      'id: mine\nversion: 1\ntitle: Mine\nscale: [a, b, c]\nsections:\n  - id: cio-role\n    title: T\n    questions:\n      - { id: q, txt: Hello }\n',
    );
    const r = await run(['template', 'show', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:4:8: \`scale\` must have exactly 5 item(s)`);
    expect(r.stderr).toContain(`${file}:9:18: unknown key \`txt\`; did you mean \`text\`?`);
  });
});
