// Bundles src/ into dist/ with esbuild, then warms V8's code cache for it.
//
// - dist/review.cjs: one script holding the program and every command. bin/review.js compiles it
//   through vm.Script with the cached data beside it, so a start-up skips parsing and compiling
//   what the last run already compiled (`review check` of one file: ~87 -> ~65 ms here, with
//   `node -e 0` at ~23 ms). Commands are still evaluated lazily: esbuild wraps each module reached
//   through import() in an init function that runs when the command does.
// - The prompt library (and its core, for init's one-key prompt) stays outside the bundle, and
//   the HTML renderer is its own file, dist/report-html.cjs, required by `review report` alone.
// - The code cache is made by running `review check` on an example once: the cache then holds the
//   functions a check compiles, not only the top level (and those that explain a refused file).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  // Smaller sources compile faster at every start-up; the linked source map keeps stack traces readable.
  minify: true,
  logLevel: 'warning',
  // import() becomes require(): dist/review.cjs runs as a vm.Script, which has no module loader of
  // its own; the prompt library ships a CommonJS build for this.
  supported: { 'dynamic-import': false },
  define: { __REVIEW_VERSION__: JSON.stringify(pkg.version), 'import.meta.url': '__reviewModuleUrl' },
  banner: { js: 'var __reviewModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

/** The HTML renderer lives in dist/report-html.cjs; only `review report` requires it. */
const htmlApart = {
  name: 'html-renderer-apart',
  setup(b) {
    b.onResolve({ filter: /\/html\.js$/ }, (args) => {
      // trend and benchmark keep their HTML renderers apart the same way (issue 15).
      const kind = /src\/render\/(report|trend|benchmark)\/index\.ts$/.exec(args.importer)?.[1];
      return kind ? { path: `./${kind}-html.cjs`, external: true } : undefined;
    });
  },
};

await build({
  ...common,
  entryPoints: ['src/main.ts'],
  outfile: 'dist/review.cjs',
  external: ['@inquirer/prompts', '@inquirer/core'],
  plugins: [htmlApart],
});
await build({ ...common, entryPoints: ['src/render/report/html.ts'], outfile: 'dist/report-html.cjs' });
for (const kind of ['trend', 'benchmark'])
  await build({ ...common, entryPoints: [`src/render/${kind}/html.ts`], outfile: `dist/${kind}-html.cjs` });

// Warm the code cache beside the build (bin/review.js writes it after a run that had none).
// A second file, the example with an unknown key on standard input, takes the run through zod's
// explanation of a refused file too (zod is loaded only then), so that path starts warm as well.
const example = 'examples/northwind/2026.yaml';
const warm = spawnSync(process.execPath, ['bin/review.js', 'check', example, '/dev/stdin', '--rule', 'schema=warn'], {
  cwd: root,
  encoding: 'utf8',
  input: `${readFileSync(join(root, example), 'utf8')}\nunknownKey: 1\n`,
});
if (warm.status !== 0 || !warm.stdout.includes('unknown key `unknownKey`')) {
  process.stderr.write(`build: the built review failed its warm-up run (exit ${warm.status}):\n${warm.stderr}`);
  process.exitCode = 1;
}
