/**
 * The HTML report in a real headless Chromium (Debian's, driven by playwright-core): no console
 * error, no network request, a radar with five axes and two series, prints on A4 and Letter, and
 * hostile names shown as text. Outside CI it skips with a notice when Chromium is not installed;
 * in CI it must run (.ci/run installs Chromium).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const CHROMIUM = process.env.REVIEW_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCI = Boolean(process.env.CI);
if (!available && !inCI) {
  console.warn(
    `\n  NOTICE: ${CHROMIUM} not found; the browser test of the HTML report is skipped here. Install Debian's chromium (apt-get install chromium) to run it; CI always runs it.\n`,
  );
}

const OUT = join(ROOT, 'test/e2e/__output__');
const work = tempDir('review-report-');

function report(args: string[], name: string): string {
  const file = join(work, name);
  const r = runCli(['report', ...args, '--format', 'html', '--out', file]);
  expect(r.stderr).toContain(`Wrote ${file}`);
  expect(r.code).toBe(0);
  return file;
}

interface Visit {
  page: Page;
  problems: string[];
}

describe.runIf(available || inCI)('review report --format html in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function visit(file: string): Promise<Visit> {
    const page = await browser.newPage({ viewport: { width: 1120, height: 900 } });
    const problems: string[] = [];
    const url = pathToFileURL(file).href;
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (r.url() !== url) problems.push(`network request: ${r.url()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, problems };
  }

  it('renders the Northwind report with no error and no request, and a radar of five axes and two series', async () => {
    const file = report(
      ['examples/northwind/2026.yaml', '--previous', 'examples/northwind/2025.yaml', '--today', '2026-04-01'],
      'board.html',
    );
    const { page, problems } = await visit(file);
    expect(await page.locator('svg[data-chart="radar"] g.axis').count()).toBe(5);
    expect(await page.locator('svg[data-chart="radar"] g.series').count()).toBe(2);
    for (const series of ['cio', 'cmo']) {
      expect(await page.locator(`g.series[data-series="${series}"] polygon`).count()).toBe(1);
      expect(await page.locator(`g.series[data-series="${series}"] .marker`).count()).toBe(5);
      expect(await page.locator(`g.legend[data-legend="${series}"]`).count()).toBe(1);
    }
    const axes = await page.locator('svg[data-chart="radar"] g.axis').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-axis')));
    expect(axes).toEqual(['cio-role', 'cmo-role', 'boundaries', 'digital-investments', 'processes']);
    // The radar is drawn inside its box: every marker within the viewBox.
    const box = await page.locator('svg[data-chart="radar"]').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(await page.locator('[data-figure="verdict"]').getAttribute('data-verdict')).toBe('shared-concern');
    expect(await page.locator('[data-figure="verdict"]').textContent()).toBe('Shared concern');
    expect(await page.locator('[data-figure="verdict-change"]').textContent()).toBe('2025: At odds');
    expect(await page.locator('[data-figure="gate"]').textContent()).toBe('Meets the agreed rules, with 3 points to improve');
    expect(await page.locator('[data-figure="maturity"]').textContent()).toBe('3.4 ▲ +1.1');
    expect(await page.locator('[data-figure="consensus"]').textContent()).toBe('55.0 ▲ +27.5');
    expect(await page.locator('[data-figure="bias"]').count()).toBe(2);
    expect(await page.locator('table[data-table="conversations"] tbody tr').count()).toBe(3);
    expect(await page.locator('table[data-table="ownership"] tbody tr').count()).toBe(7);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'board.png'), fullPage: true });
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      writeFileSync(join(OUT, `board-${format}.pdf`), pdf);
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages, `${format} pages`).toBeGreaterThanOrEqual(2);
      expect(pages, `${format} pages`).toBeLessThanOrEqual(4);
    }
    expect(problems).toEqual([]);
  });

  it("shows the version 2 example: decisions, actions overdue first, each side's evidence, criteria with status, ROI direction", async () => {
    const file = report(
      ['examples/northwind/2027.yaml', '--previous', 'examples/northwind/2026.yaml', '--today', '2027-03-15'],
      'board-2027.html',
    );
    const { page, problems } = await visit(file);
    const text = async (selector: string) => (await page.locator(selector).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(await text('table[data-table="decisions"] tbody tr')).toEqual([
      'Replace the contact-centre desktop with one service platform for digital and phone enquiries 2027-03-31 To decide',
      "Fund the customer data platform's second phase, owned jointly by the CIO and the CMO 2026-06-30 Approved",
    ]);
    const statuses = await page
      .locator('table[data-table="actions"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
    // On 15 March 2027 the action due 28 February is overdue and comes first; done and dropped come last.
    expect(statuses).toEqual(['overdue', 'open', 'open', 'open', 'open', 'done', 'done', 'done', 'dropped']);
    expect((await text('table[data-table="actions"] tbody tr'))[0]).toBe(
      'Settle who owns marketing automation at the next CIO-CMO meeting Both together 2027-02-28 Overdue',
    );
    expect(await text('table[data-table="conversations"] .evidence')).toEqual([
      'CIO: The launch checklist was skipped twice under campaign deadlines.',
      'CMO: Both launches went live on time and nothing failed.',
    ]);
    expect(await page.locator('.criteria li[data-status="met"]').count()).toBe(1);
    expect(await page.locator('.criteria li[data-status="missed"]').count()).toBe(1);
    const roi = await text('table[data-table="investments"] tbody tr');
    expect(roi[2]).toContain('lower is better');
    expect(roi[2]).toContain('Behind');
    expect(roi[0]).toContain('On target');
    expect(await page.locator('#h-waivers').count()).toBe(1);
    expect(await page.content()).not.toMatch(/line \d+|contested-ownership|blurred-area-owner|roi-behind-target/);
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(2);
    await page.screenshot({ path: join(OUT, 'board-2027-390.png'), fullPage: true });
    mkdirSync(OUT, { recursive: true });
    await page.setViewportSize({ width: 1120, height: 900 });
    await page.screenshot({ path: join(OUT, 'board-2027.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('shows hostile names as text: no script runs, no request leaves, no markup is injected', async () => {
    const file = report(['test/fixtures/report/hostile-names.yaml'], 'hostile.html');
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script|<iframe|<img|<svg onload|<style>body|onmouseover="|href=["']?javascript:/i);
    const { page, problems } = await visit(file);
    expect(await page.locator('h1').textContent()).toBe("<script>alert('org')</script> & Sons | Ltd · 2026");
    expect(await page.locator('table[data-table="ownership"] tbody tr').first().locator('td').first().textContent()).toBe(
      '<iframe src="https://example.invalid"></iframe>Area | with pipe',
    );
    expect(await page.locator('script, iframe, img, style:not(head style)').count()).toBe(0);
    expect(await page.getByText('Priya \\x1B[31mred\\x1B[0m', { exact: false }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(OUT, 'hostile.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
