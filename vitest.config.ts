import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // As scripts/build.mjs does for dist/: a run in process (test/helpers/run.ts) names the package's version.
  define: { __REVIEW_VERSION__: JSON.stringify(pkg.version) },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global.ts'],
    setupFiles: ['test/setup/temp.ts', 'test/setup/explain.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Every core (vitest leaves one to its own process, which mostly waits), and the test files of
    // a worker share its loaded modules instead of importing src/ again for each file: runs in
    // process carry their state in the IO, and test/setup/temp.ts fails a file that changes the
    // process (folder, environment, exit code) all the same.
    maxWorkers: Math.max(2, availableParallelism()),
    isolate: false,
  },
});
