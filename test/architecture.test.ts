/**
 * The dependency direction of STYLE.md, read from the imports: core is pure and imports only its
 * parsers and validators; render sees core; io sees core; commands see everything below them;
 * nothing imports upward. Also: nothing outside main sets process.exitCode, and no non-interactive
 * command's module graph reaches the prompt library.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

const SRC = join(ROOT, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"`;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
}

const layer = (file: string) => relative(SRC, file).split('/')[0]!.replace(/\.ts$/, '');

const ALLOWED: Record<string, { layers: string[]; packages: string[] }> = {
  core: { layers: ['core', 'errors'], packages: ['zod', 'js-yaml', 'yaml'] },
  render: { layers: ['render', 'core'], packages: ['cli-table3'] },
  io: { layers: ['io', 'core', 'errors'], packages: ['chalk', 'node:', '@inquirer/prompts', '@inquirer/core'] },
  // commands define their own flags and help (commander) beside the code that reads them.
  commands: { layers: ['commands', 'core', 'render', 'io', 'errors', 'version'], packages: ['zod', 'node:', 'commander'] },
};

describe('architecture', () => {
  for (const file of files(SRC)) {
    const from = layer(file);
    const rule = ALLOWED[from];
    if (!rule) continue;
    it(`${relative(SRC, file)} imports only what ${from}/ may`, () => {
      for (const spec of imports(file)) {
        if (spec.startsWith('.')) {
          const target = layer(join(file, '..', spec).replace(/\.js$/, '.ts'));
          expect(rule.layers, `${spec}`).toContain(target);
        } else {
          expect(
            rule.packages.some((p) => spec === p || spec.startsWith(p)),
            `${spec}`,
          ).toBe(true);
        }
      }
    });
  }

  it('sets process.exitCode only in main.ts', () => {
    const offenders = files(SRC).filter((f) => !f.endsWith('main.ts') && /process\.exit(Code)?\s*=/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps the HTML report renderer out of every command but report', () => {
    // render/report/index.ts is the names-only record of formats (it imports no renderer: see
    // test/render/format-records.test.ts), so program.ts may list its keys.
    const offenders = files(SRC).filter(
      (f) =>
        !/commands\/report|render\/report/.test(f) &&
        imports(f).some((spec) => spec.includes('render/report') && !spec.endsWith('render/report/index.js')),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps the prompt library out of everything but init', () => {
    const offenders = files(SRC).filter((f) => !/io\/prompt/.test(f) && readFileSync(f, 'utf8').includes('@inquirer'));
    expect(offenders).toEqual([]);
  });
});

describe('what the built CLI loads', () => {
  const DIST = join(ROOT, 'dist');
  const read = (f: string) => readFileSync(join(DIST, f), 'utf8');

  it('keeps the prompt library and the HTML renderer out of the bundle that check, score and diff run', () => {
    const bundle = read('review.cjs');
    // The needles must be real: each is found where the code does live.
    expect(readFileSync(join(ROOT, 'node_modules/@inquirer/core/dist/commonjs/lib/create-prompt.js'), 'utf8')).toContain(
      'User force closed the prompt',
    );
    expect(read('report-html.cjs')).toContain('Content-Security-Policy');
    // (includes() rather than toContain(), so a failure does not print half a megabyte of bundle.)
    expect(bundle.includes('User force closed the prompt'), 'inquirer is bundled').toBe(false);
    expect(bundle.includes('Content-Security-Policy'), 'the HTML renderer is bundled').toBe(false);
    // Each is reached through require() inside a lazily run module initialiser, by init and report alone.
    expect(bundle.includes('require("@inquirer/prompts")'), 'inquirer is required').toBe(true);
    expect(bundle.includes('require("./report-html.cjs")'), 'the HTML renderer is required').toBe(true);
  });
});
