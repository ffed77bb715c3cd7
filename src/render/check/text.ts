import { escapeControl } from '../escape.js';
import type { CheckRenderer } from './model.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `file:line:col severity message rule`, grouped by file, then one summary line. */
export const renderCheckText: CheckRenderer = ({ files, summary }, { paint }) => {
  const blocks: string[] = [];
  for (const { file, findings } of files) {
    if (!findings.length) continue;
    const lines = findings.map((f) => {
      const where = paint.underline(`${escapeControl(file)}:${f.line}:${f.column}`);
      const severity = f.severity === 'error' ? paint.red('error') : paint.yellow('warn ');
      return `${where} ${severity} ${escapeControl(f.message)}  ${paint.dim(f.rule)}`;
    });
    blocks.push(lines.join('\n'));
  }
  const problems = summary.errors + summary.warnings;
  const withProblems = files.filter((f) => f.findings.length).length;
  const tail = problems
    ? (summary.errors ? paint.red : paint.yellow)(
        paint.bold(
          `✖ ${plural(problems, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}) in ${withProblems} of ${plural(summary.files, 'file')}`,
        ),
      )
    : paint.green(`✔ ${plural(summary.files, 'file')} checked, no problems`);
  return `${blocks.length ? `${blocks.join('\n\n')}\n\n` : ''}${tail}\n`;
};
