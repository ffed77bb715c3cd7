import { BENCHMARK_VERSION, type Benchmark, type Standing } from '../../core/benchmark.js';
import { safeJson } from '../escape.js';

const standing = (s: Standing) => ({ value: s.value, percentile: s.percentile, median: s.median, q1: s.q1, q3: s.q3, n: s.n });

/** The stable JSON document of DESIGN.md "JSON outputs" (benchmark, version 1): no peer is named. */
export function benchmarkDocument(b: Benchmark): Record<string, unknown> {
  return {
    version: BENCHMARK_VERSION,
    organisation: b.organisation,
    period: b.period,
    peers: b.peers,
    minPeers: b.minPeers,
    measures: {
      maturity: standing(b.measures.maturity),
      consensus: standing(b.measures.consensus),
      ownership: standing(b.measures.ownership),
    },
    sections: b.sections.map((s) => ({ id: s.id, maturity: standing(s.maturity), consensus: standing(s.consensus) })),
    statements: b.statements.map((q) => ({
      statement: q.key,
      level: standing(q.level),
      gap: standing(q.gap),
      disputed: q.disputed,
      peersDisputing: q.peersDisputing,
      unusual: q.unusual,
    })),
    unusualDisputes: b.statements.filter((q) => q.unusual).map((q) => q.key),
  };
}

export const renderBenchmarkJson = (b: Benchmark): string => `${safeJson(benchmarkDocument(b))}\n`;
