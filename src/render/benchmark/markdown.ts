/** The benchmark as Markdown; no peer is named, dated or located. */
import type { Benchmark, Standing } from '../../core/benchmark.js';
import { escapeMarkdown as m } from '../escape.js';
import { fixed } from '../format.js';
import { MEASURE_ROWS, ordinal } from './model.js';

const cells = (s: Standing) =>
  `${fixed(s.value)} | ${ordinal(s.percentile)} | ${fixed(s.q1)} | ${fixed(s.median)} | ${fixed(s.q3)} | ${s.n}`;

export function renderBenchmarkMarkdown(b: Benchmark): string {
  const out: string[] = [];
  out.push(`# ${m(b.organisation)}, ${m(b.period)}: against ${b.peers} anonymous peers`);
  out.push('');
  out.push(
    "Each peer counts once, by its latest review. Percentile: the share of peers below, plus half of those level. Quartiles interpolate between peers' figures.",
  );
  out.push('');
  out.push('| Measure | Value | Percentile | Lower quartile | Median | Upper quartile | Peers |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [key, label, scale] of MEASURE_ROWS) out.push(`| ${label} (${scale}) | ${cells(b.measures[key])} |`);
  out.push('');
  out.push('## The five points');
  out.push('');
  out.push('| Point | Measure | Value | Percentile | Lower quartile | Median | Upper quartile | Peers |');
  out.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const s of b.sections) {
    out.push(`| ${m(s.title)} | Maturity | ${cells(s.maturity)} |`);
    out.push(`| ${m(s.title)} | Consensus | ${cells(s.consensus)} |`);
  }
  out.push('');
  out.push('## Disputed here, and unusual among the peers');
  out.push('');
  const unusual = b.statements.filter((q) => q.unusual);
  if (!unusual.length) out.push('None.');
  for (const q of unusual)
    out.push(`- ${m(q.text)} (gap ${q.gap.value}; disputed by ${Math.round((q.peersDisputing ?? 0) * 100)}% of peers)`);
  out.push('');
  out.push('## Every statement (level: the mean of the two ratings)');
  out.push('');
  out.push('| Statement | Level | Percentile | Peers median | Gap | Peers median gap | Disputed here |');
  out.push('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const q of b.statements)
    out.push(
      `| ${m(q.key)} | ${fixed(q.level.value)} | ${ordinal(q.level.percentile)} | ${fixed(q.level.median)} | ${q.gap.value} | ${fixed(q.gap.median)} | ${q.disputed ? (q.unusual ? 'yes, unusual' : 'yes') : ''} |`,
    );
  return `${out.join('\n')}\n`;
}
