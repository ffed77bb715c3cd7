/**
 * `review check` over hostile folders and arguments: links never lead out of the folder, a FIFO or
 * device never blocks the run, every per-file problem is a located finding and the run goes on,
 * pipes named explicitly are read fully; --exclude, --latest and --rule as DESIGN.md has them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, requireFreshBin, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { run } from '../helpers/run.js';

const BAD = join(ROOT, 'examples/failing/orphan-area.yaml');
const GOOD = join(ROOT, 'examples/northwind/2026.yaml');
const OLD = join(ROOT, 'examples/northwind/2025.yaml');

interface Json {
  files: {
    file: string;
    findings: { rule: string; severity: string; message: string; line: number; column: number }[];
    suppressed: unknown[];
  }[];
  summary: { files: number; errors: number; warnings: number; suppressed: number };
}

const check = async (args: string[], cwd: string) => {
  const r = await run(['check', ...args, '--format', 'json', '--today', '2026-06-01'], { cwd });
  return { ...r, json: r.stdout ? (JSON.parse(r.stdout) as Json) : undefined };
};

const folder = () => tempDir('review-inputs-');

describe('reading a folder', () => {
  it('never follows a link out of the folder, and never quotes the target', async () => {
    const outside = folder();
    const secret = join(outside, 'credentials');
    writeFileSync(secret, 'aws_secret_access_key = AKIAEXAMPLESECRET\n');
    const dir = folder();
    mkdirSync(join(dir, 'reviews'));
    copyFileSync(GOOD, join(dir, 'reviews/2026.yaml'));
    symlinkSync(secret, join(dir, 'reviews/leak.yaml'));
    symlinkSync(join(dir, 'reviews/2026.yaml'), join(dir, 'reviews/inside-link.yaml'));
    const r = await check(['reviews'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('AKIA');
    expect(r.stdout).not.toContain(outside);
    const leak = r.json!.files.find((f) => f.file === 'reviews/leak.yaml')!;
    expect(leak.findings).toEqual([
      expect.objectContaining({
        rule: 'schema',
        severity: 'error',
        line: 1,
        column: 1,
        message: 'is a link to a file outside the folder being checked; not followed',
      }),
    ]);
    // A link inside the folder is followed: the same findings as its target.
    const inside = r.json!.files.find((f) => f.file === 'reviews/inside-link.yaml')!;
    const target = r.json!.files.find((f) => f.file === 'reviews/2026.yaml')!;
    expect(inside.findings.map((f) => f.message)).toEqual(target.findings.map((f) => f.message));
  });

  it('reports a dangling link, a loop, a FIFO, a socket and a bad file name as findings, without blocking, and goes on', async () => {
    const dir = folder();
    copyFileSync(BAD, join(dir, 'a-bad.yaml'));
    copyFileSync(GOOD, join(dir, 'z-good.yaml'));
    symlinkSync(join(dir, 'missing.yaml'), join(dir, 'dangling.yaml'));
    symlinkSync(join(dir, 'loop-b.yaml'), join(dir, 'loop-a.yaml'));
    symlinkSync(join(dir, 'loop-a.yaml'), join(dir, 'loop-b.yaml'));
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    symlinkSync(join(dir, 'fifo.yaml'), join(dir, 'link-to-fifo.yaml'));
    const server = createServer().listen(join(dir, 'socket.yaml'));
    await new Promise((ok) => server.once('listening', ok));
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.yaml')]), readFileSync(GOOD));
    try {
      // The hang guard is ten times what the run takes: a blocking read of the FIFO would hit it.
      const r = runCli(['check', '.', '--format', 'json', '--today', '2026-06-01'], { cwd: dir, timeout: 20_000 });
      expect(r.signal).toBeNull();
      expect(r.code).toBe(1);
      const byFile = Object.fromEntries(
        JSON.parse(r.stdout).files.map((f: Json['files'][number]) => [f.file, f.findings.map((x) => x.message)]),
      );
      expect(byFile).toMatchObject({
        'dangling.yaml': ['is a link to nothing (dangling); not read'],
        'loop-a.yaml': ['is a loop of links; not read'],
        'fifo.yaml': ['is a named pipe, not a regular file; not read'],
        'link-to-fifo.yaml': ['links to a named pipe, not a regular file; not read'],
        'socket.yaml': ['is a socket, not a regular file; not read'],
        'caf\\xE9.yaml': ['the file name is not valid UTF-8; rename it (not read)'],
      });
      // The run went on: both real files were checked.
      const errorsOf = (name: string) =>
        JSON.parse(r.stdout)
          .files.find((f: Json['files'][number]) => f.file === name)
          .findings.filter((x: { severity: string }) => x.severity === 'error').length;
      expect(errorsOf('a-bad.yaml')).toBe(3);
      expect(errorsOf('z-good.yaml')).toBe(0);
      expect(byFile['z-good.yaml'].length).toBeGreaterThan(0);
    } finally {
      server.close();
    }
  });

  it('still fails the gate (exit 2) for a path named on the command line that does not exist', async () => {
    // Named after a good file: still nothing printed but the error, not half a JSON document.
    const r = await run(['check', GOOD, 'nope.yaml', '--format', 'json'], { cwd: folder() });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('review: nope.yaml: no such file or folder\n');
  });
});

describe('reading a pipe named explicitly', () => {
  it('reads /dev/stdin fully', async () => {
    const r = runCli(['check', '/dev/stdin', '--format', 'json', '--today', '2026-06-01'], { input: readFileSync(BAD, 'utf8') });
    expect(r.code).toBe(1);
    expect(
      JSON.parse(r.stdout)
        .files[0].findings.filter((f: { severity: string }) => f.severity === 'error')
        .map((f: { rule: string }) => f.rule),
    ).toEqual(['blurred-area-owner', 'owner-known', 'waiver-expired']);
  });

  it('reads a named pipe and a process substitution fully, for score too', async () => {
    const dir = folder();
    const fifo = join(dir, 'answers.fifo');
    execFileSync('mkfifo', [fifo]);
    requireFreshBin();
    const child = spawn(process.execPath, [BIN, 'score', fifo, '--format', 'json'], { cwd: dir });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    writeFileSync(fifo, readFileSync(GOOD));
    const code = await new Promise((ok) => child.on('close', ok));
    expect(code).toBe(0);
    expect(JSON.parse(out).organisation).toBe('Northwind Retail');
    requireFreshBin();
    const sub = execFileSync('bash', ['-c', `node "${BIN}" check <(cat "${BAD}") --format json; echo "status=$?"`], { encoding: 'utf8' });
    expect(sub).toContain('status=1');
    expect(sub).toContain('"rule": "blurred-area-owner"');
  });
});

describe('--exclude, --latest and --rule', () => {
  const tree = () => {
    const dir = folder();
    mkdirSync(join(dir, 'reviews/2026'), { recursive: true });
    copyFileSync(OLD, join(dir, 'reviews/2025.yaml'));
    copyFileSync(GOOD, join(dir, 'reviews/2026.yaml'));
    copyFileSync(BAD, join(dir, 'reviews/2026/northwind.cio.yaml'));
    return dir;
  };

  it('--exclude leaves out names at any depth and folders with everything under them', async () => {
    const dir = tree();
    const files = async (args: string[]) => (await check(['reviews', ...args], dir)).json!.files.map((f) => f.file);
    expect(await files([])).toEqual(['reviews/2025.yaml', 'reviews/2026.yaml', 'reviews/2026/northwind.cio.yaml']);
    expect(await files(['--exclude', '*.cio.yaml'])).toEqual(['reviews/2025.yaml', 'reviews/2026.yaml']);
    expect(await files(['--exclude', 'reviews/2026/**', '--exclude', '2025.yaml'])).toEqual(['reviews/2026.yaml']);
    expect(await files(['-x', 'reviews/2026'])).toEqual(['reviews/2025.yaml', 'reviews/2026.yaml']);
    expect(await files(['--exclude', 'reviews/{2025,2026}.yaml'])).toEqual(['reviews/2026/northwind.cio.yaml']);
    const none = await run(['check', 'reviews', '--exclude', '**'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no .yaml or .yml files found in reviews (after --exclude)');
  });

  it('--latest checks only the newest period of each organisation; unreadable files are always checked', async () => {
    const dir = tree();
    writeFileSync(
      join(dir, 'reviews/other-2024.yaml'),
      readFileSync(OLD, 'utf8')
        .replace(/^organisation: .*$/m, 'organisation: Other Ltd')
        .replace(/^period: .*$/m, 'period: 2024'),
    );
    writeFileSync(join(dir, 'reviews/broken.yaml'), 'schemaVersion: 1\norganisation: [\n');
    const r = await check(['reviews', '--latest', '--exclude', '*.cio.yaml'], dir);
    expect(r.json!.files.map((f) => f.file)).toEqual(['reviews/2026.yaml', 'reviews/broken.yaml', 'reviews/other-2024.yaml']);
    expect(r.json!.summary.files).toBe(3);
    // Last year's history no longer fails today's build.
    const history = await check(
      ['reviews', '--exclude', '*.cio.yaml', '--exclude', 'broken.yaml', '--exclude', 'other-*', '--fail-on', 'warn'],
      dir,
    );
    expect(history.code).toBe(1);
    expect(
      (
        await check(
          [
            'reviews',
            '--latest',
            '--exclude',
            '*.cio.yaml',
            '--exclude',
            'broken.yaml',
            '--exclude',
            'other-*',
            '--rule',
            'contested-ownership=off',
          ],
          dir,
        )
      ).code,
    ).toBe(0);
  });

  it('--rule takes exactly one value per flag: the file after it is a file', async () => {
    const r = await run(['check', '--rule', 'blurred-area-owner=warn', BAD, '--format', 'json', '--today', '2026-06-01']);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout);
    expect(j.files[0].findings.find((f: { rule: string }) => f.rule === 'blurred-area-owner').severity).toBe('warn');
    const two = await run(['check', '-r', 'blurred-area-owner=off', '-r', 'owner-known=off', '-r', 'waiver-expired=off', BAD]);
    expect(two.code).toBe(0);
  });
});
