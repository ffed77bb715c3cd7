/** `review report`: Markdown and HTML snapshots, hostile values, and safe writing of --out. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';
import { tempDir } from '../helpers/temp.js';

const NEW = 'examples/northwind/2026.yaml';
const OLD = 'examples/northwind/2025.yaml';

describe('review report', () => {
  it('makes a self-contained page: no script, no external resource, a strict CSP', async () => {
    const html = (await run(['report', NEW, '--format', 'html'])).stdout;
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).not.toMatch(/<script|<link|@import|url\(|src=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('includes every part the board needs', async () => {
    const md = (await run(['report', NEW, '--previous', OLD, '--today', '2026-04-01'])).stdout;
    expect(md).toContain('**Verdict: Shared concern** (2025: at odds): both executives see the same weaknesses: fix them together.');
    expect(md).toContain('**Meets the agreed rules, with 3 points to improve.**');
    expect(md).toContain('| How well the partnership works (maturity, 1–5) | 3.4 | developing, over 25 statements | +1.1 |');
    expect(md).toContain('| Agreement beyond chance (kappa) | -0.16 | 95% interval -0.49 to 0.16, over 25 statements |  |');
    expect(md).toMatch(
      /## Priorities: weaknesses both agree on\n\n\| Point \| Statement \| CIO \| CMO \|\n.*\n\| Processes across the business \| The contact centre/,
    );
    expect(md).toMatch(
      /## Conversations: where they see it differently\n\n- \*\*IT offers a fast\\-track path.*\*\* \(The CIO's role\): CIO 4, CMO 2, CEO 3; a gap of 2\.\n {2}- CIO: The fast track is written down/,
    );
    expect(md).toContain("The CIO rates IT's role 1\\.0 points higher than the CMO does");
    expect(md).not.toMatch(/each tends to rate|their own side/);
    expect(md).not.toMatch(/line \d+|contested-ownership|blurred-area-owner/);
    expect(md).toContain('| Marketing automation |  | ● owner |  |  | Contested: CIO says joint, CMO says cmo |');
    expect(md).toContain(
      '| CRM re\\-platform | CIO, CMO | 1,200,000 GBP | repeat purchase rate | — | 0.18 | 0.11 | **Behind** | Yes | 100% |',
    );
    expect(md).toMatch(/### Both together\n\n- \*\*Open\*\*: One customer dashboard reported to the board every month/);
    // Every finding has an action naming it, so the board sees actions, not open points.
    expect(md).toContain('| Settle who owns marketing automation at the next CIO\\-CMO meeting | Both together | 2026\\-04\\-30 | Open |');
    expect(md).not.toContain('Open points no action covers yet');
    expect(md).toContain(
      "| Fund the customer data platform's second phase, owned jointly by the CIO and the CMO | 2026\\-06\\-30 | **To decide** |",
    );
    expect(md).toContain('  - CMO: No marketing request has been through it end to end yet\\.');
    const later = (await run(['report', NEW, '--today', '2026-07-01'])).stdout;
    expect(later).toContain(
      '| Run two marketing requests through the fast track and report the lead time | CIO | 2026\\-06\\-30 | **Overdue** |',
    );
  });

  it('escapes hostile values in Markdown, including | in table cells', async () => {
    const r = await run(['report', 'test/fixtures/report/hostile-names.yaml']);
    expect(r.code).toBe(0);
    const md = r.stdout;
    expect(md).not.toMatch(/<script|<iframe|<style>/);
    // Links stay inert: `https://` is broken by a zero-width space written as an entity.
    expect(md).toContain('&lt;iframe src="https:&#8203;//example\\.invalid"&gt;&lt;/iframe&gt;Area \\| with pipe');
    expect(md).toContain('\\!\\[img\\]\\(https:&#8203;//example\\.invalid/x\\.png\\)');
    // Every table row still has as many cells as its header.
    for (const table of md.split('\n\n').filter((b) => b.startsWith('| '))) {
      const counts = table.split('\n').map((line) => line.replace(/\\\|/g, '').split('|').length);
      expect(new Set(counts).size, table).toBe(1);
    }
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e\u2028]/);
  });

  it('writes --out atomically with mode 0600, and never replaces a file without --force', async () => {
    const dir = tempDir('review-out-');
    const out = join(dir, 'board.html');
    const first = await run(['report', NEW, '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    writeFileSync(out, 'keep me');
    const again = await run(['report', NEW, '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`review: ${out} already exists; pass --force to replace it`);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await run(['report', NEW, '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const md = join(dir, 'board.md');
    expect((await run(['report', NEW, '--out', md])).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toMatch(/^# Northwind Retail/);
  });

  it('refuses an unusable review or previous file with exit 2', async () => {
    expect((await run(['report', 'test/fixtures/hostile/anchor.yaml'])).code).toBe(2);
    const r = await run(['report', NEW, '--previous', 'missing.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('review: missing.yaml: no such file or folder');
  });

  it('ends quietly when the reader closes the pipe', async () => {
    const { spawnSync } = await import('node:child_process');
    const { BIN, requireFreshBin } = await import('../helpers/cli.js');
    requireFreshBin();
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${BIN} report ${NEW} --format html | head -1`], { encoding: 'utf8' });
    expect(r.stdout).toBe('<!DOCTYPE html>\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
