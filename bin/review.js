#!/usr/bin/env node
// The executable: everything lives in the build of src/ (dist/review.cjs, made by `npm install`
// through `prepare`). It is compiled through V8's code cache: the first run on a given build and
// Node saves the compiled code (beside the build, or in the user's cache folder when dist/ is not
// writable) and later runs skip most parsing and compiling. REVIEW_CODE_CACHE=off turns it off.
//
// It is CommonJS (bin/package.json says so): Node starts an ES module entry point about 6 ms slower.
'use strict';
const { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { homedir } = require('node:os');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

const bundle = join(__dirname, '..', 'dist', 'review.cjs');

/** FNV-1a, enough to tell builds, Node versions and V8 flags apart in a file name. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

function readOrUndefined(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeAtomic(file, data) {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, data, { mode: 0o600 });
  renameSync(temp, file);
}

async function start() {
  let source;
  let stat;
  try {
    source = readFileSync(bundle, 'utf8');
    stat = statSync(bundle);
  } catch {
    process.stderr.write('review: the build is missing; run `npm install` (or `npm run build`) in the review folder first.\n');
    process.exitCode = 2;
    return;
  }
  const useCache = process.env.REVIEW_CODE_CACHE !== 'off';
  // V8 checks a cache against the source length only, so the key names this exact build, and the
  // Node version and flags it was compiled under.
  const key = hash(
    [process.version, process.arch, process.execArgv.join(' '), process.env.NODE_OPTIONS ?? '', stat.size, stat.mtimeMs, stat.ino].join(
      '|',
    ),
  );
  const beside = `${bundle}.${key}.v8cache`;
  const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const inUserCache = join(cacheHome, 'review', `${key}.v8cache`);
  const cachedData = useCache ? (readOrUndefined(beside) ?? readOrUndefined(inUserCache)) : undefined;

  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  await module.exports.run();

  if (useCache && (!cachedData || script.cachedDataRejected)) {
    const data = script.createCachedData();
    for (const file of [beside, inUserCache]) {
      try {
        writeAtomic(file, data);
        break;
      } catch {
        // Not writable: try the next place; without any, the next run simply compiles again.
      }
    }
  }
}

start().catch((error) => {
  process.stderr.write(`review: ${error && error.message ? error.message : error}\n`);
  process.exitCode = 2;
});
