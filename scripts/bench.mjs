// npm run bench: the speed budgets of DESIGN.md, measured against `node -e 0` in the same run.
// Runs are interleaved (floor, command, floor, command...) so machine noise hits both sides alike.
// Prints medians and ratios; exits 1 when a budget is exceeded.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/review.js');
const runs = Number(process.env.BENCH_RUNS ?? 15);
const work = mkdtempSync(join(tmpdir(), 'review-bench-'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function time(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Median of the command and of `node -e 0`, interleaved. */
function compare(args, n = runs) {
  time(['-e', '0']);
  time(args); // warm the file cache
  const floor = [];
  const cmd = [];
  for (let i = 0; i < n; i++) {
    floor.push(time(['-e', '0']));
    cmd.push(time(args));
  }
  return { floor: median(floor), cmd: median(cmd) };
}

/** Peak resident memory of one run, in MiB, from /proc while it runs is unreliable; GNU time is exact. */
function peakMiB(args) {
  if (!existsSync('/usr/bin/time')) return null;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : null;
}

// A folder of typical files: the 2026 example under 1,000 organisation names.
const example = readFileSync(join(root, 'examples/northwind/2026.yaml'), 'utf8');
function folder(n) {
  const dir = join(work, `folder-${n}`);
  mkdirSync(dir);
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `org-${String(i).padStart(4, '0')}.yaml`), example.replace('Northwind Retail', `Organisation ${i}`));
  return dir;
}
const f100 = folder(100);
const f1000 = folder(1000);

// A file just under 1 MiB with about 3,000 blurred areas.
const header = example.slice(0, example.indexOf('blurredAreas:'));
let areas = '';
for (let i = 0; areas.length + header.length < 1024 * 1024 - 400; i++) {
  areas +=
    `  - id: area-${i}\n    name: Blurred area ${i}, from lead funnel to service response\n    owner: ${i % 9 === 0 ? 'joint' : 'cmo'}\n` +
    `    claims: { cio: ${i % 5 === 0 ? 'cio' : 'cmo'}, cmo: cmo }\n` +
    `    process: Monthly joint triage; the CMO decides, the CIO signs off anything touching security or customer data.\n` +
    `    boardReporting: quarterly\n    notes: Raised at the March workshop; revisit after the platform review.\n`;
}
const big = join(work, 'big.yaml');
writeFileSync(big, `${header}blurredAreas:\n${areas}`);
const bigAreas = (areas.match(/^ {2}- id:/gm) ?? []).length;
const bigBytes = Buffer.byteLength(readFileSync(big));
copyFileSync(big, join(work, 'big-copy.yaml'));

const results = [];
function budget(name, measured, limit, unit, detail) {
  results.push({ name, measured, limit, unit, ok: measured <= limit, detail });
}

const version = compare([bin, '--version']);
budget('review --version', version.cmd / version.floor, 2.5, 'x node -e 0', `${version.cmd.toFixed(0)} ms vs ${version.floor.toFixed(0)} ms`);

const one = compare([bin, 'check', 'examples/northwind/2026.yaml']);
budget('review check (one example file)', one.cmd / one.floor, 4.5, 'x node -e 0', `${one.cmd.toFixed(0)} ms vs ${one.floor.toFixed(0)} ms`);

const many = compare([bin, 'check', f1000], Math.max(3, Math.round(runs / 5)));
budget('review check (1,000 files)', many.cmd / 1000, 8, 'ms per file', `${(many.cmd / 1000).toFixed(2)} ms/file, ${many.cmd.toFixed(0)} ms total (${((many.cmd / many.floor) || 0).toFixed(1)}x node -e 0)`);

// Memory flat: the live set must not grow with the number of files. V8 lets the heap grow before
// it collects, so peak RSS says little; instead the 1,000-file run must finish inside a 32 MiB
// old-generation cap, which a per-file leak of even 40 KB would exceed. Peak RSS is shown as well.
const capped = spawnSync(process.execPath, ['--max-old-space-size=32', bin, 'check', f1000], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
const mem100 = peakMiB([bin, 'check', f100]);
const mem1000 = peakMiB([bin, 'check', f1000]);
results.push({
  name: 'memory flat (1,000 files, 32 MiB heap cap)',
  measured: capped.status === 0 || capped.status === 1 ? 1 : 0,
  limit: 1,
  unit: '',
  ok: capped.status === 0 || capped.status === 1,
  detail: `${capped.status === 0 || capped.status === 1 ? 'completed' : `failed (${capped.status ?? capped.signal})`}; peak RSS ${mem1000?.toFixed(0)} MiB for 1,000 files, ${mem100?.toFixed(0)} MiB for 100`,
});

const large = compare([bin, 'check', big], Math.max(5, Math.round(runs / 2)));
budget(`review check (${(bigBytes / 1048576).toFixed(2)} MiB, ${bigAreas} areas)`, large.cmd / 1000, 0.6, 's', `${large.cmd.toFixed(0)} ms (${(large.cmd / large.floor).toFixed(1)}x node -e 0)`);

const width = Math.max(...results.map((r) => r.name.length));
console.log(`review bench: ${runs} interleaved runs, medians; node -e 0 median ${version.floor.toFixed(0)} ms on this machine\n`);
for (const r of results) {
  const figure = r.unit ? `${r.measured.toFixed(2).padStart(6)} ${r.unit.padEnd(12)} (budget ${r.limit})` : ''.padEnd(33);
  console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(width)}  ${figure}  ${r.detail}`);
}
rmSync(work, { recursive: true, force: true });
const failed = results.filter((r) => !r.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
