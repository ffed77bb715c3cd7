/** render/check/*: every `review check --format`, from findings made by hand. */
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { FileFindings } from '../../src/core/finding.js';
import { CHECK_FORMATS } from '../../src/render/check/index.js';
import { renderCheck, type CheckReport } from '../../src/render/check/model.js';
import { plain } from '../../src/render/paint.js';

const RESULT: FileFindings = {
  file: 'reviews/2026.yaml',
  findings: [
    {
      rule: 'owner-known',
      severity: 'error',
      message: 'the area `social` has no owner: 50% of it, say',
      file: 'reviews/2026.yaml',
      line: 12,
      column: 5,
      path: 'blurredAreas[social].owner',
    },
    {
      rule: 'board-reporting',
      severity: 'warn',
      message: 'not reported\nto the board',
      file: 'reviews/2026.yaml',
      line: 20,
      column: 7,
      path: '',
    },
  ],
  suppressed: [
    {
      rule: 'waiver-expired',
      severity: 'error',
      message: 'waived one',
      file: 'reviews/2026.yaml',
      line: 30,
      column: 3,
      path: 'waivers[0]',
      waiver: { reason: 'Reported in the COO pack.', approvedBy: 'Dana Whitfield', expires: '2026-09-30' },
    },
  ],
};
const REPORT: CheckReport = { files: [RESULT], summary: { files: 1, errors: 1, warnings: 1, suppressed: 1 } };
const render = async (format: keyof typeof CHECK_FORMATS, failOn: 'error' | 'warn' = 'error') =>
  renderCheck(await CHECK_FORMATS[format](), REPORT, { paint: plain, failOn, version: '9.9.9' });

describe('check renderers', () => {
  it('text: each finding at file:line:col with its rule, then the summary', async () => {
    const out = await render('text');
    expect(out).toContain('reviews/2026.yaml:12:5');
    expect(out).toContain('owner-known');
    expect(out).toContain('reviews/2026.yaml:20:7');
    expect(out).not.toContain('not reported\nto the board');
  });

  it('github: one workflow command per finding, data and properties escaped', async () => {
    const lines = (await render('github')).trimEnd().split('\n');
    expect(lines).toEqual([
      '::error file=reviews/2026.yaml,line=12,col=5,title=review owner-known::the area `social` has no owner: 50%25 of it, say (owner-known at blurredAreas[social].owner)',
      expect.stringMatching(
        /^::warning file=reviews\/2026\.yaml,line=20,col=7,title=review board-reporting::not reported.*to the board \(board-reporting\)$/,
      ),
      '::notice file=reviews/2026.yaml,line=30,col=3,title=review waiver-expired (waived)::waived one (waiver-expired; waived until 2026-09-30, approved by Dana Whitfield: Reported in the COO pack.)',
      'review check: 1 error(s), 1 warning(s) in 1 file(s); 1 waived',
    ]);
  });

  it('json: the findings and the summary as data', async () => {
    const j = JSON.parse(await render('json'));
    expect(j.summary).toEqual({ files: 1, errors: 1, warnings: 1, suppressed: 1 });
    expect(j.files[0].findings.map((f: { rule: string; line: number; column: number }) => [f.rule, f.line, f.column])).toEqual([
      ['owner-known', 12, 5],
      ['board-reporting', 20, 7],
    ]);
  });

  it('junit: well-formed; a warning fails only with --fail-on warn', async () => {
    const onError = await render('junit');
    const onWarn = await render('junit', 'warn');
    expect(XMLValidator.validate(onError)).toBe(true);
    expect(XMLValidator.validate(onWarn)).toBe(true);
    expect(onError).toContain('failures="1"');
    expect(onWarn).toContain('failures="2"');
  });

  it('sarif: 2.1.0 with the version, a result per finding located by region', async () => {
    const sarif = JSON.parse(await render('sarif'));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.version).toBe('9.9.9');
    const owner = run.results.find((r: { ruleId: string }) => r.ruleId === 'owner-known');
    expect(owner.level).toBe('error');
    expect(owner.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'reviews/2026.yaml' },
      region: { startLine: 12, startColumn: 5 },
    });
  });
});
