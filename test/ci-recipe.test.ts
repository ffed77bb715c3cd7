/** The README's CI install is what .ci/run runs, line for line; and it never suggests `npx review`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');

describe('the CI install recipe', () => {
  it('runs in .ci/run verbatim', () => {
    const block = /- name: Install review\n.*\n\s+run: \|\n((?:\s{10}.+\n)+)/.exec(readme);
    expect(block, 'the README has an "Install review" step').not.toBeNull();
    const recipe = block![1]!
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const run = /# BEGIN README CI install\n([\s\S]*?)# END README CI install/.exec(ci)![1]!.split('\n').filter(Boolean);
    expect(recipe.length).toBeGreaterThan(0);
    expect(run).toEqual(recipe);
  });

  it('never suggests installing or running review by its npm name, which belongs to another package', () => {
    expect(readme).not.toMatch(/npx review|npm (install|i) (-g )?review(@|\s|$)/m);
  });
});
