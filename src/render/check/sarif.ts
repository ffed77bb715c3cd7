import { RULE_METAS } from '../../core/rules/index.js';
import { safeJson } from '../escape.js';
import type { CheckRenderer } from './model.js';

/** SARIF 2.1.0, for code-scanning dashboards. */
export const renderCheckSarif: CheckRenderer = ({ files }, { version }) => {
  const rules = RULE_METAS.map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: r.description },
    defaultConfiguration: { level: r.defaultSeverity === 'error' ? 'error' : r.defaultSeverity === 'warn' ? 'warning' : 'none' },
  }));
  const index = new Map(RULE_METAS.map((r, i) => [r.id, i]));
  const results = files.flatMap(({ findings }) =>
    findings.map((f) => ({
      ruleId: f.rule,
      ruleIndex: index.get(f.rule),
      level: f.severity === 'error' ? 'error' : 'warning',
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: f.file.split('\\').join('/') },
            region: { startLine: f.line, startColumn: f.column },
          },
          ...(f.path ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }] } : {}),
        },
      ],
      ...(f.target !== undefined ? { properties: { target: f.target } } : {}),
    })),
  );
  return `${safeJson({
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'review', version, rules } }, results }],
  })}\n`;
};
