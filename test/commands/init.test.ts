/**
 * The workshop flow with the prompt module replaced by scripted answers: every branch (skip and
 * come back, an added executive and area, --from, --role, --with-ceo), interrupts at several
 * prompts followed by --resume, and the refusals that protect existing files.
 */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInit, suggestKey, type InitOptions } from '../../src/commands/init.js';
import { runMerge } from '../../src/commands/merge.js';
import { checkFile } from '../../src/core/check.js';
import { loadReview } from '../../src/core/load.js';
import type { Review } from '../../src/core/schema.js';
import type { IO } from '../../src/io/context.js';
import { reportError } from '../../src/main.js';
import { ROOT } from '../helpers/cli.js';
import { DEFAULT, INTERRUPT, ScriptedPrompter, type Answer } from '../helpers/scripted-prompter.js';

function workspace() {
  const cwd = mkdtempSync(join(tmpdir(), 'review-init-'));
  let out = '';
  let err = '';
  const io: IO = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    cwd,
    env: { NO_COLOR: '1' },
    stdinIsTTY: true,
    stdoutIsTTY: true,
    stderrIsTTY: true,
    now: () => new Date('2026-03-12T10:00:00Z'),
  };
  return { cwd, io, out: () => out, err: () => err };
}

const QUICK_QUESTIONS = 10;

interface QuickScript {
  org?: Answer;
  period?: Answer;
  execs?: Answer[];
  ratings?: Answer[];
  afterRatings?: Answer[];
  areas?: Answer[];
  investments?: Answer[];
  criteria?: Answer[];
  finish?: Answer[];
}

/** Answers for the quick template, in the order the flow asks them. */
function quick(s: QuickScript = {}): Answer[] {
  return [
    s.org ?? 'Contoso Outfitters',
    s.period ?? '2026',
    'Alex Morgan',
    ...(s.execs ?? ['Jordan Blake', 'Casey Lin', false]),
    ...(s.ratings ?? Array.from({ length: QUICK_QUESTIONS }, () => [4, 3]).flat()),
    ...(s.afterRatings ?? []),
    ...(s.areas ?? [
      ['mobile-web', 'customer-data-privacy'],
      false,
      'joint', 'joint', DEFAULT, 'One product team; releases need both signatures.', 'quarterly',
      'cio', 'cmo', 'cio', '', 'monthly',
    ]),
    ...(s.investments ?? [false]),
    ...(s.criteria ?? ['Site availability 99.9%', '', 'Conversion 3.5%', '', 'One board dashboard', '']),
    ...(s.finish ?? ['write']),
  ];
}

async function run(ws: ReturnType<typeof workspace>, script: Answer[], options: Partial<InitOptions> = {}) {
  const prompter = new ScriptedPrompter(script);
  let code: number;
  try {
    code = await runInit({ template: 'quick', version: 'test', ...options }, ws.io, { prompter });
  } catch (error) {
    code = reportError(error, ws.io, false);
  }
  return { code, prompter };
}

function written(ws: ReturnType<typeof workspace>, file = 'reviews/2026.yaml'): Review {
  const loaded = loadReview(readFileSync(join(ws.cwd, file)));
  expect(loaded.problems).toEqual([]);
  return loaded.review!;
}

describe('review init: the workshop', () => {
  it('runs the quick template end to end and writes a valid review, 0600, with the score and next steps', async () => {
    const ws = workspace();
    const { code, prompter } = await run(ws, quick());
    expect(code).toBe(0);
    expect(prompter.remaining).toBe(0);
    const review = written(ws);
    expect(review).toMatchObject({ organisation: 'Contoso Outfitters', period: 2026, template: 'quick@1', reviewer: { name: 'Alex Morgan', role: 'CEO' } });
    expect(review.sections.map((s) => s.id)).toEqual(['cio-role', 'cmo-role', 'boundaries', 'digital-investments', 'processes']);
    expect(review.sections[0].questions[0].ratings).toEqual({ cio: 4, cmo: 3 });
    expect(review.blurredAreas).toEqual([
      { id: 'mobile-web', name: 'Mobile apps and web pages', owner: 'joint', claims: { cio: 'joint', cmo: 'joint' }, process: 'One product team; releases need both signatures.', boardReporting: 'quarterly' },
      { id: 'customer-data-privacy', name: 'Customer data, security and privacy', owner: 'cio', claims: { cio: 'cio', cmo: 'cmo' }, boardReporting: 'monthly' },
    ]);
    expect(review.successCriteria).toEqual({
      cio: [{ id: 'site-availability-99-9', text: 'Site availability 99.9%', status: 'open' }],
      cmo: [{ id: 'conversion-3-5', text: 'Conversion 3.5%', status: 'open' }],
      joint: [{ id: 'one-board-dashboard', text: 'One board dashboard', status: 'open' }],
    });
    expect(statSync(join(ws.cwd, 'reviews/2026.yaml')).mode & 0o777).toBe(0o600);
    expect(existsSync(join(ws.cwd, 'reviews/.review-init.draft.json'))).toBe(false);
    expect(prompter.transcript).toContain('select: [1/5 · 1/2] It is clear where the CIO\'s responsibility for the external customer starts and ends.\n  CIO\'s rating');
    expect(prompter.said.some((s) => s.startsWith('\nSection 2 of 5 · The CMO\'s role'))).toBe(true);
    expect(ws.out()).toContain('Wrote reviews/2026.yaml');
    expect(ws.out()).toMatch(/Verdict +[A-Z-]+\n/);
    expect(ws.out()).toContain('review check reviews/2026.yaml');
    expect(checkFile('x', readFileSync(join(ws.cwd, 'reviews/2026.yaml')), { severities: {}, today: '2026-03-12', gapThreshold: 2 }).map((f) => f.rule)).toEqual(['unaddressed', 'contested-ownership']);
  });

  it('lets the room skip a rating and come back to it', async () => {
    const ws = workspace();
    const ratings = Array.from({ length: QUICK_QUESTIONS }, () => [4, 3]).flat() as Answer[];
    ratings[0] = 'skip';
    const { code, prompter } = await run(ws, quick({ ratings, afterRatings: [true, 5] }));
    expect(code).toBe(0);
    expect(prompter.transcript).toContain('confirm: 1 rating(s) skipped. Answer them now?');
    expect(written(ws).sections[0].questions[0].ratings).toEqual({ cio: 5, cmo: 3 });
  });

  it('writes a skipped rating as unanswered when the room moves on, after saying so', async () => {
    const ws = workspace();
    const ratings = Array.from({ length: QUICK_QUESTIONS }, () => [4, 3]).flat() as Answer[];
    ratings[3] = 'skip';
    const { code, prompter } = await run(ws, quick({ ratings, afterRatings: [false] }));
    expect(code).toBe(0);
    expect(prompter.said.join('\n')).toContain('Ratings        19 of 20 given (1 skipped)');
    expect(written(ws).sections[0].questions[1].ratings).toEqual({ cio: 4 });
  });

  it('offers the skipped ratings again at the summary', async () => {
    const ws = workspace();
    const ratings = Array.from({ length: QUICK_QUESTIONS }, () => [4, 3]).flat() as Answer[];
    ratings[3] = 'skip';
    const { code } = await run(ws, quick({ ratings, afterRatings: [false], finish: ['skipped', true, 2, 'write'] }));
    expect(code).toBe(0);
    expect(written(ws).sections[0].questions[1].ratings).toEqual({ cio: 4, cmo: 2 });
  });

  it('adds an executive and a blurred area of the room\'s own', async () => {
    const ws = workspace();
    const { code, prompter } = await run(
      ws,
      quick({
        execs: ['Jordan Blake', 'Casey Lin', true, 'Chief Operating Officer', 'Lee Chen', DEFAULT, false],
        areas: [['vendor-selection'], true, 'Social media', false, 'coo', 'coo', DEFAULT, 'COO runs it with both.', 'annually', 'cmo', 'cmo', DEFAULT, '', 'quarterly'],
      }),
    );
    expect(code).toBe(0);
    expect(prompter.transcript).toContain('input: Short key used in the file');
    const review = written(ws);
    expect(review.executives.coo).toEqual({ name: 'Lee Chen', title: 'Chief Operating Officer' });
    expect(review.blurredAreas.map((a) => [a.id, a.owner])).toEqual([
      ['vendor-selection', 'coo'],
      ['social-media', 'cmo'],
    ]);
  });

  it('asks for a process when the owner is joint', async () => {
    const ws = workspace();
    const result = await run(ws, quick({ areas: [['mobile-web'], false, 'joint', 'joint', 'joint', '', 'quarterly'] }));
    expect(result.code).toBe(2);
    expect(ws.err()).toContain('A jointly owned area needs an agreed process.');
  });

  it('also asks the CEO with --with-ceo', async () => {
    const ws = workspace();
    const ratings = Array.from({ length: QUICK_QUESTIONS }, () => [4, 2, 3]).flat();
    const { code, prompter } = await run(ws, quick({ ratings }), { withCeo: true });
    expect(code).toBe(0);
    expect(prompter.transcript.filter((t) => t.endsWith("CEO's rating"))).toHaveLength(QUICK_QUESTIONS);
    expect(written(ws).sections[2].questions[0].ratings).toEqual({ cio: 4, cmo: 2, ceo: 3 });
  });

  it('starts from last year with --from: defaults, areas, owners, investments and criteria carried', async () => {
    const ws = workspace();
    const from = join(ROOT, 'examples/northwind/2026.yaml');
    const script: Answer[] = [
      DEFAULT, '2027', DEFAULT, DEFAULT, DEFAULT, false,
      ...Array.from({ length: QUICK_QUESTIONS }, () => [4, 4]).flat(),
      DEFAULT, false,
      // Seven areas from last year, each confirmed with its defaults (claims, owner, process, reporting).
      ...(Array.from({ length: 7 }, () => [DEFAULT, DEFAULT, DEFAULT, DEFAULT, DEFAULT]).flat() as Answer[]),
      true, false, // keep last year's investments, add none
      true, '', true, '', true, '', // keep each set of criteria, add none
      'write',
    ];
    const { code, prompter } = await run(ws, script, { from });
    expect(code).toBe(0);
    expect(prompter.remaining).toBe(0);
    const review = written(ws, 'reviews/2027.yaml');
    const last = loadReview(readFileSync(from)).review!;
    expect(review.organisation).toBe('Northwind Retail');
    expect(review.executives).toEqual(last.executives);
    expect(review.blurredAreas.map((a) => [a.id, a.owner, a.boardReporting])).toEqual(last.blurredAreas.map((a) => [a.id, a.owner, a.boardReporting ?? 'quarterly']));
    expect(review.investments).toEqual(last.investments);
    expect(review.successCriteria).toEqual(last.successCriteria);
    expect(review.sections[0].questions[0].ratings).toEqual({ cio: 4, cmo: 4 });
  });

  it('collects one executive alone with --role, and merge combines the two', async () => {
    const ws = workspace();
    const roleScript = (ratings: number[], claims: string[]): Answer[] => [
      'Contoso Outfitters', '2026', 'Alex Morgan', 'Jordan Blake', 'Casey Lin', false,
      ...ratings,
      ['mobile-web', 'customer-data-privacy'], false,
      ...claims,
      'write',
    ];
    const cio = await run(ws, roleScript(Array.from({ length: QUICK_QUESTIONS }, () => 4), ['joint', 'cio']), { role: 'cio' });
    expect(cio.code).toBe(0);
    expect(cio.prompter.transcript.some((t) => t.includes("CMO's rating"))).toBe(false);
    expect(cio.prompter.transcript.some((t) => t.includes('Agreed accountable owner'))).toBe(false);
    const cmo = await run(ws, roleScript(Array.from({ length: QUICK_QUESTIONS }, () => 2), ['joint', 'cmo']), { role: 'cmo' });
    expect(cmo.code).toBe(0);
    expect(written(ws, 'reviews/2026.cio.yaml').sections[0].questions[0].ratings).toEqual({ cio: 4 });
    expect(ws.out()).toContain('review merge reviews/2026.cio.yaml reviews/2026.cmo.yaml --out reviews/2026.yaml');

    expect(await runMerge(['reviews/2026.cio.yaml', 'reviews/2026.cmo.yaml'], { out: 'reviews/2026.yaml' }, ws.io)).toBe(0);
    const merged = written(ws);
    expect(merged.sections[0].questions[0].ratings).toEqual({ cio: 4, cmo: 2 });
    expect(merged.blurredAreas.map((a) => [a.id, a.claims])).toEqual([
      ['mobile-web', { cio: 'joint', cmo: 'joint' }],
      ['customer-data-privacy', { cio: 'cio', cmo: 'cmo' }],
    ]);
  });

  it('never overwrites an existing review without --force, and keeps the answers', async () => {
    const ws = workspace();
    mkdirSync(join(ws.cwd, 'reviews'));
    writeFileSync(join(ws.cwd, 'reviews/2026.yaml'), 'keep me');
    const { code } = await run(ws, quick());
    expect(code).toBe(2);
    expect(ws.err()).toContain('reviews/2026.yaml already exists');
    expect(readFileSync(join(ws.cwd, 'reviews/2026.yaml'), 'utf8')).toBe('keep me');
    expect(JSON.parse(readFileSync(join(ws.cwd, 'reviews/.review-init.draft.json'), 'utf8')).review.organisation).toBe('Contoso Outfitters');
    // Continue with --resume --force: only what was not answered is asked.
    const { code: again, prompter } = await run(ws, quick().slice(2), { resume: true, force: true });
    expect(again).toBe(0);
    expect(prompter.remaining).toBe(0);
    expect(written(ws).organisation).toBe('Contoso Outfitters');
  });

  it('will not start over a saved draft without --resume or --force', async () => {
    const ws = workspace();
    await run(ws, [...quick().slice(0, 5), INTERRUPT]);
    const { code } = await run(ws, quick());
    expect(code).toBe(2);
    expect(ws.err()).toContain('an unfinished workshop is saved in reviews/.review-init.draft.json');
    expect(ws.err()).toContain('review init --resume');
  });

  it('suggests short keys for executives', () => {
    expect(suggestKey('Chief Operating Officer', 'Lee')).toBe('coo');
    expect(suggestKey('Chief Digital and Data Officer', 'Lee')).toBe('cddo');
    expect(suggestKey('Head of Customer Service', 'Lee')).toBe('head-of-customer-service');
    expect(suggestKey('', 'Digital Council')).toBe('digital-council');
  });
});

describe('review init: interrupted and resumed', () => {
  const full = quick({ execs: ['Jordan Blake', 'Casey Lin', true, 'Chief Operating Officer', 'Lee Chen', DEFAULT, false] });
  // Interrupt at: the period, an executive's name, mid-ratings, an area's owner, a criterion, the final confirmation.
  const points = [1, 7, 15, 32, 40, full.length - 1];

  it.each(points)('keeps every answer given before an interrupt at prompt %i, and --resume finishes the same review', async (at) => {
    const reference = workspace();
    expect((await run(reference, full)).code).toBe(0);

    const ws = workspace();
    const first = await run(ws, [...full.slice(0, at), INTERRUPT]);
    expect(first.code).toBe(130);
    expect(ws.err()).toContain('Every answer so far is saved in reviews/.review-init.draft.json');
    expect(ws.err()).toContain('Continue with: review init --resume');
    const draft = JSON.parse(readFileSync(join(ws.cwd, 'reviews/.review-init.draft.json'), 'utf8'));
    expect(statSync(join(ws.cwd, 'reviews/.review-init.draft.json')).mode & 0o777).toBe(0o600);
    if (at > 0) expect(draft.review.organisation).toBe('Contoso Outfitters');
    const ratingsGiven = draft.review.sections.flatMap((s: { questions: { ratings?: object }[] }) => s.questions.map((q) => Object.keys(q.ratings ?? {}).length)).reduce((a: number, b: number) => a + b, 0);
    const ratingPrompts = at - 10; // 10 prompts come before the first rating in this script
    expect(ratingsGiven).toBe(Math.max(0, Math.min(ratingPrompts, QUICK_QUESTIONS * 2)));

    const second = await run(ws, full.slice(at), { resume: true });
    expect(second.code).toBe(0);
    expect(second.prompter.remaining).toBe(0);
    expect(readFileSync(join(ws.cwd, 'reviews/2026.yaml'), 'utf8')).toBe(readFileSync(join(reference.cwd, 'reviews/2026.yaml'), 'utf8'));
  });

  it('says when there is nothing to resume', async () => {
    const ws = workspace();
    const { code } = await run(ws, [], { resume: true });
    expect(code).toBe(2);
    expect(ws.err()).toContain('there is no draft to resume at reviews/.review-init.draft.json');
  });

  it('stops at the summary on request and keeps the draft', async () => {
    const ws = workspace();
    const { code } = await run(ws, quick({ finish: ['stop'] }));
    expect(code).toBe(0);
    expect(ws.out()).toContain('Stopped. Your answers are saved in reviews/.review-init.draft.json');
    expect(existsSync(join(ws.cwd, 'reviews/2026.yaml'))).toBe(false);
    const { code: again } = await run(ws, ['write'], { resume: true });
    expect(ws.err()).toBe('');
    expect(again).toBe(0);
    expect(written(ws).organisation).toBe('Contoso Outfitters');
  });
});
