import { safeJson } from '../escape.js';
import type { CheckRenderer } from './model.js';

/** The stable JSON document of DESIGN.md: `{ version: 1, files, summary }`. */
export const renderCheckJson: CheckRenderer = ({ files, summary }) =>
  `${safeJson({
    version: 1,
    files: files.map(({ file, findings }) => ({
      file,
      findings: findings.map((f) => ({
        rule: f.rule,
        severity: f.severity,
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        path: f.path,
        ...(f.target !== undefined ? { target: f.target } : {}),
      })),
    })),
    summary,
  })}\n`;
