/** `review check` as a user and a CI job see it: exit codes and every output format. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, requireFreshBin, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { run } from '../helpers/run.js';

const GOOD = 'examples/northwind/2026.yaml';
const BAD = 'examples/failing/orphan-area.yaml';

describe('review check', () => {
  it('passes the 2026 example with warnings, exit 0', async () => {
    const r = await run(['check', GOOD, '--today', '2026-04-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${GOOD}:146:13 warn  ownership of "Marketing automation" is contested`);
    expect(r.stdout).toContain(
      `${GOOD}:172:64 warn  investment "CRM re-platform" is behind its ROI target: repeat purchase rate is 0.11 against a target of 0.18, where higher is better  roi-behind-target`,
    );
    expect(r.stdout).toContain('✖ 3 problems (0 errors, 3 warnings) in 1 of 1 file');
    // Later in the year its actions fall due: the same file then warns that they are overdue.
    expect((await run(['check', GOOD, '--today', '2026-07-01'])).stdout).toContain(
      'warn  action "Run two marketing requests through the fast track and report the lead time" was due on 2026-06-30 and is still open: mark it done or dropped, or set a new date  action-overdue',
    );
  });

  it('fails the failing example, exit 1, each line file:line:col severity message rule', async () => {
    const r = await run(['check', BAD]);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').filter((l) => l.includes(' error '))).toEqual([
      `${BAD}:32:12 error blurred area "Social media" has only the placeholder \`tbd\` as owner: name who is accountable (cio, cmo, joint or another executive)  blurred-area-owner`,
      `${BAD}:37:12 error owner \`cmoo\` is not \`joint\` or a key of executives (cio or cmo); did you mean \`cmo\`?  owner-known`,
      `${BAD}:59:14 error the waiver of board-reporting for \`social-media\` expired on 2026-01-31: renew it with a new date or fix the finding  waiver-expired`,
    ]);
  });

  it('walks folders recursively, sorted, and groups by file', async () => {
    const r = await run(['check', 'examples', '--exclude', 'examples/portfolio', '--today', '2026-06-01']);
    expect(r.code).toBe(1);
    const files = [...r.stdout.matchAll(/^(examples\/[^:]+):\d+:\d+ /gm)].map((m) => m[1]);
    expect([...new Set(files)]).toEqual([
      'examples/failing/orphan-area.yaml',
      'examples/northwind/2025.yaml',
      'examples/northwind/2026.yaml',
      'examples/northwind/2027.yaml',
      'examples/northwind/2028.yaml',
      'examples/schema-v1/northwind-2025.yaml',
    ]);
    expect(r.stdout).toMatch(/in 6 of 6 files; \d+ findings? waived \(listed with --format json\)\n$/);
  });

  it('writes the JSON document of DESIGN.md', async () => {
    const r = await run(['check', BAD, GOOD, '--format', 'json', '--today', '2026-04-01']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.version).toBe(1);
    expect(json.summary).toEqual({ files: 2, errors: 3, warnings: 9, suppressed: 1 });
    // The 2026 example waives board-reporting for one area: shown, with its waiver, not dropped.
    expect(json.files[0].suppressed).toEqual([]);
    expect(json.files[1].suppressed).toEqual([
      expect.objectContaining({
        rule: 'board-reporting',
        severity: 'warn',
        file: GOOD,
        target: 'contact-centre',
        waiver: { reason: expect.any(String), approvedBy: 'Dana Whitfield', approved: '2026-03-31', expires: '2027-03-31' },
      }),
    ]);
    expect(json.files[0].findings.find((f: { rule: string }) => f.rule === 'blurred-area-owner')).toEqual({
      rule: 'blurred-area-owner',
      severity: 'error',
      message: expect.stringContaining('Social media'),
      file: BAD,
      line: 32,
      column: 12,
      path: 'blurredAreas[0].owner',
      target: 'social-media',
    });
  });

  it('annotates the right line for GitHub Actions', async () => {
    const r = await run(['check', BAD, GOOD, '--format', 'github', '--today', '2026-04-01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `::error file=${BAD},line=32,col=12,title=review blurred-area-owner::blurred area "Social media" has only the placeholder \`tbd\` as owner%3A`.replace(
        '%3A',
        ':',
      ),
    );
    expect(r.stdout).toMatch(
      /^::warning file=examples\/northwind\/2026.yaml,line=146,col=13,title=review contested-ownership::ownership of "Marketing automation" is contested/m,
    );
  });

  it('writes well-formed JUnit XML with failures for errors only', async () => {
    const r = await run([
      'check',
      BAD,
      GOOD,
      'test/fixtures/hostile/control-chars-name.yaml',
      'test/fixtures/hostile/nul-bytes.yaml',
      '--format',
      'junit',
    ]);
    expect(r.code).toBe(1);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    expect(r.stdout).toMatch(/<testsuites name="review check" tests="\d+" failures="6" errors="0" skipped="1">/);
    expect(r.stdout).toContain('<failure message="blurred area &quot;Social media&quot;');
    expect(r.stdout).toContain('&quot;Evil \\x1B[31mred');
  });

  it('counts warnings as failures with --fail-on warn', async () => {
    expect((await run(['check', GOOD, '--fail-on', 'warn', '--today', '2026-04-01'])).code).toBe(1);
    const junit = (await run(['check', GOOD, '--fail-on', 'warn', '--format', 'junit', '--today', '2026-04-01'])).stdout;
    expect(junit).toContain('failures="3"');
  });

  it('writes SARIF 2.1.0 with rules and regions', async () => {
    const r = await run(['check', BAD, '--format', 'sarif']);
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const sarifRun = sarif.runs[0];
    expect(sarifRun.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('blurred-area-owner');
    const first = sarifRun.results.find((x: { ruleId: string }) => x.ruleId === 'blurred-area-owner');
    expect(first).toMatchObject({
      ruleId: 'blurred-area-owner',
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: BAD }, region: { startLine: 32, startColumn: 12 } } }],
    });
    expect(sarifRun.tool.driver.rules[first.ruleIndex].id).toBe('blurred-area-owner');
  });

  it('changes severities with --rule, and turns rules off', async () => {
    const r = await run(['check', GOOD, '--rule', 'contested-ownership=error', '--today', '2026-04-01']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error ownership of "Marketing automation"');
    const off = await run(['check', BAD, '--rule', 'blurred-area-owner=off,owner-known=off', '--rule', 'waiver-expired=warn']);
    expect(off.code).toBe(0);
  });

  it('judges waivers against --today', async () => {
    expect((await run(['check', BAD, '--rule', 'blurred-area-owner=off,owner-known=off', '--today', '2026-01-31'])).code).toBe(0);
    expect((await run(['check', BAD, '--rule', 'blurred-area-owner=off,owner-known=off', '--today', '2026-02-01'])).code).toBe(1);
  });

  it('turns on min-score and max-gap when given', async () => {
    const min = await run([
      'check',
      GOOD,
      '--min',
      'maturity=3.5',
      '--min',
      'consensus=50',
      '--min',
      'ownership=95',
      '--today',
      '2026-04-01',
    ]);
    expect(min.code).toBe(1);
    expect(min.stdout).toContain('error maturity is 3.4 (1–5), below the required 3.5  min-score');
    expect(min.stdout).toContain('error ownership is 92.3 (0–100), below the required 95  min-score');
    expect(min.stdout).not.toContain('consensus is');
    expect((await run(['check', GOOD, '--min', 'maturity=3.4', '--min', 'consensus=55', '--today', '2026-04-01'])).code).toBe(0);
    const gap = await run(['check', GOOD, '--max-gap', '1']);
    expect(gap.code).toBe(1);
    expect(gap.stdout).toContain('the CIO (4) and the CMO (2) are 2 apart on `accelerated-path`, more than the allowed 1  max-gap');
  });

  describe('usage errors exit 2 with a message and no stack trace', () => {
    it.each([
      [['check', 'no/such/file.yaml'], /review: no\/such\/file.yaml: no such file or folder/],
      [['check'], /missing required argument 'path'/],
      [['check', GOOD, '--rule', 'owner-knwn=off'], /unknown rule `owner-knwn`; did you mean `owner-known`\?/],
      [['check', GOOD, '--rule', 'owner-known'], /--rule takes id=off\|warn\|error/],
      [['check', GOOD, '--format', 'xml'], /argument 'xml' is invalid. Allowed choices are text, json, github, junit, sarif/],
      [['check', GOOD, '--min', 'maturity=high'], /--min maturity must be a number from 1 to 5, not `high`/],
      [['check', GOOD, '--min', 'consensus=101'], /--min consensus must be a number from 0 to 100/],
      [['check', GOOD, '--min', 'index=60'], /--min takes maturity=N, consensus=N or ownership=N \(one per flag\)/],
      [['check', GOOD, '--min-score', '60'], /unknown option '--min-score'/],
      [['check', GOOD, '--today', '2026-13-01'], /--today must be a date written YYYY-MM-DD/],
      [['chekc', GOOD], /unknown command 'chekc'\n\(Did you mean check\?\)/],
      [['check', 'test/fixtures'], /^/],
      [[], /Usage: review/],
    ])('review %j', async (args, message) => {
      const r = await run(args as string[]);
      if ((args as string[])[1] === 'test/fixtures') {
        // A folder whose files are all hostile is not a usage error: it fails with findings.
        expect(r.code).toBe(1);
        return;
      }
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });

    it('says when a folder holds no review files', async () => {
      const dir = tempDir('review-empty-');
      const r = await run(['check', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('no .yaml or .yml files found');
    });
  });

  it('colours only on a terminal or with FORCE_COLOR, never with NO_COLOR or --no-color', async () => {
    const ESC = '\u001b[';
    expect((await run(['check', BAD])).stdout).not.toContain(ESC);
    expect((await run(['check', BAD], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await run(['check', BAD, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await run(['check', BAD], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await run(['check', BAD, '--format', 'json'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('ends quietly with status 0 when the reader closes the pipe', async () => {
    // Output well past a pipe's buffer: 40 files of 100 listed findings each (one rule lists at
    // most 100 per file), warnings only, so the run earns status 0.
    const dir = tempDir('review-pipe-');
    const areas = Array.from(
      { length: 100 },
      (_, i) => `  - id: a${i}\n    name: Area ${i}\n    owner: tbd\n    boardReporting: quarterly\n`,
    ).join('');
    const rated = 'sections:\n  - id: cio-role\n    questions:\n      - { id: q, text: Q, ratings: { cio: 3, cmo: 3 } }\n';
    for (let f = 0; f < 40; f++) {
      writeFileSync(
        join(dir, `many-${f}.yaml`),
        `schemaVersion: 1\norganisation: X\nperiod: 2026\nexecutives:\n  cio: { name: A }\n  cmo: { name: B }\n${rated}blurredAreas:\n${areas}`,
      );
    }
    requireFreshBin();
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${BIN} check ${dir} --rule blurred-area-owner=warn | head -1`], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(2);
  });
});

describe('review --version, --help and schema', () => {
  it('prints the version of the package (the bin, as installed)', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
  });

  it('shows an example in every command help', async () => {
    for (const cmd of ['check', 'schema']) {
      const r = await run([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Examples:\n {2}\$ review /);
    }
  });

  it('prints a JSON Schema that matches the committed copy beside the examples', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'organisation', 'period', 'executives', 'sections']));
    expect(schema.properties.blurredAreas.items.properties.boardReporting).toBeDefined();
    expect(schema.properties.blurredAreas.items.additionalProperties).toBe(false);
    const { readFileSync } = await import('node:fs');
    expect(JSON.parse(readFileSync('examples/review.schema.json', 'utf8'))).toEqual(schema);
  });
});
