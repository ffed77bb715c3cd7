import type { Finding, SuppressedFinding } from '../../core/finding.js';
import { RULE_METAS } from '../../core/rules/index.js';
import { safeJson } from '../escape.js';
import { ruleMarkdownBody } from '../rules/markdown.js';
import { ruleHelpText } from '../rules/text.js';
import { nestedJson, type CheckFormatter } from './model.js';

/**
 * A path as a SARIF `artifactLocation.uri`: a relative reference, percent-encoded segment by
 * segment (so spaces, `%`, `#`, `?` and a `name:` that looks like a scheme stay part of the path),
 * or a `file:` URI for an absolute path.
 */
export function pathToUri(path: string): string {
  const absolute = path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
  const segments = path
    .replace(/\\/g, '/')
    .split('/')
    // A lone surrogate cannot be percent-encoded; it becomes U+FFFD, as in any UTF-8 file name.
    .map((s) => encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')));
  return absolute ? `file://${segments[0] ? '/' : ''}${segments.join('/')}` : segments.join('/');
}

const index = new Map(RULE_METAS.map((r, i) => [r.id, i]));

function result(f: Finding | SuppressedFinding) {
  const waiver = 'waiver' in f ? f.waiver : undefined;
  return {
    ruleId: f.rule,
    ruleIndex: index.get(f.rule),
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: pathToUri(f.file) },
          region: { startLine: f.line, startColumn: f.column },
        },
        ...(f.path ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }] } : {}),
      },
    ],
    ...(waiver
      ? {
          suppressions: [
            {
              kind: 'inSource',
              status: 'accepted',
              justification: waiver.reason,
              properties: { approvedBy: waiver.approvedBy, expires: waiver.expires },
            },
          ],
        }
      : {}),
    ...(f.target !== undefined ? { properties: { target: f.target } } : {}),
  };
}

/**
 * SARIF 2.1.0 for code-scanning dashboards, valid against its schema for any input, written
 * result by result. A waived finding is a result with a `suppressions` entry whose justification
 * is the waiver's reason.
 */
export const renderCheckSarif: CheckFormatter = ({ version }) => {
  let first = true;
  const rules = RULE_METAS.map((r) => ({
    id: r.id,
    name: r.id,
    shortDescription: { text: r.description },
    fullDescription: { text: `${r.description} ${r.rationale}` },
    help: { text: ruleHelpText(r), markdown: ruleMarkdownBody(r) },
    defaultConfiguration: { level: r.defaultSeverity === 'error' ? 'error' : r.defaultSeverity === 'warn' ? 'warning' : 'none' },
  }));
  return {
    start: () => {
      const head = safeJson({
        $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'review', version, rules } }, columnKind: 'utf16CodeUnits', results: [] }],
      });
      // Open the results array: everything up to its `[`.
      return head.slice(0, head.lastIndexOf('"results": [') + '"results": ['.length);
    },
    file: ({ findings, suppressed = [] }) => {
      let out = '';
      for (const f of [...findings, ...suppressed]) {
        out += `${first ? '\n' : ',\n'}        ${nestedJson(result(f), 8)}`;
        first = false;
      }
      return out;
    },
    end: () => `${first ? '' : '\n      '}]\n    }\n  ]\n}\n`,
  };
};
