/**
 * Loaded before every test file (vitest setupFiles): tests that call the core directly (checkFile,
 * loadReview, validateReview) get zod's explanation of a refused review, as the commands provide
 * it (commands/load.ts at once, `review check` at its first refused file). Test files share a
 * worker's modules, so providing it here, always, keeps them independent of their order; the lazy
 * path of `review check` is held by test/e2e/zod-lazy.test.ts, which runs the built CLI.
 */
import { explainReview } from '../../src/core/explain.js';
import { provideExplainer } from '../../src/core/validate.js';

provideExplainer(explainReview);
