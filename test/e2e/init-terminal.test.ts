/**
 * `review init` in a real terminal: tmux runs a shell, the test types at the prompts with
 * send-keys and reads the screen with capture-pane. Covers a whole quick workshop, Ctrl-C at a
 * prompt with the terminal left usable and --resume finishing the review, and SIGTERM.
 * Outside CI it skips with a notice when tmux is missing; .ci/run installs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadReview } from '../../src/core/load.js';
import { BIN, ROOT, requireFreshBin } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

beforeAll(requireFreshBin);

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const inCI = Boolean(process.env.CI);
if (!hasTmux && !inCI)
  console.warn(
    '\n  NOTICE: tmux not found; the terminal tests of review init are skipped here (apt-get install tmux). CI always runs them.\n',
  );

const SOCKET = `review-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });

class Terminal {
  private last = '';
  constructor(
    readonly name: string,
    readonly dir: string,
    width = 160,
  ) {
    // The shell in the pane must not inherit the test runner's colour settings.
    tmux(
      'new-session',
      '-d',
      '-s',
      name,
      '-x',
      String(width),
      '-y',
      '50',
      '-c',
      dir,
      'env',
      '-u',
      'NO_COLOR',
      '-u',
      'FORCE_COLOR',
      'PS1=$ ',
      'TERM=xterm-256color',
      'bash',
      '--norc',
      '--noprofile',
    );
  }

  screen(): string {
    return tmux('capture-pane', '-p', '-t', this.name);
  }

  /** The active prompt: from the last line starting with "? " to the end of the screen. */
  active(): string {
    const lines = this.screen().split('\n');
    const at = lines.map((l) => l.startsWith('? ')).lastIndexOf(true);
    return at < 0 ? '' : lines.slice(at).join('\n');
  }

  async waitFor(test: () => boolean, what: string, timeout = 10_000): Promise<void> {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (test()) return;
      await new Promise((r) => setTimeout(r, 40));
    }
    throw new Error(`timed out waiting for ${what}; the screen shows:\n${this.screen()}`);
  }

  /** Wait for a new active prompt matching `pattern`, then type `keys`. */
  async answer(pattern: RegExp, ...keys: string[]): Promise<void> {
    await this.waitFor(() => {
      const block = this.active();
      return pattern.test(block) && block !== this.last;
    }, `a prompt matching ${pattern}`);
    this.last = this.active();
    for (const key of keys) {
      if (key.startsWith('@')) tmux('send-keys', '-t', this.name, key.slice(1));
      else tmux('send-keys', '-t', this.name, '-l', key);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Type a command line. A new command may show the very prompt the last one stopped at. */
  type(line: string): void {
    this.last = '';
    tmux('send-keys', '-t', this.name, '-l', line);
    tmux('send-keys', '-t', this.name, 'Enter');
  }

  async exitCode(): Promise<number> {
    let code = -1;
    await this.waitFor(
      () => {
        const m = /EXIT=(\d+)/.exec(this.screen());
        if (m) code = Number(m[1]);
        return Boolean(m);
      },
      'the command to finish',
      20_000,
    );
    return code;
  }
}

async function openingAnswers(t: Terminal): Promise<void> {
  await t.answer(/^\? Organisation/, 'Contoso Outfitters', '@Enter');
  await t.answer(/^\? Period/, '@C-u', '2026', '@Enter');
  await t.answer(/^\? Who is running the review/, 'Alex Morgan', '@Enter');
  await t.answer(/^\? Their role \(CEO/, '@Enter');
  await t.answer(/^\? Who facilitates the workshop/, '@Enter');
  await t.answer(/^\? Name of the CIO/, 'Jordan Blake', '@Enter');
  await t.answer(/^\? Name of the CMO/, 'Casey Lin', '@Enter');
  await t.answer(/^\? Add another executive/, 'n');
}

/**
 * Ratings from question `from` (0-based) on, one key each: the CIO gives 4, the CMO 3, for the
 * quick template. In the room, each rating is hidden once given, until the section's reveal.
 */
async function ratings(t: Terminal, from = 0, startWith: 'cio' | 'cmo' = 'cio', only?: 'cio' | 'cmo'): Promise<void> {
  for (let n = from; n < 10; n++) {
    const section = Math.floor(n / 2) + 1;
    const q = (n % 2) + 1;
    const raters = only ? [only] : n === from && startWith === 'cmo' ? (['cmo'] as const) : (['cio', 'cmo'] as const);
    for (const rater of raters) {
      await t.answer(
        new RegExp(`^\\? \\[${section}/5 · ${q}/2\\][\\s\\S]*${rater.toUpperCase()}'s rating`),
        only === 'cmo' ? '2' : rater === 'cio' ? '4' : '3',
      );
    }
  }
}

async function closingAnswers(t: Terminal): Promise<void> {
  await t.answer(/^\? Which blurred areas apply\?/, '@Space', '@Down', '@Space', '@Enter');
  await t.answer(/^\? Add a blurred area that is not on the list\?/, 'n');
  // Mobile apps and web pages: both say joint; Enter takes the owner they agree on.
  await t.answer(/Mobile apps and web pages[\s\S]*Who does the CIO say/, 'j');
  await t.answer(/Mobile apps and web pages[\s\S]*Who does the CMO say/, 'j');
  await t.answer(/Mobile apps and web pages[\s\S]*Agreed accountable owner/, '@Enter');
  await t.answer(/Mobile apps and web pages[\s\S]*day to day/, 'One product team.', '@Enter');
  await t.answer(/Mobile apps and web pages[\s\S]*reported to the board/, 'q');
  // Metrics: the CIO says cio, the CMO says cmo, the CMO is agreed, monthly.
  await t.answer(/Metrics, analytics and insight[\s\S]*Who does the CIO say/, '1');
  await t.answer(/Metrics, analytics and insight[\s\S]*Who does the CMO say/, '2');
  await t.answer(/Metrics, analytics and insight[\s\S]*Agreed accountable owner/, '2');
  await t.answer(/Metrics, analytics and insight[\s\S]*day to day/, '@Enter');
  await t.answer(/Metrics, analytics and insight[\s\S]*reported to the board/, 'm');
  await t.answer(/^\? Add a digital investment\?/, 'n');
  await t.answer(/^\? A success criterion for the CIO/, 'Uptime 99.9%', '@Enter');
  await t.answer(/^\? A success criterion for the CIO/, '@Enter');
  await t.answer(/^\? A success criterion for the CMO/, '@Enter');
  await t.answer(/^\? A success criterion for both together/, '@Enter');
  await t.answer(/\[action 1\/1\] Metrics, analytics and insight[\s\S]*Action to take/, '@Enter');
  await t.answer(/^\? Write reviews\/2026.yaml\?/, '@Enter');
}

describe.runIf(hasTmux || inCI)('review init in a real terminal', () => {
  afterAll(() => {
    spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  });

  it('completes the quick template and writes the review', async () => {
    const dir = tempDir('review-tmux-');
    const t = new Terminal('full', dir);
    t.type(`node ${BIN} init --template quick@1; echo EXIT=$?`);
    await openingAnswers(t);
    // Private in the room: once given, the CIO's rating shows as recorded, never as its value,
    // and nothing of it is on screen until the section's reveal.
    await t.answer(/^\? \[1\/5 · 1\/2\][\s\S]*CIO's rating/, '4');
    await t.waitFor(() => /CMO's rating/.test(t.active()), 'the CMO rating prompt');
    expect(t.screen()).toContain("CIO's rating (private) recorded, hidden until the reveal");
    expect(t.screen()).not.toMatch(/CIO 4|rating \(private\) 4/);
    await ratings(t, 0, 'cmo');
    await closingAnswers(t);
    expect(await t.exitCode()).toBe(0);
    tmux('send-keys', '-t', 'full', 'clear', 'Enter');
    const review = loadReview(readFileSync(join(dir, 'reviews/2026.yaml'))).review!;
    expect(review.organisation).toBe('Contoso Outfitters');
    expect(review.sections.flatMap((s) => s.questions.map((q) => q.ratings))).toEqual(
      Array.from({ length: 10 }, () => ({ cio: 4, cmo: 3 })),
    );
    expect(review.blurredAreas.map((a) => [a.id, a.owner, a.claims, a.boardReporting])).toEqual([
      ['mobile-web', 'joint', { cio: 'joint', cmo: 'joint' }, 'quarterly'],
      ['analytics-insight', 'cmo', { cio: 'cio', cmo: 'cmo' }, 'monthly'],
    ]);
    expect(review.successCriteria).toEqual({ cio: [{ id: 'uptime-99-9', text: 'Uptime 99.9%', status: 'open' }] });
  }, 90_000);

  it('keeps every answer on Ctrl-C, leaves the terminal usable, and --resume finishes', async () => {
    const dir = tempDir('review-tmux-');
    const t = new Terminal('interrupt', dir);
    t.type(`node ${BIN} init --template quick@1; echo EXIT=$?`);
    await openingAnswers(t);
    await t.answer(/^\? \[1\/5 · 1\/2\][\s\S]*CIO's rating/, '4');
    await t.answer(/^\? \[1\/5 · 1\/2\][\s\S]*CMO's rating/, '@C-c');
    expect(await t.exitCode()).toBe(130);
    expect(t.screen()).toContain('Every answer so far is saved in reviews/.review-init.draft.json');
    const draft = JSON.parse(readFileSync(join(dir, 'reviews/.review-init.draft.json'), 'utf8'));
    expect(draft.review).toMatchObject({
      organisation: 'Contoso Outfitters',
      period: 2026,
      executives: { cio: { name: 'Jordan Blake' }, cmo: { name: 'Casey Lin' } },
    });
    expect(draft.review.sections[0].questions[0].ratings).toEqual({ cio: 4 });

    // The terminal is usable: echo is on and what is typed shows.
    tmux('send-keys', '-t', 'interrupt', 'clear', 'Enter');
    t.type("stty -a | tr ' ;' '\\n\\n' | grep -x -- '-\\?echo' ; echo visible-$((40+2))");
    await t.waitFor(() => /^visible-42$/m.test(t.screen()), 'the shell to answer');
    expect(t.screen()).toMatch(/^echo$/m);

    tmux('send-keys', '-t', 'interrupt', 'clear', 'Enter');
    t.type(`node ${BIN} init --resume; echo EXIT=$?`);
    await ratings(t, 0, 'cmo');
    await closingAnswers(t);
    expect(await t.exitCode()).toBe(0);
    const review = loadReview(readFileSync(join(dir, 'reviews/2026.yaml'))).review!;
    expect(review.sections[0]!.questions[0]!.ratings).toEqual({ cio: 4, cmo: 3 });
    expect(review.organisation).toBe('Contoso Outfitters');
  }, 120_000);

  it('runs the role flow end to end (cio, cmo, merge, agree), keeps every rating and every answer across Ctrl-C', async () => {
    const dir = tempDir('review-tmux-');
    const t = new Terminal('roles', dir);
    const clear = () => tmux('send-keys', '-t', 'roles', 'clear', 'Enter');
    t.type(`node ${BIN} init --template quick@1 --role cio; echo EXIT=$?`);
    await openingAnswers(t);
    await ratings(t, 0, 'cio', 'cio');
    await t.answer(/^\? Which blurred areas apply\?/, '@Space', '@Down', '@Space', '@Enter');
    await t.answer(/^\? Add a blurred area that is not on the list\?/, 'n');
    await t.answer(/Mobile apps and web pages[\s\S]*Who does the CIO say/, 'j');
    await t.answer(/Metrics, analytics and insight[\s\S]*Who does the CIO say/, '1');
    await t.answer(/^\? Write roles\/2026\/cio.yaml\?/, '@Enter');
    expect(await t.exitCode()).toBe(0);
    expect(t.screen()).toContain('review init --role cmo --from roles/2026/cio.yaml');

    clear();
    t.type(`node ${BIN} init --role cmo --from roles/2026/cio.yaml; echo EXIT=$?`);
    await ratings(t, 0, 'cio', 'cmo');
    await t.answer(/Mobile apps and web pages[\s\S]*Who does the CMO say/, 'j');
    await t.answer(/Metrics, analytics and insight[\s\S]*Who does the CMO say/, '@C-c');
    expect(await t.exitCode()).toBe(130);
    expect(t.screen()).toContain('Continue with: review init --resume --role cmo');
    clear();
    t.type(`node ${BIN} init --resume --role cmo; echo EXIT=$?`);
    await t.waitFor(() => /Resuming Contoso Outfitters 2026\./.test(t.screen()), 'where the resumed workshop stands');
    expect(t.screen()).toContain('10 of 10 ratings given; 1 of 2 blurred areas answered.');
    await t.answer(/Metrics, analytics and insight[\s\S]*Who does the CMO say/, '2');
    await t.answer(/^\? Write roles\/2026\/cmo.yaml\?/, '@Enter');
    expect(await t.exitCode()).toBe(0);
    expect(t.screen()).toContain('review merge roles/2026/cio.yaml roles/2026/cmo.yaml --out roles/2026/merged.yaml');

    clear();
    t.type(`node ${BIN} merge roles/2026/cio.yaml roles/2026/cmo.yaml --out roles/2026/merged.yaml; echo EXIT=$?`);
    expect(await t.exitCode()).toBe(0);
    expect(t.screen()).toContain('review agree roles/2026/merged.yaml');

    clear();
    t.type(`node ${BIN} agree roles/2026/merged.yaml; echo EXIT=$?`);
    await t.answer(/Mobile apps and web pages[\s\S]*day to day/, 'One product', '@C-c');
    expect(await t.exitCode()).toBe(130);
    clear();
    t.type(`node ${BIN} agree roles/2026/merged.yaml --resume; echo EXIT=$?`);
    await t.answer(/Mobile apps and web pages[\s\S]*day to day/, 'One product team.', '@Enter');
    await t.answer(/Mobile apps and web pages[\s\S]*reported to the board/, 'q');
    await t.answer(/Metrics, analytics and insight[\s\S]*Agreed accountable owner/, '2');
    await t.answer(/Metrics, analytics and insight[\s\S]*day to day/, '@Enter');
    await t.answer(/Metrics, analytics and insight[\s\S]*reported to the board/, 'm');
    await t.answer(/\[action 1\/11\][\s\S]*Action to take/, 'Walk the boundary with both teams', '@Enter');
    await t.answer(/\[action 1\/11\][\s\S]*Who owns the action/, '1');
    await t.answer(/\[action 1\/11\][\s\S]*Due date/, '2026-06-30', '@Enter');
    for (let n = 2; n <= 11; n++) await t.answer(new RegExp(`\\[action ${n}/11\\][\\s\\S]*Action to take`), '@Enter');
    await t.answer(/^\? Write reviews\/2026.yaml\?/, '@Enter');
    expect(await t.exitCode()).toBe(0);

    const review = loadReview(readFileSync(join(dir, 'reviews/2026.yaml'))).review!;
    expect(review.template).toBe('quick@1');
    expect(review.sections.flatMap((s) => s.questions.map((q) => q.ratings))).toEqual(
      Array.from({ length: 10 }, () => ({ cio: 4, cmo: 2 })),
    );
    expect(review.blurredAreas.map((a) => [a.id, a.owner, a.claims, a.process, a.boardReporting])).toEqual([
      ['mobile-web', 'joint', { cio: 'joint', cmo: 'joint' }, 'One product team.', 'quarterly'],
      ['analytics-insight', 'cmo', { cio: 'cio', cmo: 'cmo' }, undefined, 'monthly'],
    ]);
    expect(review.actions.map((a) => [a.title, a.owner, a.due, a.for])).toEqual([
      ['Walk the boundary with both teams', 'cio', '2026-06-30', ['question:cio-role/external-customer-boundary']],
    ]);
  }, 180_000);

  it('colours the prompts on a terminal, and not with --no-color', async () => {
    const dir = tempDir('review-tmux-');
    const t = new Terminal('colour', dir);
    const withEscapes = () => tmux('capture-pane', '-e', '-p', '-t', 'colour');
    t.type(`node ${BIN} init --template quick@1; echo EXIT=$?`);
    await t.waitFor(() => /^\? Organisation/m.test(t.screen()), 'the first prompt');
    expect(withEscapes()).toMatch(/\u001b\[[0-9;]*m\?(\u001b\[[0-9;]*m)? \u001b\[[0-9;]*mOrganisation/);
    tmux('send-keys', '-t', 'colour', 'C-c');
    expect(await t.exitCode()).toBe(130);
    tmux('send-keys', '-t', 'colour', 'clear', 'Enter');
    // Under load the shell may not have cleared yet: the old coloured prompt must be gone first.
    await t.waitFor(() => !/Organisation/.test(t.screen()), 'the screen to clear');
    t.type(`node ${BIN} init --template quick@1 --no-color --discard-draft; echo EXIT=$?`);
    await t.waitFor(() => /^\? Organisation/m.test(t.screen()), 'the first prompt');
    expect(
      withEscapes()
        .split('\n')
        .find((l) => l.includes('Organisation')),
    ).toBe('? Organisation');
    tmux('send-keys', '-t', 'colour', 'C-c');
  }, 60_000);

  it('wraps the text between prompts at word boundaries on a narrow terminal', async () => {
    const dir = tempDir('review-tmux-');
    const t = new Terminal('narrow', dir, 47);
    t.type(`node ${BIN} init --template quick@1; echo EXIT=$?`);
    await openingAnswers(t);
    await t.waitFor(() => /CIO's rating/.test(t.screen()), 'the first rating');
    const words = new Set(t.screen().split(/\s+/));
    for (const word of "Where IT's responsibility for the customer starts and ends, and whether IT is asked early.".split(' '))
      expect(words.has(word), word).toBe(true);
    for (const word of 'Ratings are entered privately: nobody sees an answer until the reveal at the end of each section.'.split(' '))
      expect(words.has(word), word).toBe(true);
    tmux('send-keys', '-t', 'narrow', 'C-c');
    expect(await t.exitCode()).toBe(130);
  }, 60_000);

  it('writes no raw control sequence from a hostile --from file to the terminal', async () => {
    const dir = tempDir('review-tmux-');
    const t = new Terminal('hostile', dir);
    // Every byte the program writes to the terminal, before the terminal interprets it.
    const raw = join(dir, 'raw.log');
    tmux('pipe-pane', '-t', 'hostile', '-o', `cat >> '${raw}'`);
    t.type(
      `node ${BIN} init --template quick --no-color --from ${join(ROOT, 'test/fixtures/hostile/control-chars-name.yaml')}; echo EXIT=$?`,
    );
    await t.answer(/^\? Organisation/, '@Enter');
    await t.answer(/^\? Period/, '@C-u', '2026', '@Enter');
    await t.answer(/^\? Who is running the review/, 'Alex Morgan', '@Enter');
    await t.answer(/^\? Their role \(CEO/, '@Enter');
    await t.answer(/^\? Who facilitates the workshop/, '@Enter');
    await t.answer(/^\? Name of the CIO/, '@Enter');
    await t.answer(/^\? Name of the CMO/, '@Enter');
    await t.answer(/^\? Add another executive/, 'n');
    for (let n = 0; n < 10; n++)
      for (const rater of ['CIO', 'CMO'])
        await t.answer(new RegExp(`^\\? \\[${Math.floor(n / 2) + 1}/5 · ${(n % 2) + 1}/2\\][\\s\\S]*${rater}'s rating`), '4');
    await t.waitFor(() => /Which blurred areas apply\?/.test(t.screen()), 'the areas, one of them named with control sequences');
    tmux('send-keys', '-t', 'hostile', 'C-c');
    expect(await t.exitCode()).toBe(130);
    const bytes = readFileSync(raw, 'latin1');
    expect(t.screen()).toContain('Evil \\x1B[31mred\\x1B[0m \\x1B]0;title\\x07 name');
    // No operating-system command (title, clipboard) and no bell reached the terminal raw.
    expect(bytes.includes('\u001b]')).toBe(false);
    expect(bytes.includes('\u0007')).toBe(false);
    expect(bytes.includes('\u001b[31mred')).toBe(false);
  }, 90_000);

  it('keeps the answers on SIGTERM and exits 130', async () => {
    const dir = tempDir('review-tmux-');
    const t = new Terminal('term', dir);
    t.type(`node ${BIN} init --template quick@1 --out mine/2026.yaml; echo EXIT=$?`);
    await t.answer(/^\? Organisation/, 'Fabrikam', '@Enter');
    await t.answer(/^\? Period/, '@C-u', '2026', '@Enter');
    await t.waitFor(() => /^\? Who is running/.test(t.active()), 'the reviewer prompt');
    const pid = execFileSync('pgrep', ['-f', `${BIN} init --template quick@1 --out mine/2026.yaml`], { encoding: 'utf8' })
      .trim()
      .split('\n')[0];
    process.kill(Number(pid), 'SIGTERM');
    expect(await t.exitCode()).toBe(130);
    expect(t.screen()).toContain('Interrupted by SIGTERM. Every answer so far is saved in mine/.review-init.draft.json');
    const draft = JSON.parse(readFileSync(join(dir, 'mine/.review-init.draft.json'), 'utf8'));
    expect(draft.review).toMatchObject({ organisation: 'Fabrikam', period: 2026 });
  }, 60_000);
});
