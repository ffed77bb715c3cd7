/**
 * Loaded before every test file (vitest setupFiles). Its temporary folders go when it ends, and
 * the file must leave the process as it found it: test files share a worker (vitest.config.ts,
 * `isolate: false`), so a run in process carries its folder, environment, terminal and exit code
 * in its IO, never in `process`.
 */
import { afterAll, expect } from 'vitest';
import { removeTempDirs } from '../helpers/temp.js';

const env = () => Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST'));
const before = { cwd: process.cwd(), exitCode: process.exitCode, env: env() };

afterAll(() => {
  removeTempDirs();
  expect({ cwd: process.cwd(), exitCode: process.exitCode, env: env() }, 'a test file changed the process it shares').toEqual(before);
});
