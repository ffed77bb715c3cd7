/**
 * The workshop flow with the prompt module replaced by scripted answers: every branch (skip and
 * come back, an added executive and area, --from, --role, --with-ceo), interrupts at several
 * prompts followed by --resume, and the refusals that protect existing files.
 */
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggestKey } from '../../src/commands/init/index.js';
import { runAgree } from '../../src/commands/agree.js';
import { runMerge } from '../../src/commands/merge.js';
import { checkFile } from '../../src/core/check.js';
import { loadReview } from '../../src/core/load.js';
import type { Review } from '../../src/core/schema.js';
import { ROOT } from '../helpers/cli.js';
import { DEFAULT, INTERRUPT, ScriptedPrompter, type Answer } from '../helpers/scripted-prompter.js';
import { QUICK_QUESTIONS, quick, run, workspace, written } from '../helpers/init-workshop.js';

describe('review init: anchors on request', () => {
  it('shows what a 1, a 3 and a 5 look like on `?`, records nothing for it, then takes the rating', async () => {
    const ws = workspace();
    const script: Answer[] = [
      'Contoso Outfitters',
      '2026',
      'Alex Morgan',
      DEFAULT,
      '',
      'Jordan Blake',
      'Casey Lin',
      false,
      'anchors',
      4,
      INTERRUPT,
    ];
    const { code, prompter } = await run(ws, script, { template: 'quick@2' });
    expect(code).toBe(130);
    const shown = prompter.said.join('\n');
    expect(shown).toMatch(/ {2}1 looks like: .+\n {2}3 looks like: .+\n {2}5 looks like: .+/);
    // The same statement was asked twice for the CIO (before and after the anchors), then the CMO once.
    const asked = prompter.transcript.filter((t) => t.startsWith('key (private)'));
    expect(asked).toHaveLength(3);
    expect(asked[0]).toBe(asked[1]);
    expect(asked[2]).toContain("CMO's rating");
    const draft = JSON.parse(readFileSync(join(ws.cwd, 'reviews/.review-init.draft.json'), 'utf8')) as { review: Review };
    expect(draft.review.sections[0]!.questions[0]!.ratings).toEqual({ cio: 4 });
  });

  it('offers no `?` where the template has no anchors', async () => {
    const ws = workspace();
    const { prompter } = await run(
      ws,
      ['Contoso Outfitters', '2026', 'Alex Morgan', DEFAULT, '', 'Jordan Blake', 'Casey Lin', false, INTERRUPT],
      { template: 'quick@1' },
    );
    expect(prompter.screen.join('\n')).not.toContain('what a 1, a 3 and a 5 look like');
  });
});

describe('review init: the workshop', () => {
  it('runs the quick template end to end and writes a valid review, 0600, with the score and next steps', async () => {
    const ws = workspace();
    // The contested area is the one finding that calls for an action; the room takes it up.
    const { code, prompter } = await run(ws, quick({ actions: ['Settle who owns customer data', 'cio', '2026-06-30'] }));
    expect(code).toBe(0);
    expect(prompter.remaining).toBe(0);
    const review = written(ws);
    expect(review.actions).toEqual([
      {
        id: 'settle-who-owns-customer-data',
        title: 'Settle who owns customer data',
        owner: 'cio',
        due: '2026-06-30',
        status: 'open',
        for: ['area:customer-data-privacy'],
      },
    ]);
    expect(review).toMatchObject({
      organisation: 'Contoso Outfitters',
      period: 2026,
      template: 'quick@1',
      reviewer: { name: 'Alex Morgan', role: 'CEO' },
    });
    expect(review.sections.map((s) => s.id)).toEqual(['cio-role', 'cmo-role', 'boundaries', 'digital-investments', 'processes']);
    expect(review.sections[0]!.questions[0]!.ratings).toEqual({ cio: 4, cmo: 3 });
    expect(review.blurredAreas).toEqual([
      {
        id: 'mobile-web',
        name: 'Mobile apps and web pages',
        owner: 'joint',
        claims: { cio: 'joint', cmo: 'joint' },
        process: 'One product team; releases need both signatures.',
        boardReporting: 'quarterly',
      },
      {
        id: 'customer-data-privacy',
        name: 'Customer data, security and privacy',
        owner: 'cio',
        claims: { cio: 'cio', cmo: 'cmo' },
        boardReporting: 'monthly',
      },
    ]);
    expect(review.successCriteria).toEqual({
      cio: [{ id: 'site-availability-99-9', text: 'Site availability 99.9%', status: 'open' }],
      cmo: [{ id: 'conversion-3-5', text: 'Conversion 3.5%', status: 'open' }],
      joint: [{ id: 'one-board-dashboard', text: 'One board dashboard', status: 'open' }],
    });
    expect(statSync(join(ws.cwd, 'reviews/2026.yaml')).mode & 0o777).toBe(0o600);
    expect(existsSync(join(ws.cwd, 'reviews/.review-init.draft.json'))).toBe(false);
    expect(prompter.transcript).toContain(
      "key (private): [1/5 · 1/2] It is clear where the CIO's responsibility for the external customer starts and ends.\n  CIO's rating (private)",
    );
    expect(prompter.said.some((s) => s.startsWith("\nSection 2 of 5 · The CMO's role"))).toBe(true);
    expect(ws.out()).toContain('Wrote reviews/2026.yaml');
    expect(ws.out()).toMatch(/Verdict +[A-Z-]+\n/);
    expect(ws.out()).toContain('review check reviews/2026.yaml');
    expect(
      checkFile('x', readFileSync(join(ws.cwd, 'reviews/2026.yaml')), { severities: {}, today: '2026-03-12', gapThreshold: 2 }).map(
        (f) => f.rule,
      ),
    ).toEqual(['contested-ownership']);
  });

  it('lets the room skip a rating and come back to it', async () => {
    const ws = workspace();
    const ratings = Array.from({ length: QUICK_QUESTIONS }, () => [4, 3]).flat() as Answer[];
    ratings[0] = 'skip';
    const { code, prompter } = await run(ws, quick({ ratings, afterRatings: [true, 3] }));
    expect(code).toBe(0);
    expect(prompter.transcript).toContain('key: 1 rating(s) skipped. Answer them now?');
    expect(written(ws).sections[0]!.questions[0]!.ratings).toEqual({ cio: 3, cmo: 3 });
  });

  it('writes a skipped rating as unanswered when the room moves on, after saying so', async () => {
    const ws = workspace();
    const ratings = Array.from({ length: QUICK_QUESTIONS }, () => [4, 3]).flat() as Answer[];
    ratings[3] = 'skip';
    const { code, prompter } = await run(ws, quick({ ratings, afterRatings: [false] }));
    expect(code).toBe(0);
    expect(prompter.said.join('\n')).toContain('Ratings        19 of 20 given (1 not given)');
    expect(written(ws).sections[0]!.questions[1]!.ratings).toEqual({ cio: 4 });
  });

  it('offers the skipped ratings again at the summary', async () => {
    const ws = workspace();
    const ratings = Array.from({ length: QUICK_QUESTIONS }, () => [4, 3]).flat() as Answer[];
    ratings[3] = 'skip';
    const { code } = await run(ws, quick({ ratings, afterRatings: [false], finish: ['skipped', 3, 'write'] }));
    expect(code).toBe(0);
    expect(written(ws).sections[0]!.questions[1]!.ratings).toEqual({ cio: 4, cmo: 3 });
  });

  it("adds an executive and a blurred area of the room's own", async () => {
    const ws = workspace();
    const { code, prompter } = await run(
      ws,
      quick({
        execs: ['Jordan Blake', 'Casey Lin', true, 'Chief Operating Officer', 'Lee Chen', DEFAULT, false],
        areas: [
          ['vendor-selection'],
          true,
          'Social media',
          false,
          'coo',
          'coo',
          DEFAULT,
          'COO runs it with both.',
          'annually',
          'cmo',
          'cmo',
          DEFAULT,
          '',
          'quarterly',
        ],
        actions: [],
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

  it('asks for a process when the owner is joint, and asks again until one is given', async () => {
    const ws = workspace();
    const { code, prompter } = await run(
      ws,
      quick({ areas: [['mobile-web'], false, 'joint', 'joint', 'joint', '', 'One team.', 'quarterly'], actions: [] }),
    );
    expect(code).toBe(0);
    expect(prompter.refused).toEqual(['A jointly owned area needs an agreed process.']);
    expect(written(ws).blurredAreas[0]).toMatchObject({ owner: 'joint', process: 'One team.' });
  });

  it('also asks the CEO with --with-ceo', async () => {
    const ws = workspace();
    const ratings = Array.from({ length: QUICK_QUESTIONS }, () => [4, 3, 3]).flat();
    const { code, prompter } = await run(ws, quick({ ratings }), { withCeo: true });
    expect(code).toBe(0);
    expect(prompter.transcript.filter((t) => t.endsWith("CEO's rating (private)"))).toHaveLength(QUICK_QUESTIONS);
    expect(written(ws).sections[2]!.questions[0]!.ratings).toEqual({ cio: 4, cmo: 3, ceo: 3 });
  });

  it('starts from last year with --from: defaults, areas, owners, investments and criteria carried', async () => {
    const ws = workspace();
    const from = join(ROOT, 'examples/northwind/2026.yaml');
    const script: Answer[] = [
      DEFAULT,
      '2027',
      DEFAULT,
      DEFAULT,
      DEFAULT,
      DEFAULT,
      DEFAULT,
      false,
      // How last year turned out: six criteria, three returns, seven open actions.
      'met',
      'missed',
      'open',
      'dropped',
      'met',
      'open',
      '0.19',
      DEFAULT,
      DEFAULT,
      'done',
      'open',
      'open',
      'dropped',
      'done',
      'open',
      'open',
      ...Array.from({ length: QUICK_QUESTIONS }, () => [4, 4]).flat(),
      DEFAULT,
      false,
      // Seven areas from last year: each executive states this year's claim (last year's is not
      // offered), then owner, process and reporting are confirmed with last year's values; the last
      // has no reporting on file, and nothing is preselected for it.
      ...(['cmo', 'joint', 'cio', 'cmo', 'joint', 'digital-council'].flatMap((owner) => [
        owner,
        owner,
        DEFAULT,
        DEFAULT,
        DEFAULT,
      ]) as Answer[]),
      'coo',
      'coo',
      DEFAULT,
      DEFAULT,
      'quarterly',
      true,
      false, // keep last year's investments, add none
      true,
      '',
      true,
      '',
      true,
      '', // keep each set of criteria, add none
      'write',
    ];
    const { code, prompter } = await run(ws, script, { from });
    expect(code).toBe(0);
    expect(prompter.remaining).toBe(0);
    const review = written(ws, 'reviews/2027.yaml');
    const last = loadReview(readFileSync(from)).review!;
    expect(review.organisation).toBe('Northwind Retail');
    expect(review.executives).toEqual(last.executives);
    expect(review.blurredAreas.map((a) => [a.id, a.owner, a.boardReporting])).toEqual(
      last.blurredAreas.map((a) => [a.id, a.owner, a.boardReporting ?? 'quarterly']),
    );
    expect(review.investments).toEqual(
      last.investments.map((i) => (i.id === 'crm-replatform' ? { ...i, roi: { ...i.roi, actual: 0.19 } } : i)),
    );
    expect(prompter.transcript).toContain(
      'input: CRM re-platform\n  Where does repeat purchase rate stand now? (target 0.18; empty if not known)',
    );
    expect(
      Object.values(review.successCriteria!)
        .flat()
        .map((c) => c.status),
    ).toEqual(['met', 'missed', 'open', 'dropped', 'met', 'open']);
    expect(review.actions.map((a) => [a.id, a.status])).toEqual([
      ['fast-track-pilot', 'done'],
      ['catalogue-first', 'open'],
      ['launch-checklist', 'open'],
      ['contact-centre-link', 'dropped'],
      ['automation-owner', 'done'],
      ['crm-repeat-rate', 'open'],
      ['app-share', 'open'],
    ]);
    expect(review.sections[0]!.questions[0]!.ratings).toEqual({ cio: 4, cmo: 4 });
  });

  it('runs the role flow: the CIO alone, the CMO from the CIO file, merge, agree; every rating is kept', async () => {
    const ws = workspace();
    const cio = await run(
      ws,
      [
        'Contoso Outfitters',
        '2026',
        'Alex Morgan',
        DEFAULT,
        '',
        'Jordan Blake',
        'Casey Lin',
        false,
        ...Array.from({ length: QUICK_QUESTIONS }, () => 4),
        ['mobile-web', 'customer-data-privacy'],
        false,
        'joint',
        'cio',
        'write',
      ],
      { role: 'cio' },
    );
    expect(cio.code).toBe(0);
    expect(cio.prompter.transcript.some((t) => t.includes("CMO's rating"))).toBe(false);
    expect(cio.prompter.transcript.some((t) => t.includes('Agreed accountable owner'))).toBe(false);
    expect(written(ws, 'roles/2026/cio.yaml').sections[0]!.questions[0]!.ratings).toEqual({ cio: 4 });
    expect(ws.out()).toContain('review init --role cmo --from roles/2026/cio.yaml');

    // The CMO starts from the CIO's file: same template, organisation, period, people and areas;
    // nothing of the CIO's answers is shown or asked again.
    const cmo = await run(ws, [...Array.from({ length: QUICK_QUESTIONS }, () => 2), 'joint', 'cmo', 'write'], {
      role: 'cmo',
      from: 'roles/2026/cio.yaml',
      template: undefined,
    });
    expect(ws.err()).toBe('');
    expect(cmo.code).toBe(0);
    expect(cmo.prompter.remaining).toBe(0);
    expect(cmo.prompter.transcript.some((t) => /Organisation|Period|Name of the|Which blurred areas/.test(t))).toBe(false);
    expect(cmo.prompter.screen.join('\n')).not.toMatch(/CIO 4|rated 4/);
    const cmoFile = written(ws, 'roles/2026/cmo.yaml');
    expect(cmoFile).toMatchObject({ organisation: 'Contoso Outfitters', period: 2026, template: 'quick@1' });
    expect(cmoFile.sections[0]!.questions[0]!.ratings).toEqual({ cmo: 2 });
    expect(cmoFile.blurredAreas.map((a) => [a.id, a.claims])).toEqual([
      ['mobile-web', { cmo: 'joint' }],
      ['customer-data-privacy', { cmo: 'cmo' }],
    ]);
    expect(ws.out()).toContain('review merge roles/2026/cio.yaml roles/2026/cmo.yaml --out roles/2026/merged.yaml');

    expect(await runMerge(['roles/2026/cio.yaml', 'roles/2026/cmo.yaml'], { out: 'roles/2026/merged.yaml' }, ws.io)).toBe(0);
    expect(ws.out()).toContain('review agree roles/2026/merged.yaml');

    // Together: the area both call joint needs only its process and reporting; the contested one its owner.
    // Then the actions the findings call for: ten disputed statements and the contested area; one is taken up.
    const agree = new ScriptedPrompter([
      'One product team.',
      'quarterly',
      'cio',
      '',
      'monthly',
      'Walk through the boundary with both teams',
      'cio',
      '2026-06-30',
      ...Array.from({ length: 10 }, () => ''),
      'write',
    ]);
    expect(await runAgree('roles/2026/merged.yaml', {}, ws.io, { prompter: agree })).toBe(0);
    expect(agree.remaining).toBe(0);
    expect(agree.transcript.filter((t) => t.includes('rating'))).toEqual([]);
    expect(agree.said.join('\n')).toContain('the CIO says cio, the CMO says cmo');
    const review = written(ws);
    expect(review.sections.flatMap((s) => s.questions.map((q) => q.ratings))).toEqual(
      Array.from({ length: QUICK_QUESTIONS }, () => ({ cio: 4, cmo: 2 })),
    );
    expect(review.blurredAreas.map((a) => [a.id, a.owner, a.claims, a.process, a.boardReporting])).toEqual([
      ['mobile-web', 'joint', { cio: 'joint', cmo: 'joint' }, 'One product team.', 'quarterly'],
      ['customer-data-privacy', 'cio', { cio: 'cio', cmo: 'cmo' }, undefined, 'monthly'],
    ]);
    expect(review.actions).toEqual([
      {
        id: 'walk-through-the-boundary-with-both-teams',
        title: 'Walk through the boundary with both teams',
        owner: 'cio',
        due: '2026-06-30',
        status: 'open',
        for: ['question:cio-role/external-customer-boundary'],
      },
    ]);
    expect(ws.out()).toContain('review check reviews/2026.yaml');
  });

  it('refuses to replace a finished review without --overwrite: the period prompt says so at once', async () => {
    const ws = workspace();
    mkdirSync(join(ws.cwd, 'reviews'));
    writeFileSync(join(ws.cwd, 'reviews/2026.yaml'), 'keep me');
    const script = quick();
    script.splice(1, 1, '2026', '2027');
    const { code, prompter } = await run(ws, script);
    expect(code).toBe(0);
    expect(prompter.refused).toEqual([expect.stringContaining('reviews/2026.yaml already exists and will not be replaced')]);
    expect(prompter.refused[0]).toContain('review init --resume --overwrite');
    expect(readFileSync(join(ws.cwd, 'reviews/2026.yaml'), 'utf8')).toBe('keep me');
    expect(written(ws, 'reviews/2027.yaml').organisation).toBe('Contoso Outfitters');
  });

  it('keeps the answers when --out names a finished review, and --resume --overwrite replaces it after a warning', async () => {
    const ws = workspace();
    writeFileSync(join(ws.cwd, 'mine.yaml'), 'keep me');
    const first = await run(ws, ['Contoso Outfitters', '2026', INTERRUPT], { out: 'mine.yaml' });
    expect(first.code).toBe(130);
    expect(first.prompter.refused[0]).toContain('mine.yaml already exists and will not be replaced');
    expect(readFileSync(join(ws.cwd, 'mine.yaml'), 'utf8')).toBe('keep me');
    expect(ws.err()).toContain('Continue with: review init --resume --out mine.yaml');
    const again = await run(ws, quick().slice(1), { resume: true, out: 'mine.yaml', overwrite: true });
    expect(again.code).toBe(0);
    expect(again.prompter.said.join('\n')).toContain('⚠ mine.yaml already exists: it will be replaced when you write (--overwrite).');
    expect(written(ws, 'mine.yaml').organisation).toBe('Contoso Outfitters');
  });

  it('honours --out on --resume, and says where the resumed workshop stands', async () => {
    const ws = workspace();
    const first = await run(ws, [...quick().slice(0, 14), INTERRUPT]);
    expect(first.code).toBe(130);
    const again = await run(ws, quick().slice(14), { resume: true, out: 'elsewhere/2026.yaml' });
    expect(again.code).toBe(0);
    expect(again.prompter.said.join('\n')).toContain(
      "Resuming Contoso Outfitters 2026.\n  6 of 20 ratings given; 0 of 0 blurred areas answered.\n  Next: section 2 of 5 (The CMO's role), question 2 of 2, the CIO's rating.",
    );
    expect(written(ws, 'elsewhere/2026.yaml').organisation).toBe('Contoso Outfitters');
    expect(existsSync(join(ws.cwd, 'reviews/2026.yaml'))).toBe(false);
    expect(existsSync(join(ws.cwd, 'reviews/.review-init.draft.json'))).toBe(false);
    expect(existsSync(join(ws.cwd, 'elsewhere/.review-init.draft.json'))).toBe(false);
  });

  it('never writes over a review that appeared while the workshop ran, and keeps the answers', async () => {
    const ws = workspace();
    expect((await run(ws, [...quick().slice(0, 3), INTERRUPT])).code).toBe(130);
    writeFileSync(join(ws.cwd, 'reviews/2026.yaml'), 'keep me');
    const { code } = await run(ws, quick().slice(3), { resume: true });
    expect(code).toBe(2);
    expect(ws.err()).toContain(
      'reviews/2026.yaml already exists and was not replaced. Your answers are kept in reviews/.review-init.draft.json.',
    );
    expect(ws.err()).toContain('review init --resume --overwrite');
    expect(readFileSync(join(ws.cwd, 'reviews/2026.yaml'), 'utf8')).toBe('keep me');
    const { code: again } = await run(ws, ['write'], { resume: true, overwrite: true });
    expect(again).toBe(0);
    expect(written(ws).organisation).toBe('Contoso Outfitters');
  });

  it('refuses --force, which meant two things, and names what replaced it', async () => {
    const ws = workspace();
    const { code } = await run(ws, [], { force: true });
    expect(code).toBe(2);
    expect(ws.err()).toContain('--overwrite replaces an existing review, --discard-draft throws a saved draft away');
  });

  it('--discard-draft starts again without touching a finished review; it never combines with --resume', async () => {
    const ws = workspace();
    await run(ws, [...quick().slice(0, 5), INTERRUPT]);
    const fresh = await run(ws, quick({ org: 'Fabrikam' }), { discardDraft: true });
    expect(fresh.code).toBe(0);
    expect(written(ws).organisation).toBe('Fabrikam');
    const both = await run(ws, [], { resume: true, discardDraft: true });
    expect(both.code).toBe(2);
    expect(ws.err()).toContain('give one of them');
  });

  it('keeps ratings private until the reveal at the end of each section, disputed statements first', async () => {
    const ws = workspace();
    const ratings = Array.from({ length: QUICK_QUESTIONS }, () => [4, 4]).flat() as Answer[];
    ratings.splice(2, 2, 5, 1);
    // After the reveal of section 1, each side gives the example behind the disputed statement.
    ratings.splice(4, 0, 'We were asked before the CRM choice.', '');
    const { code, prompter } = await run(ws, quick({ ratings, actions: ['', ''] }));
    expect(code).toBe(0);
    const ratingPrompts = prompter.transcript.filter((t) => t.includes("'s rating"));
    expect(ratingPrompts).toHaveLength(QUICK_QUESTIONS * 2);
    expect(ratingPrompts.every((t) => t.startsWith('key (private): '))).toBe(true);
    const said = prompter.said.join('\n');
    const reveal = said.slice(said.indexOf("Reveal · The CIO's role"), said.indexOf('Section 2 of 5'));
    expect(reveal).toContain('CIO 5 · CMO 1   gap 4  disputed');
    expect(reveal.indexOf('advises the business early')).toBeLessThan(reveal.indexOf('external customer starts and ends'));
    // Nothing of a rating shows before its section's reveal.
    expect(said.indexOf('CIO 5')).toBeGreaterThan(said.indexOf('Section 1 of 5'));
    expect(prompter.transcript).toContain(
      "input: [gap 4] The CIO advises the business early on infrastructure investment and change, not after the decision.\n  The CIO's example behind the CIO's 5 (empty to skip)",
    );
    expect(written(ws).sections[0]!.questions[1]!.notes).toEqual({ cio: 'We were asked before the CRM choice.' });
  });

  it("takes unsure and n/a as answers, the reviewer's role and a facilitator", async () => {
    const ws = workspace();
    const ratings = Array.from({ length: QUICK_QUESTIONS }, () => [4, 3]).flat() as Answer[];
    ratings.splice(0, 2, 'unsure', 'n/a');
    const script = quick({ ratings });
    script.splice(3, 2, 'Consultant', 'Helena Marsh', 'Marsh Advisory');
    const { code, prompter } = await run(ws, script);
    expect(code).toBe(0);
    expect(prompter.transcript.filter((t) => t.startsWith('input: Their role'))).toEqual(['input: Their role (CEO, or e.g. consultant)']);
    const review = written(ws);
    expect(review.reviewer).toEqual({ name: 'Alex Morgan', role: 'Consultant' });
    expect(review.facilitator).toEqual({ name: 'Helena Marsh', organisation: 'Marsh Advisory' });
    expect(review.sections[0]!.questions[0]!.ratings).toEqual({ cio: 'unsure', cmo: 'n/a' });
    expect(prompter.said.join('\n')).toContain('CIO unsure · CMO n/a   not compared');
  });

  it('asks no rating, claim, owner or reporting with an answer preselected', async () => {
    const ws = workspace();
    const ratings = Array.from({ length: QUICK_QUESTIONS }, () => [4, 3]).flat() as Answer[];
    ratings[0] = DEFAULT;
    const { code } = await run(ws, quick({ ratings }));
    expect(code).toBe(2);
    expect(ws.err()).toContain('Enter at "[1/5 · 1/2]');
    const ws2 = workspace();
    const areas: Answer[] = [['mobile-web'], false, DEFAULT];
    expect((await run(ws2, quick({ areas }))).code).toBe(2);
    expect(ws2.err()).toContain('Who does the CIO say owns it?" chooses nothing');
    // Nor is last year's claim offered: each executive states this year's.
    const ws3 = workspace();
    const fromLastYear: Answer[] = [
      DEFAULT,
      '2027',
      DEFAULT,
      DEFAULT,
      DEFAULT,
      DEFAULT,
      DEFAULT,
      false,
      ...Array.from({ length: 6 }, () => 'open'),
      DEFAULT,
      DEFAULT,
      DEFAULT,
      ...Array.from({ length: 7 }, () => 'open'),
      ...Array.from({ length: QUICK_QUESTIONS }, () => [4, 4]).flat(),
      DEFAULT,
      false,
      DEFAULT,
    ];
    expect((await run(ws3, fromLastYear, { from: join(ROOT, 'examples/northwind/2026.yaml') })).code).toBe(2);
    expect(ws3.err()).toContain('[area 1/7] SEO and paid search\\n  Who does the CIO say owns it?" chooses nothing');
  });

  it('goes back from the summary to a section, an area or the criteria before writing', async () => {
    const ws = workspace();
    const { code, prompter } = await run(
      ws,
      quick({
        // Rated down, the section's statements become weaknesses, and each is proposed an action.
        finish: [
          'section',
          0,
          1,
          1,
          2,
          2,
          'Agree the customer boundary in writing',
          'joint',
          '2026-05-31',
          '',
          'area',
          1,
          'cmo',
          'cmo',
          'cmo',
          'Marketing runs it.',
          'annually',
          'criteria',
          [],
          'Availability 99.95%',
          '',
          ['conversion-3-5'],
          '',
          [],
          '',
          'write',
        ],
      }),
    );
    expect(code).toBe(0);
    expect(prompter.remaining).toBe(0);
    const review = written(ws);
    expect(review.sections[0]!.questions.map((q) => q.ratings)).toEqual([
      { cio: 1, cmo: 1 },
      { cio: 2, cmo: 2 },
    ]);
    expect(review.blurredAreas[1]).toMatchObject({
      owner: 'cmo',
      claims: { cio: 'cmo', cmo: 'cmo' },
      process: 'Marketing runs it.',
      boardReporting: 'annually',
    });
    expect(review.successCriteria).toEqual({
      cio: [{ id: 'availability-99-95', text: 'Availability 99.95%', status: 'open' }],
      cmo: [{ id: 'conversion-3-5', text: 'Conversion 3.5%', status: 'open' }],
    });
    expect(prompter.said.filter((s) => s.includes('Summary'))).toHaveLength(4);
    expect(review.actions).toEqual([
      {
        id: 'agree-the-customer-boundary-in-writing',
        title: 'Agree the customer boundary in writing',
        owner: 'joint',
        due: '2026-05-31',
        status: 'open',
        for: ['question:cio-role/external-customer-boundary'],
      },
    ]);
  });

  it('takes budgets as people type them, the currency from the first answer, and refuses duplicate names', async () => {
    const ws = workspace();
    const investments: Answer[] = [
      true,
      'CRM re-platform',
      ['cio', 'cmo'],
      '£850,000',
      'repeat purchase rate',
      '0.2',
      true,
      true,
      'crm  RE-platform',
      'Mobile app',
      ['cio'],
      '1.2m',
      '',
      false,
      true,
      'Data platform',
      [],
      '850k',
      '',
      true,
      false,
    ];
    const { code, prompter } = await run(ws, quick({ investments }));
    expect(code).toBe(0);
    expect(prompter.refused).toEqual(['crm  RE-platform is already listed.']);
    expect(written(ws).investments.map((i) => [i.id, i.owners, i.budget])).toEqual([
      ['crm-re-platform', ['cio', 'cmo'], { amount: 850000, currency: 'GBP' }],
      ['mobile-app', ['cio'], { amount: 1200000, currency: 'GBP' }],
      ['data-platform', [], { amount: 850000, currency: 'GBP' }],
    ]);
    const ws2 = workspace();
    const plain: Answer[] = [true, 'CRM', ['cio', 'cmo'], '2.5m', 'eur', '', true, false];
    expect((await run(ws2, quick({ investments: plain }))).code).toBe(0);
    expect(written(ws2).investments[0]!.budget).toEqual({ amount: 2500000, currency: 'EUR' });
  });

  it('keeps the letters of any script in ids made from names, and refuses a duplicate area', async () => {
    const ws = workspace();
    const areas: Answer[] = [
      ['mobile-web'],
      true,
      'mobile apps and  web pages',
      '顧客データ',
      true,
      'Données clients',
      false,
      'cio',
      'cio',
      DEFAULT,
      '',
      'monthly',
      'cmo',
      'cmo',
      DEFAULT,
      '',
      'monthly',
      'cmo',
      'cmo',
      DEFAULT,
      '',
      'monthly',
    ];
    const { code, prompter } = await run(ws, quick({ areas, actions: [] }));
    expect(code).toBe(0);
    expect(prompter.refused).toEqual(['Mobile apps and web pages is already on the list.']);
    expect(written(ws).blurredAreas.map((a) => a.id)).toEqual(['mobile-web', '顧客データ', 'données-clients']);
  });

  it.each(['control-chars-name.yaml', 'bidi-name.yaml'])(
    'shows the hostile fixture %s through --from with no raw control character',
    async (name) => {
      const ws = workspace();
      const script: Answer[] = [
        DEFAULT,
        '2027',
        'Alex Morgan',
        DEFAULT,
        '',
        DEFAULT,
        DEFAULT,
        false,
        ...Array.from({ length: QUICK_QUESTIONS }, () => [4, 4]).flat(),
        DEFAULT,
        false,
        'cio',
        'cio',
        DEFAULT,
        DEFAULT,
        'monthly',
        false,
        '',
        '',
        '',
        'write',
      ];
      const { code, prompter } = await run(ws, script, { from: join(ROOT, 'test/fixtures/hostile', name) });
      expect(ws.err()).toBe('');
      expect(code).toBe(0);
      const seen = [...prompter.screen, ws.out()].join('\n');
      expect(seen).toMatch(/\\x1B|\\u202E/);
      expect(seen).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    },
  );

  it('escapes every string from a --from file before the terminal sees it, and keeps the text itself', async () => {
    const ws = workspace();
    const from = join(ROOT, 'test/fixtures/report/hostile-names.yaml');
    const script: Answer[] = [
      DEFAULT,
      '2027',
      DEFAULT,
      DEFAULT,
      DEFAULT,
      DEFAULT,
      DEFAULT,
      false,
      'open',
      'open',
      'open',
      DEFAULT,
      ...Array.from({ length: QUICK_QUESTIONS }, () => [4, 4]).flat(),
      DEFAULT,
      false,
      'cio',
      'cio',
      DEFAULT,
      DEFAULT,
      DEFAULT,
      'cio',
      'cmo',
      DEFAULT,
      DEFAULT,
      'monthly',
      true,
      false,
      true,
      '',
      true,
      '',
      true,
      '',
      '',
      'write',
    ];
    const { code, prompter } = await run(ws, script, { from });
    expect(code).toBe(0);
    const seen = [...prompter.screen, ws.out(), ws.err()].join('\n');
    expect(seen).toContain('Priya \\x1B[31mred\\x1B[0m');
    expect(seen).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
    expect(written(ws, 'reviews/2027.yaml').executives.cmo.name).toBe('Priya \u001b[31mred\u001b[0m');
  });

  it('will not start over a saved draft without --resume or --discard-draft', async () => {
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
