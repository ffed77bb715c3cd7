// npm run bench: the speed budgets of DESIGN.md "Speed", measured against `node -e 0` in the same run.
//
// - NODE_EXTRA_CA_CERTS and NODE_OPTIONS are unset for every process, the floor and the tool alike
//   (reading a CA bundle adds ~80 ms to each start and would flatter every ratio).
// - Runs are interleaved (floor, command, floor, command...) so machine noise hits both sides;
//   each figure is a median, and each ratio is against the floor measured beside it.
// - Every run's exit status and output are checked, not only timed: a crash, a wrong count or an
//   unbounded output fails the bench even when it is fast.
// - The 1,000 files are different reviews (scripts/corpus.mjs), compared with ajv-cli validating
//   the same files against `review schema`.
// - The complexity section runs ten pathological shapes (scripts/shapes.mjs) at 256 KiB and 1 MiB
//   and the four cases of issue 16; a linear pass grows about fourfold from one size to the other.
//
// BENCH_RUNS sets the runs of the short cases (default 11); the large cases run fewer.
// Exits 1 when a budget is exceeded or an output is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeReview } from './corpus.mjs';
import { SHAPES, WHY_CASES } from './shapes.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/review.js');
const ajv = join(root, 'node_modules/ajv-cli/dist/index.js');
const runs = Number(process.env.BENCH_RUNS ?? 11);
const work = mkdtempSync(join(tmpdir(), 'review-bench-'));
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
delete env.NODE_OPTIONS;
delete env.FORCE_COLOR;
env.NO_COLOR = '1';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * One run, timed from the spawn until the process has exited and its output is collected. The
 * output is decoded after the clock stops: turning the folder's 23 MB of findings into a string is
 * the bench's own work (about 70 ms here), not the command's, and no reader of the output pays it.
 */
function exec(args, options = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(options.command ?? process.execPath, args, {
    cwd: root,
    env,
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, status: r.status, signal: r.signal, stdout: r.stdout?.toString('utf8') ?? '', stderr: r.stderr?.toString('utf8') ?? '' };
}

/**
 * Medians of `node -e 0` and of the command, interleaved; `verify` sees every run of the command
 * and returns a complaint (string) when its status or output is wrong.
 */
function compare(args, verify, n = runs) {
  exec(['-e', '0']);
  const warm = exec(args); // warms the file cache; checked like every other run
  const problems = new Set();
  const check = (r) => {
    const complaint = r.signal ? `killed by ${r.signal}` : verify(r);
    if (complaint) problems.add(complaint);
  };
  check(warm);
  const floor = [];
  const cmd = [];
  for (let i = 0; i < n; i++) {
    floor.push(exec(['-e', '0']).ms);
    const r = exec(args);
    cmd.push(r.ms);
    check(r);
  }
  return { floor: median(floor), cmd: median(cmd), ratio: median(cmd) / median(floor), problems: [...problems] };
}

/** Peak resident memory of one run in MiB (GNU time), or null where /usr/bin/time is missing. */
function peakMiB(args) {
  if (!existsSync('/usr/bin/time')) return null;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : null;
}

const results = [];
function budget(section, name, measured, limit, unit, detail, problems = []) {
  results.push({ section, name, measured, limit, unit, ok: measured <= limit && !problems.length, detail, problems });
}
const x = (r) => `${r.cmd.toFixed(0)} ms vs ${r.floor.toFixed(0)} ms`;

// Expected outputs.
const expectStatus = (status, test) => (r) => {
  if (r.status !== status) return `exit ${r.status}, expected ${status}: ${r.stderr.slice(0, 200)}`;
  if (r.stderr) return `unexpected stderr: ${r.stderr.slice(0, 200)}`;
  return test ? test(r) : undefined;
};
const summaryLine = (stdout) => stdout.trimEnd().split('\n').pop();

// Inputs.
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
function corpus(n) {
  const dir = join(work, `corpus-${n}`);
  mkdirSync(dir);
  let errors = 0;
  for (let i = 0; i < n; i++) {
    const review = makeReview(i);
    errors += review.errors;
    writeFileSync(join(dir, `review-${String(i).padStart(5, '0')}.yaml`), review.text);
  }
  return { dir, errors };
}
const c1000 = corpus(1000);
const typical = makeReview(1, 1024 * 1024 - 600);
const typicalFile = join(work, 'typical-1mib.yaml');
writeFileSync(typicalFile, typical.text);
const schemaFile = join(work, 'review.schema.json');
writeFileSync(schemaFile, exec([bin, 'schema']).stdout);

const load = loadavg()
  .map((l) => l.toFixed(2))
  .join(', ');
const baseline = compare(['-e', '0'], () => undefined);
console.log(`review bench: medians of interleaved runs (${runs} for short cases); NODE_EXTRA_CA_CERTS and NODE_OPTIONS unset`);
console.log(`baseline: node -e 0 = ${baseline.cmd.toFixed(1)} ms (node ${process.version}); load average before: ${load}\n`);

// Start-up.
const v = compare(
  [bin, '--version'],
  expectStatus(0, (r) => (r.stdout === `${version}\n` ? undefined : `printed ${JSON.stringify(r.stdout)}`)),
);
budget('start', 'review --version', v.ratio, 2, 'x', x(v), v.problems);

// The example passes the gate with warnings only; its summary line must say so every run.
const exampleSummary = summaryLine(exec([bin, 'check', 'examples/northwind/2026.yaml']).stdout);
const one = compare(
  [bin, 'check', 'examples/northwind/2026.yaml'],
  expectStatus(0, (r) =>
    /\(0 errors, [1-9]\d* warnings?\)/.test(summaryLine(r.stdout)) && summaryLine(r.stdout) === exampleSummary
      ? undefined
      : `summary: ${summaryLine(r.stdout)}`,
  ),
);
budget('start', 'review check (one example)', one.ratio, 3, 'x', x(one), one.problems);

// The folder of 1,000 varied files. The JSON run fixes the expected counts; the timed text runs
// must report the same summary and exit status every time.
const reference = exec([bin, 'check', c1000.dir, '--format', 'json']);
const refSummary = JSON.parse(reference.stdout).summary;
const folderProblems = [];
if (refSummary.files !== 1000) folderProblems.push(`checked ${refSummary.files} files, expected 1000`);
if (refSummary.errors !== c1000.errors) folderProblems.push(`${refSummary.errors} errors, the corpus holds ${c1000.errors}`);
const expectedLine = `✖ ${refSummary.errors + refSummary.warnings} problems (${refSummary.errors} errors, ${refSummary.warnings} warnings) in`;
const fewer = Math.max(3, Math.round(runs / 2));
const many = compare(
  [bin, 'check', c1000.dir],
  expectStatus(1, (r) => (summaryLine(r.stdout).startsWith(expectedLine) ? undefined : `summary: ${summaryLine(r.stdout)}`)),
  fewer,
);
budget(
  'folder',
  'review check (1,000 files of 25 KB)',
  many.cmd / 1000,
  1,
  'ms/file',
  `${many.cmd.toFixed(0)} ms in all, ${refSummary.errors} errors and ${refSummary.warnings} warnings found`,
  [...folderProblems, ...many.problems],
);
if (existsSync(ajv)) {
  const a = compare(
    [ajv, 'validate', '-s', schemaFile, '-d', `${c1000.dir}/*.yaml`],
    (r) => {
      if (r.status !== 0) return `ajv-cli exit ${r.status}: ${(r.stderr || r.stdout).slice(0, 200)}`;
      const valid = (`${r.stdout}${r.stderr}`.match(/ valid$/gm) ?? []).length;
      return valid === 1000 ? undefined : `ajv-cli found ${valid} of 1000 files valid`;
    },
    fewer,
  );
  budget(
    'folder',
    'review check vs ajv-cli (same 1,000 files)',
    many.cmd / a.cmd,
    1,
    'x ajv',
    `review ${many.cmd.toFixed(0)} ms, ajv-cli validate ${a.cmd.toFixed(0)} ms`,
    a.problems,
  );
} else {
  results.push({
    section: 'folder',
    name: 'ajv-cli comparison',
    ok: false,
    detail: 'node_modules/ajv-cli is missing: run npm install',
    problems: [],
  });
}

// Memory: peak RSS over 10,000 files must stay within 1.3x that over 1,000.
const c10000 = corpus(10000);
const mem1000 = median([1, 2, 3].map(() => peakMiB([bin, 'check', c1000.dir])));
const mem10000 = median([1, 2, 3].map(() => peakMiB([bin, 'check', c10000.dir])));
if (mem1000 && mem10000)
  budget(
    'folder',
    'peak memory, 10,000 files / 1,000 files',
    mem10000 / mem1000,
    1.3,
    'x',
    `${mem10000.toFixed(0)} MiB vs ${mem1000.toFixed(0)} MiB (peak RSS)`,
  );
else
  results.push({
    section: 'folder',
    name: 'peak memory',
    ok: false,
    detail: '/usr/bin/time is missing (Debian package `time`)',
    problems: [],
  });
rmSync(c10000.dir, { recursive: true, force: true });

// Large files.
const bigRuns = Math.max(5, Math.round(runs / 2));
const big = compare([bin, 'check', typicalFile], expectStatus(1), bigRuns);
budget(
  'large',
  `review check (typical ${(Buffer.byteLength(typical.text) / 1048576).toFixed(2)} MiB, thousands of areas)`,
  big.ratio,
  8,
  'x',
  x(big),
  big.problems,
);

// Complexity: every shape at 256 KiB and 1 MiB; the 1 MiB one must stay within 15x.
const bounded = (r) => {
  if (r.status !== 0 && r.status !== 1) return `exit ${r.status}: ${r.stderr.slice(0, 200)}`;
  if (r.stderr) return `unexpected stderr: ${r.stderr.slice(0, 200)}`;
  if (r.stdout.length > 600_000) return `${r.stdout.length} bytes of output`;
  return undefined;
};
const sameEveryRun = () => {
  let first;
  return (r) => {
    const problem = bounded(r);
    if (problem) return problem;
    const key = `${r.status} ${r.stdout.length}`;
    first ??= key;
    return key === first ? undefined : `output changed between runs (${first} then ${key})`;
  };
};
const shapeRuns = Math.max(3, Math.round(runs / 3));
for (const shape of SHAPES) {
  const sizes = [256 * 1024, 1024 * 1024 - 64].map((bytes) => {
    const file = join(work, `${shape.id}-${bytes}.yaml`);
    writeFileSync(file, shape.make(bytes));
    return compare([bin, 'check', file], sameEveryRun(), shapeRuns);
  });
  const [small, large] = sizes;
  const growth = (large.cmd - large.floor) / Math.max(1, small.cmd - small.floor);
  budget(
    'complexity',
    shape.label,
    large.ratio,
    15,
    'x',
    `1 MiB ${x(large)}; 256 KiB ${small.ratio.toFixed(1)}x; growth ${growth.toFixed(1)}x for 4x the input`,
    [...small.problems, ...large.problems],
  );
}
for (const why of WHY_CASES) {
  const file = join(work, `${why.id}.yaml`);
  writeFileSync(file, why.make());
  const r = compare([bin, 'check', file], sameEveryRun(), shapeRuns);
  budget('issue 16', why.label, r.ratio, 15, 'x', x(r), r.problems);
}

// ---- issue 15: trend and benchmark over a portfolio folder (kept apart so the rest can change freely) ----
/**
 * `review trend` and `review benchmark` read a folder with the same per-file budget as `check`
 * (1 ms per file), and flat memory: peak RSS at 10,000 files at most 1.3x that at 1,000. The files
 * are the synthetic portfolio of scripts/portfolio.mjs (about 10 KB each, 4 years per organisation).
 */
function benchPortfolioCommands() {
  const portfolio = (orgs) => {
    const dir = join(work, `portfolio-${orgs}`);
    const r = exec([join(root, 'scripts/portfolio.mjs'), '--out', dir, '--orgs', String(orgs), '--years', '4']);
    if (r.status !== 0) throw new Error(`portfolio.mjs failed: ${r.stderr}`);
    return dir;
  };
  const p1000 = portfolio(250);
  const org = 'Harbour Foods';
  const n = Math.max(3, Math.round(runs / 2));
  const cases = [
    [
      'trend',
      ['trend', p1000, '--org', org, '--format', 'json'],
      (r) => (JSON.parse(r.stdout).periods.length === 4 ? undefined : 'not 4 periods'),
    ],
    [
      'benchmark',
      ['benchmark', p1000, '--org', org, '--format', 'json'],
      (r) => (JSON.parse(r.stdout).peers === 249 ? undefined : `peers ${JSON.parse(r.stdout).peers}`),
    ],
  ];
  for (const [name, args, test] of cases) {
    const r = compare([bin, ...args], expectStatus(0, test), n);
    budget(
      'issue 15',
      `review ${name} (1,000 files, 250 organisations)`,
      r.cmd / 1000,
      1,
      'ms/file',
      `${r.cmd.toFixed(0)} ms in all`,
      r.problems,
    );
  }
  const p10000 = portfolio(2500);
  for (const [name, args] of cases) {
    const big = args.map((a) => (a === p1000 ? p10000 : a));
    const m1 = median([1, 2, 3].map(() => peakMiB([bin, ...args])));
    const m10 = median([1, 2, 3].map(() => peakMiB([bin, ...big])));
    if (m1 && m10)
      budget(
        'issue 15',
        `review ${name}: peak memory, 10,000 files / 1,000 files`,
        m10 / m1,
        1.3,
        'x',
        `${m10.toFixed(0)} MiB vs ${m1.toFixed(0)} MiB (peak RSS)`,
      );
    else
      results.push({
        section: 'issue 15',
        name: `review ${name} peak memory`,
        ok: false,
        detail: '/usr/bin/time is missing (Debian package `time`)',
        problems: [],
      });
  }
}
benchPortfolioCommands();
// ---- end of issue 15 ----

rmSync(work, { recursive: true, force: true });
let section = '';
const width = Math.max(...results.map((r) => r.name.length));
for (const r of results) {
  if (r.section !== section) console.log(`\n${(section = r.section)}`);
  const figure = r.unit ? `${r.measured.toFixed(2).padStart(6)} ${r.unit.padEnd(8)} (budget ${r.limit})` : ''.padEnd(33);
  console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(width)}  ${figure}  ${r.detail}`);
  for (const p of r.problems) console.log(`      wrong output: ${p}`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(
  `\n${results.length - failed} passed, ${failed} failed; load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
process.exitCode = failed ? 1 : 0;
