/**
 * `review diff` across a template change: a five-point@1 year against a five-point@2 year follows
 * five-point@2's `replaces`, comparing statement by statement where it can and saying plainly where
 * it cannot, in text, markdown and json. On the bundled examples.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

const V1 = 'examples/northwind/2026.yaml';
const V2 = 'examples/northwind/2028.yaml';
const args = (format: string) => ['diff', V1, V2, '--format', format, '--today', '2028-02-01', '--no-color'];

describe('review diff: five-point@1 → five-point@2', () => {
  it('json: compares a one-to-one successor as one statement, and lists each replaced statement with why', async () => {
    const r = await run(args('json'));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout);
    expect([j.from.template, j.to.template]).toEqual(['five-point@1', 'five-point@2']);
    // 2026 rated ux-accountability 4/3; 2028 rates its successor it-ux-responsibility 4/3.
    expect(j.questions.find((q: { id: string }) => q.id === 'it-ux-responsibility')).toMatchObject({
      section: 'cio-role',
      previousId: 'ux-accountability',
      change: 'unchanged',
      fromGap: 1,
      toGap: 1,
      from: { cio: 4, cmo: 3 },
      to: { cio: 4, cmo: 3 },
    });
    const kinds = Object.fromEntries(
      j.replaced.map((x: { id: string; kind: string; comparable: boolean }) => [x.id, [x.kind, x.comparable]]),
    );
    expect(kinds).toEqual({
      'ux-accountability': ['reworded', true],
      'accelerated-path': ['split', false],
      'internal-requirements': ['split', false],
      'plans-it-needs': ['split', false],
      'security-privacy-share': ['split', false],
      'boundaries-written': ['split', false],
      'blurred-areas-owned': ['retired', false],
      'blurred-area-process': ['split', false],
      'joint-board-reporting': ['split', false],
      'jointly-owned': ['retired', false],
      'jointly-reported': ['reworded', true],
      'agreed-roi': ['retired', false],
      'non-functional-kept': ['split', false],
      'shared-kpis': ['split', false],
      'mutual-trust': ['split', false],
    });
    expect(j.replaced.find((x: { id: string }) => x.id === 'non-functional-kept')).toMatchObject({
      section: 'digital-investments',
      successors: ['nfr-security', 'nfr-reliability', 'nfr-cost', 'nfr-simplicity'],
      message:
        'asked 4 things at once; five-point@2 asks them apart (nfr-security, nfr-reliability, nfr-cost, nfr-simplicity), so it cannot be compared statement by statement',
    });
    // Statements whose id kept its meaning are compared directly.
    expect(j.questions.find((q: { id: string }) => q.id === 'works-within-governance')).toMatchObject({
      change: 'closed',
      fromGap: 2,
      toGap: 0,
    });
    // The old ids stay in the list as removed, the successors as added: the JSON contract holds.
    expect(j.questions.find((q: { id: string }) => q.id === 'accelerated-path')).toMatchObject({ change: 'removed' });
    expect(j.questions.find((q: { id: string }) => q.id === 'fast-track-safe')).toMatchObject({ change: 'added' });
  });

  it('text: says which statements were compared and which cannot be, and why', async () => {
    const r = await run(args('text'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Statements the template replaced   five-point@1 → five-point@2: 2 compared as one, 13 not comparable');
    expect(r.stdout).toContain(
      '  compared        cio-role/ux-accountability: gap 1 → 1; asked now as it-ux-responsibility (reworded without presupposing that IT has a share); compared as one statement',
    );
    expect(r.stdout).toContain(
      '  not comparable  processes/mutual-trust: asked 2 things at once; five-point@2 asks them apart (trust-judgement, joint-agenda), so it cannot be compared statement by statement',
    );
    expect(r.stdout).toContain(
      "  not comparable  digital-investments/agreed-roi: no longer asked (each investment's ROI metric and target are recorded in the file, and check reads them with investment-roi); nothing to compare it with",
    );
    expect(r.stdout).toContain('  added    45 statements not asked last time (five-point@2); --format markdown or json lists them');
    // A replaced statement is explained once, not also listed as a plain removal.
    expect(r.stdout).not.toMatch(/removed +cio-role\/accelerated-path/);
  });

  it('markdown: a table of the replaced statements, each with what became of it', async () => {
    const r = await run(args('markdown'));
    expect(r.code).toBe(0);
    // Markdown escapes what it interpolates (the output-safety layer), so the raw text reads so.
    expect(r.stdout).toContain(
      '### Statements the template replaced: five\\-point@&#8203;1 → five\\-point@&#8203;2: 2 compared as one, 13 not comparable',
    );
    expect(r.stdout).toContain('| Earlier statement | Compared | What became of it |');
    expect(r.stdout).toContain(
      '| cio\\-role: IT accepts its share of responsibility for the user experience of what it deploys\\. | yes | asked now as it\\-ux\\-responsibility \\(reworded without presupposing that IT has a share\\); compared as one statement |',
    );
    expect(r.stdout).toContain(
      "| boundaries: The blurred areas between IT and marketing are named, and each has an accountable owner\\. | no | no longer asked \\(each blurred area's owner is recorded in the file, and check reads it with blurred\\-area\\-owner\\); nothing to compare it with |",
    );
  });

  it('says plainly when the later template cannot be read: statements are then matched by id only', async () => {
    const r = await run(['diff', V1, 'test/fixtures/diff/replaces/unknown-template.yaml', '--format', 'json', '--today', '2028-02-01']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      'review: warning: the reviews were written on two templates (five-point@1 and five-point@9) and the later one could not be read, so statements are matched by id only',
    );
    expect(JSON.parse(r.stdout).replaced).toEqual([]);
  });

  it('a quick@1 year against five-point@2 follows five-point@2 as well', async () => {
    const j = JSON.parse(
      (await run(['diff', 'test/fixtures/diff/replaces/quick-v1.yaml', V2, '--format', 'json', '--today', '2028-02-01'])).stdout,
    );
    expect(j.replaced.map((x: { id: string; kind: string }) => [x.id, x.kind])).toEqual([
      ['internal-requirements', 'split'],
      ['blurred-areas-owned', 'retired'],
      ['joint-board-reporting', 'split'],
      ['jointly-owned', 'retired'],
      ['agreed-roi', 'retired'],
      ['mutual-trust', 'split'],
    ]);
  });
});
