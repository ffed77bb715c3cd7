/**
 * The machine formats of `review check` for any input: SARIF valid against the official SARIF
 * 2.1.0 schema (shipped by @microsoft/jest-sarif) with percent-encoded relative URIs and waived
 * findings as suppressions; JSON in DESIGN.md's shape, streamed yet byte-identical to one
 * stringify; waived findings visible in every format.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/main.js';
import { pathToUri } from '../../src/render/check/sarif.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { run } from '../helpers/run.js';
import { fakeIO } from '../helpers/fake-io.js';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
// The official schema's `language` pattern is not valid in Unicode mode; everything else is checked.
// Both are CommonJS: their classes and functions are the `default` of what Node imports.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validateSarif = ajv.compile(schema);

function expectValidSarif(text: string, where: string) {
  const doc = JSON.parse(text);
  const ok = validateSarif(doc);
  expect(ok ? [] : validateSarif.errors, where).toEqual([]);
  return doc;
}

const HOSTILE = join(ROOT, 'test/fixtures/hostile');
const GOOD = 'examples/northwind/2026.yaml';

describe('SARIF', () => {
  it('is valid against the SARIF 2.1.0 schema for every hostile fixture and the examples', async () => {
    const dir = tempDir('review-sarif-');
    for (const name of readdirSync(HOSTILE)) copyFileSync(join(HOSTILE, name), join(dir, name));
    const { io, out } = fakeIO(dir);
    expect(await main(['check', '.', '--format', 'sarif', '--today', '2026-06-01'], io)).toBe(1);
    const doc = expectValidSarif(out(), 'hostile corpus');
    expect(doc.runs[0].results.length).toBeGreaterThan(100);
    expectValidSarif((await run(['check', 'examples', '--format', 'sarif', '--today', '2026-06-01'])).stdout, 'examples');
  });

  it.each([
    ['with space.yaml', 'with%20space.yaml'],
    ['100%.yaml', '100%25.yaml'],
    ['a#b?c.yaml', 'a%23b%3Fc.yaml'],
    ['https:evil.yaml', 'https%3Aevil.yaml'],
    ['Zoë ✓.yaml', 'Zo%C3%AB%20%E2%9C%93.yaml'],
    ['sub dir/[x].yaml', 'sub%20dir/%5Bx%5D.yaml'],
  ])('writes %s as the relative reference %s', async (name, uri) => {
    expect(pathToUri(name)).toBe(uri);
    const dir = tempDir('review-uri-');
    mkdirSync(join(dir, 'sub dir'));
    copyFileSync(join(ROOT, 'examples/failing/orphan-area.yaml'), join(dir, name));
    // Found in a folder, as CI meets it (named as an argument, `https:evil.yaml` would read as REV:path).
    const { io, out } = fakeIO(dir);
    await main(['check', '.', '--format', 'sarif', '--today', '2026-06-01'], io);
    const doc = expectValidSarif(out(), name);
    expect(doc.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(uri);
  });

  it('writes an absolute path as a file: URI', async () => {
    expect(pathToUri('/tmp/a b/c.yaml')).toBe('file:///tmp/a%20b/c.yaml');
  });

  it('carries waived findings as suppressions, with the reason as justification', async () => {
    const r = await run(['check', GOOD, '--format', 'sarif', '--today', '2026-06-01']);
    const doc = expectValidSarif(r.stdout, GOOD);
    const waived = doc.runs[0].results.filter((x: { suppressions?: unknown }) => x.suppressions);
    expect(waived).toEqual([
      expect.objectContaining({
        ruleId: 'board-reporting',
        suppressions: [
          {
            kind: 'inSource',
            status: 'accepted',
            justification: "Reported inside the COO's operations pack until the service review closes.",
            properties: { approvedBy: 'Dana Whitfield', expires: '2027-03-31' },
          },
        ],
      }),
    ]);
  });
});

describe('waived findings in every format', () => {
  const args = ['check', GOOD, '--today', '2026-04-01'];

  it('text says how many were waived', async () => {
    expect((await run(args)).stdout).toMatch(
      /✖ 3 problems \(0 errors, 3 warnings\) in 1 of 1 file; 1 finding waived \(listed with --format json\)\n$/,
    );
  });

  it('JSON lists them under suppressed with the waiver, and counts them', async () => {
    const j = JSON.parse((await run([...args, '--format', 'json'])).stdout);
    expect(j.summary).toEqual({ files: 1, errors: 0, warnings: 3, suppressed: 1 });
    expect(j.files[0].suppressed).toEqual([
      {
        rule: 'board-reporting',
        severity: 'warn',
        message: expect.stringContaining('says nothing about board reporting'),
        file: GOOD,
        line: expect.any(Number),
        column: expect.any(Number),
        path: expect.stringMatching(/^blurredAreas\[\d+\]/),
        target: 'contact-centre',
        waiver: {
          reason: "Reported inside the COO's operations pack until the service review closes.",
          approvedBy: 'Dana Whitfield',
          approved: '2026-03-31',
          expires: '2027-03-31',
        },
      },
    ]);
  });

  it('GitHub shows each as a notice with who waived it, until when and why', async () => {
    expect((await run([...args, '--format', 'github'])).stdout).toMatch(
      /^::notice file=examples\/northwind\/2026\.yaml,line=\d+,col=\d+,title=review board-reporting \(waived\)::.*says nothing about board reporting.*\(board-reporting; waived until 2027-03-31, approved by Dana Whitfield: Reported inside the COO's operations pack until the service review closes\.\)$/m,
    );
  });

  it('JUnit skips each, with the waiver as the message', async () => {
    const xml = (await run([...args, '--format', 'junit'])).stdout;
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.testsuites['@_skipped']).toBe('1');
    expect(xml).toMatch(/<skipped message="[^"]*waived until 2027-03-31, approved by Dana Whitfield[^"]*"\/>/);
  });

  it('a waiver that has expired silences nothing', async () => {
    const j = JSON.parse((await run(['check', GOOD, '--today', '2027-04-01', '--format', 'json'])).stdout);
    expect(j.summary.suppressed).toBe(0);
    expect(j.files[0].findings.map((f: { rule: string }) => f.rule)).toContain('board-reporting');
  });
});

describe('JSON streamed file by file', () => {
  it('is the same text as one JSON.stringify of the document', async () => {
    for (const paths of [['examples'], [GOOD], ['examples/failing/orphan-area.yaml']]) {
      const out = (await run(['check', ...paths, '--format', 'json', '--today', '2026-06-01'])).stdout;
      expect(out).toBe(`${JSON.stringify(JSON.parse(out), null, 2)}\n`);
    }
  });
});

describe('SARIF rules', () => {
  it('describes every rule with the text `review rules` shows: fullDescription and help in text and Markdown', async () => {
    const { io, out } = fakeIO(ROOT);
    await main(['check', GOOD, '--format', 'sarif', '--today', '2026-06-01'], io);
    const rules = expectValidSarif(out(), GOOD).runs[0].tool.driver.rules;
    const owner = rules.find((r: { id: string }) => r.id === 'blurred-area-owner');
    expect(owner.fullDescription.text).toContain('An area nobody is accountable for');
    expect(owner.help.text).toContain('How to fix it: Set `owner` to the executive who is accountable');
    expect(owner.help.text).toContain('    owner: cmo          # not tbd');
    expect(owner.help.markdown).toContain('**Why it matters.** Blurred areas are where');
    expect(owner.help.markdown).toContain('```yaml\nblurredAreas:');
    for (const r of rules) {
      expect(r.help.text.length, r.id).toBeGreaterThan(100);
      expect(r.help.markdown, r.id).toContain('**How to fix it.**');
    }
  });
});
