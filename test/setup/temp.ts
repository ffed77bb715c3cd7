/** Loaded before every test file (vitest setupFiles): its temporary folders go when it ends. */
import { afterAll } from 'vitest';
import { removeTempDirs } from '../helpers/temp.js';

afterAll(removeTempDirs);
