// Bundles src/ into dist/ with esbuild. Code splitting keeps each command's imports lazy: the
// prompt library and the HTML renderer land in chunks that only their commands load. Bundling the
// dependencies saves the module resolution that dominates a short CLI run's start-up.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/main.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  // Smaller sources compile faster at every start-up; the linked source map keeps stack traces readable.
  minify: true,
  logLevel: 'warning',
  define: { __REVIEW_VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
