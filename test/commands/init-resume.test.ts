/**
 * review init interrupted at many prompts and resumed: every answer kept, the flow continuing
 * where it stopped.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT, INTERRUPT, type Answer } from '../helpers/scripted-prompter.js';
import { QUICK_QUESTIONS, quick, run, workspace, written } from '../helpers/init-workshop.js';

describe('review init: interrupted and resumed', () => {
  // A dispute in section 1 (each side's example asked after the reveal) and one action taken up.
  const ratings = Array.from({ length: QUICK_QUESTIONS }, () => [4, 3]).flat() as Answer[];
  ratings.splice(2, 2, 5, 1);
  ratings.splice(4, 0, 'We were asked late.', 'We asked early.');
  const full = quick({
    execs: ['Jordan Blake', 'Casey Lin', true, 'Chief Operating Officer', 'Lee Chen', DEFAULT, false],
    ratings,
    actions: ['Ask IT before choosing platforms', 'cio', '2026-09-30', ''],
  });
  const action = full.indexOf('Ask IT before choosing platforms');
  // Interrupt at: the period, the facilitator, an executive's name, mid-ratings, each side's example,
  // an area's owner, a criterion, an action's title, owner and date, the final confirmation.
  const points = [
    1,
    4,
    7,
    15,
    full.indexOf('We were asked late.'),
    full.indexOf('We asked early.'),
    40,
    full.indexOf('Conversion 3.5%'),
    action,
    action + 1,
    action + 2,
    full.length - 1,
  ];

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
    const ratingsGiven = draft.review.sections
      .flatMap((s: { questions: { ratings?: object }[] }) => s.questions.map((q) => Object.keys(q.ratings ?? {}).length))
      .reduce((a: number, b: number) => a + b, 0);
    expect(ratingsGiven).toBe(full.slice(0, at).filter((a) => typeof a === 'number').length);

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
