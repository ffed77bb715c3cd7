import type { Finding } from '../../core/finding.js';
import { nestedJson, type CheckFormatter } from './model.js';

const finding = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  message: f.message,
  file: f.file,
  line: f.line,
  column: f.column,
  path: f.path,
  ...(f.target !== undefined ? { target: f.target } : {}),
});

/**
 * The stable JSON document of DESIGN.md, `{ version: 1, files, summary }`, written file by file;
 * the text is the same as `JSON.stringify(document, null, 2)` with unsafe characters escaped.
 */
export const renderCheckJson: CheckFormatter = () => {
  let first = true;
  return {
    start: () => '{\n  "version": 1,\n  "files": [',
    file: ({ file, findings, suppressed = [] }) => {
      const text = `${first ? '\n' : ',\n'}    ${nestedJson({ file, findings: findings.map(finding), suppressed: suppressed.map((s) => ({ ...finding(s), waiver: s.waiver })) }, 4)}`;
      first = false;
      return text;
    },
    end: (summary) => `${first ? '' : '\n  '}],\n  "summary": ${nestedJson(summary, 2)}\n}\n`,
  };
};
