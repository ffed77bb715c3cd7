/**
 * The trend page in a real headless Chromium (Debian's, driven by playwright-core), alone and as
 * the last page of the board report: no console error, no network request, one line chart per
 * measure with a point per period at the right height, readable at 390 px, printable on A4.
 * Outside CI it skips with a notice when Chromium is not installed; in CI it must run.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';

const CHROMIUM = process.env.REVIEW_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCI = Boolean(process.env.CI);
if (!available && !inCI)
  console.warn(
    `\n  NOTICE: ${CHROMIUM} not found; the browser test of the trend page is skipped here (apt-get install chromium). CI always runs it.\n`,
  );

const OUT = join(ROOT, 'test/e2e/__output__');
const work = tempDir('review-trend-html-');

describe.runIf(available || inCI)('the trend page in Chromium', () => {
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

  async function visit(html: string, name: string): Promise<{ page: Page; problems: string[] }> {
    const file = join(work, name);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width: 1120, height: 900 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      if (r.url() !== url) problems.push(`network request: ${r.url()}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, problems };
  }

  it('draws a line chart per measure with a point per period at its value, and prints', async () => {
    const r = runCli([
      'trend',
      'examples/northwind/2025.yaml',
      'examples/northwind/2026.yaml',
      'examples/northwind/2027.yaml',
      '--format',
      'html',
    ]);
    expect(r.code).toBe(0);
    const { page, problems } = await visit(r.stdout, 'trend.html');
    for (const [chart, values] of [
      ['maturity', [2.3, 3.4, 3.5]],
      ['consensus', [27.5, 55, 66.1]],
      ['ownership', [33.3, 92.3, 96.4]],
    ] as const) {
      const svg = page.locator(`svg[data-chart="${chart}"]`);
      expect(await svg.locator('polyline').count()).toBe(1);
      const points = await svg.locator('circle').evaluateAll((cs) =>
        cs.map((c) => ({
          period: c.getAttribute('data-period'),
          value: Number(c.getAttribute('data-value')),
          y: Number(c.getAttribute('cy')),
        })),
      );
      expect(points.map((p) => p.period)).toEqual(['2025', '2026', '2027']);
      expect(points.map((p) => p.value)).toEqual(values);
      // Higher values are drawn higher (smaller y), so the line reads the right way up.
      expect(points[0]!.y).toBeGreaterThan(points[2]!.y);
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
    }
    expect(await page.locator('table[data-table="actions"] tbody tr').count()).toBe(9);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(2);
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, 'trend-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1120, height: 900 });
    await page.screenshot({ path: join(OUT, 'trend.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(1);
    expect(problems).toEqual([]);
  });

  it('adds the trend as the last page of the board report', async () => {
    const file = join(work, 'board-trend.html');
    const r = runCli(['report', 'examples/northwind/2027.yaml', '--trend', 'examples/northwind', '--today', '2027-03-15', '--out', file]);
    expect(r.code).toBe(0);
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    page.on('request', (q) => {
      if (q.url() !== pathToFileURL(file).href) problems.push(q.url());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    expect(await page.locator('section[data-section="trend"] svg[data-chart]').count()).toBe(3);
    expect(await page.locator('svg[data-chart="radar"]').count()).toBe(1);
    expect(await page.locator('section[data-section="trend"] h2').textContent()).toBe('Over the years: 2025 to 2028');
    expect(problems).toEqual([]);
  });
});
