/**
 * `review benchmark` through the real binary: percentiles against an independent computation over
 * the peers' own `review score` figures, anonymity in every format, and the refusal of small groups.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { run } from '../helpers/run.js';

const SOURCE = join(ROOT, 'examples/portfolio');
const TARGET = 'harbour-foods';

/** The figures of `score --format json` this test compares (every file here scores all three). */
interface ScoreJson {
  maturity: { level: number };
  consensus: { value: number };
  ownership: { value: number };
}

/**
 * A portfolio whose peers carry names, periods, folder names and executives that appear nowhere
 * else, so that any leak is visible: each peer's latest file gets period `20NN-Qk` and a name
 * `Secret Peer k`; the folder is `hidden-dir-k`.
 */
function portfolio(peers = Infinity) {
  const root = tempDir('review-benchmark-');
  const secrets: string[] = [];
  let k = 0;
  for (const org of readdirSync(SOURCE).sort()) {
    if (org !== TARGET && k >= peers) continue;
    const dir = join(root, org === TARGET ? org : `hidden-dir-${k}`);
    mkdirSync(dir);
    for (const file of readdirSync(join(SOURCE, org))) {
      let text = readFileSync(join(SOURCE, org, file), 'utf8');
      if (org !== TARGET) {
        const name = /^organisation: (.*)$/m.exec(text)![1]!;
        text = text.replaceAll(name, `Secret Peer ${k}`).replace(/^period: (\d+)$/m, (_, y) => `period: ${y}-Q${(k % 4) + 1}`);
        for (const m of text.matchAll(/^\s+name: ([A-Z][a-z]+ [A-Z][a-z]+)$/gm)) secrets.push(m[1]!);
        secrets.push(`Secret Peer ${k}`, `hidden-dir-${k}`, /^period: (.*)$/m.exec(text)![1]!);
      }
      writeFileSync(join(dir, file), text);
    }
    if (org !== TARGET) k++;
  }
  const own = readFileSync(join(SOURCE, TARGET, '2026.yaml'), 'utf8');
  // A person's name that also appears in the target's own file is not a peer's secret.
  return { root, secrets: [...new Set(secrets)].filter((s) => !own.includes(s)), peers: k };
}

describe('review benchmark', () => {
  const p = portfolio();

  it("gives each measure the percentile, median and quartiles of the peers' own `review score` figures", async () => {
    const r = await run(['benchmark', p.root, '--org', 'Harbour Foods', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b).toMatchObject({ version: 1, organisation: 'Harbour Foods', period: '2026', peers: p.peers });
    // Independent: each peer's latest file scored by `review score`, then ranked and interpolated here.
    const latest = readdirSync(p.root)
      .filter((d) => d !== TARGET)
      .map((d) => join(p.root, d, readdirSync(join(p.root, d)).sort().at(-1)!));
    const scores = await Promise.all(latest.map(async (f) => JSON.parse((await run(['score', f, '--format', 'json'])).stdout)));
    const own = JSON.parse((await run(['score', join(p.root, TARGET, '2026.yaml'), '--format', 'json'])).stdout);
    const figure = {
      maturity: (s: ScoreJson) => s.maturity.level,
      consensus: (s: ScoreJson) => s.consensus.value,
      ownership: (s: ScoreJson) => s.ownership.value,
    };
    for (const [key, of] of Object.entries(figure)) {
      const xs: number[] = scores.map(of).sort((a, b) => a - b);
      const x = of(own);
      const at = (q: number) => {
        const h = (xs.length - 1) * q;
        return xs[Math.floor(h)]! + (h - Math.floor(h)) * (xs[Math.ceil(h)]! - xs[Math.floor(h)]!);
      };
      const below = xs.filter((v) => v < x).length;
      const level = xs.filter((v) => v === x).length;
      expect(b.measures[key].value).toBe(x);
      expect(b.measures[key].percentile).toBeCloseTo((100 * (below + level / 2)) / xs.length, 1);
      expect(b.measures[key].median).toBeCloseTo(at(0.5), 2);
      expect(b.measures[key].q1).toBeCloseTo(at(0.25), 2);
      expect(b.measures[key].q3).toBeCloseTo(at(0.75), 2);
    }
    expect(b.sections.map((s: { id: string }) => s.id)).toEqual(own.sections.map((s: { id: string }) => s.id));
  });

  for (const format of ['text', 'json', 'markdown', 'html']) {
    it(`names, dates and locates no peer in ${format}`, async () => {
      const r = await run(['benchmark', p.root, '--org', 'harbour foods', '--format', format]);
      expect(r.code).toBe(0);
      expect(p.secrets.length).toBeGreaterThan(p.peers * 3);
      const leaked = p.secrets.filter((s) => r.stdout.includes(s) || r.stderr.includes(s));
      expect(leaked).toEqual([]);
      expect(r.stdout).not.toContain(p.root);
      expect(r.stdout).toContain('Harbour Foods');
    });
  }

  it('refuses fewer than 5 peers, and a --min-peers below 3', async () => {
    const small = portfolio(4);
    const r = await run(['benchmark', small.root, '--org', 'Harbour Foods']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('only 4 other organisations found; a benchmark needs at least 5 peers');
    expect((await run(['benchmark', small.root, '--org', 'Harbour Foods', '--min-peers', '4', '--format', 'json'])).code).toBe(0);
    const floor = await run(['benchmark', small.root, '--org', 'Harbour Foods', '--min-peers', '2']);
    expect(floor.code).toBe(2);
    expect(floor.stderr).toContain('--min-peers must be a whole number from 3');
  });

  it('needs --org, and names an organisation it cannot find', async () => {
    expect((await run(['benchmark', p.root])).code).toBe(2);
    const r = await run(['benchmark', p.root, '--org', 'Nobody Ltd']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no review of Nobody Ltd found');
  });
});
