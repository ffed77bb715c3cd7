#!/usr/bin/env node
// The executable: everything lives in the build of src/ (made by `npm install` through `prepare`).
import('../dist/main.js').then(
  (m) => m.run(),
  (error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
      process.stderr.write('review: the build is missing; run `npm install` (or `npm run build`) in the review folder first.\n');
    } else {
      process.stderr.write(`review: ${error && error.message ? error.message : error}\n`);
    }
    process.exitCode = 2;
  },
);
