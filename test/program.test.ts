/**
 * The program loads only the command module it needs (src/program.ts), and help never loses a
 * command for it: the program's help lists every command wherever --help stands.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.js';
import { loadCommands } from '../src/program.js';
import { run } from './helpers/run.js';

const ALL = Object.keys(COMMANDS);

describe('loadCommands', () => {
  it('loads only the command named, wherever the global flags stand', async () => {
    expect(Object.keys(await loadCommands(['check', 'reviews/']))).toEqual(['check']);
    expect(Object.keys(await loadCommands(['--no-color', 'score', 'x.yaml']))).toEqual(['score']);
    expect(Object.keys(await loadCommands(['help', 'diff']))).toEqual(['diff']);
  });

  it('loads none for --version, and every one for help, no command or an unknown one', async () => {
    expect(Object.keys(await loadCommands(['--version']))).toEqual([]);
    for (const argv of [[], ['--help'], ['--help', 'check'], ['check', '--help'], ['chek']])
      expect(Object.keys(await loadCommands(argv)), argv.join(' ')).toEqual(ALL);
  });
});

describe('help', () => {
  it('lists every command in the program help, even with a command named after --help', async () => {
    for (const argv of [['--help'], ['--help', 'check'], ['help']]) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(0);
      for (const name of ALL) expect(r.stdout, `${argv.join(' ')} lists ${name}`).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    }
  });

  it("shows a command's own flags and the rules for check --help and help check", async () => {
    for (const argv of [
      ['check', '--help'],
      ['help', 'check'],
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: review check [options] <path...>');
      expect(r.stdout).toContain('--gap-threshold <n>       gap that marks a statement disputed (1-4)');
      expect(r.stdout).toContain('Rules by default severity');
    }
  });

  it('suggests the nearest command for a typo, with exit 2', async () => {
    const r = await run(['chek']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("error: unknown command 'chek'");
    expect(r.stderr).toContain('(Did you mean check?)');
  });
});
