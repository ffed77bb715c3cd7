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
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"`;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]);
}

const layer = (file: string) => relative(SRC, file).split('/')[0].replace(/\.ts$/, '');

const ALLOWED: Record<string, { layers: string[]; packages: string[] }> = {
  core: { layers: ['core', 'errors'], packages: ['zod', 'js-yaml', 'yaml'] },
  render: { layers: ['render', 'core'], packages: ['cli-table3'] },
  io: { layers: ['io', 'core', 'errors', 'render'], packages: ['chalk', 'node:', '@inquirer/prompts'] },
  commands: { layers: ['commands', 'core', 'render', 'io', 'errors', 'version'], packages: ['zod', 'node:'] },
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
          expect(rule.packages.some((p) => spec === p || spec.startsWith(p)), `${spec}`).toBe(true);
        }
      }
    });
  }

  it('sets process.exitCode only in main.ts', () => {
    const offenders = files(SRC).filter((f) => !f.endsWith('main.ts') && /process\.exit(Code)?\s*=/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keeps the HTML report renderer out of every command but report', () => {
    const offenders = files(SRC).filter((f) => !/commands\/report|render\/report/.test(f) && imports(f).some((spec) => spec.includes('render/report')));
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
  /** Files reached from `entry` through static imports only (dynamic import() is lazy). */
  function staticClosure(entry: string): Set<string> {
    const seen = new Set<string>();
    const stack = [entry];
    while (stack.length) {
      const f = stack.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      for (const m of read(f).matchAll(/(?:^|[;\n])\s*import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+)["']/g)) stack.push(m[1]);
    }
    return seen;
  }
  const chunkOf = (name: string) => readdirSync(DIST).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'))!;
  const holding = (needle: string) => readdirSync(DIST).filter((f) => f.endsWith('.js') && read(f).includes(needle));

  it('loads neither the prompt library nor the HTML renderer for check, score or diff', () => {
    const inquirer = holding('ExitPromptError');
    const html = holding('Content-Security-Policy');
    expect(inquirer.length).toBeGreaterThan(0);
    expect(html.length).toBeGreaterThan(0);
    for (const command of ['check', 'score', 'diff']) {
      const loaded = new Set([...staticClosure('main.js'), ...staticClosure(chunkOf(command))]);
      // The import pattern must really follow the bundle's imports, or this test proves nothing.
      expect(loaded.size, command).toBeGreaterThan(4);
      expect([...loaded].filter((f) => inquirer.includes(f) || html.includes(f)), command).toEqual([]);
    }
  });
});
