/** The terminal view of a benchmark: where this organisation stands, figure by figure. */
import type { Benchmark } from '../../core/benchmark.js';
import { escapeControl as e } from '../escape.js';
import { fixed } from '../format.js';
import type { Paint } from '../paint.js';
import { MEASURE_ROWS, ordinal, positionBar, spread } from './model.js';

export function renderBenchmarkText(b: Benchmark, { paint }: { paint: Paint }): string {
  const out: string[] = [];
  out.push(paint.bold(`${e(b.organisation)}, ${e(b.period)}, against ${b.peers} anonymous peers (each peer's latest review)`));
  out.push(
    paint.dim('  value  percentile  peers: lower quartile · median · upper quartile   ● this organisation, │ median, ▒ middle half'),
  );
  out.push('');
  for (const [key, label, scale] of MEASURE_ROWS) {
    const s = b.measures[key];
    const [min, max] = key === 'maturity' ? [1, 5] : [0, 100];
    out.push(
      `  ${label.padEnd(10)} ${fixed(s.value).padStart(5)}  ${ordinal(s.percentile).padStart(5)}  ${positionBar(s, min, max)}  ${spread(s)}  ${paint.dim(`(${scale})`)}`,
    );
  }
  out.push('');
  out.push(paint.bold('The five points') + paint.dim('   maturity (percentile) | consensus (percentile)'));
  const width = Math.max(...b.sections.map((s) => e(s.title).length), 10);
  for (const s of b.sections) {
    out.push(
      `  ${e(s.title).padEnd(width)}  ${fixed(s.maturity.value).padStart(4)} (${ordinal(s.maturity.percentile)})  |  ${fixed(s.consensus.value).padStart(5)} (${ordinal(s.consensus.percentile)})   ${paint.dim(`peers ${spread(s.maturity)} | ${spread(s.consensus)}`)}`,
    );
  }
  out.push('');
  out.push(paint.bold('Disputed here, and unusual among the peers'));
  const unusual = b.statements.filter((q) => q.unusual);
  if (!unusual.length)
    out.push(
      b.statements.some((q) => q.disputed) ? '  None: the peers dispute these statements too.' : '  None: no statement is disputed here.',
    );
  for (const q of unusual)
    out.push(
      `  ${e(q.key)}: gap ${q.gap.value}, disputed by ${Math.round((q.peersDisputing ?? 0) * 100)}% of peers  ${paint.dim(e(q.text))}`,
    );
  const shared = b.statements.filter((q) => q.disputed && !q.unusual);
  if (shared.length) out.push(paint.dim(`  Disputed here and common among the peers: ${shared.map((q) => e(q.key)).join(', ')}`));
  return `${out.join('\n')}\n`;
}
