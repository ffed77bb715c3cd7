import { escapeControl } from '../escape.js';
import type { CheckFormatter } from './model.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * `file:line:col severity message rule`, grouped by file, then one summary line that also says how
 * many findings live waivers silenced (`--format json` lists them with their waivers).
 */
export const renderCheckText: CheckFormatter = ({ paint }) => {
  let withProblems = 0;
  return {
    start: () => '',
    file: ({ file, findings }) => {
      if (!findings.length) return '';
      withProblems++;
      const shown = escapeControl(file);
      let out = '';
      for (const f of findings) {
        const where = paint.underline(`${shown}:${f.line}:${f.column}`);
        const severity = f.severity === 'error' ? paint.red('error') : paint.yellow('warn ');
        out += `${where} ${severity} ${escapeControl(f.message)}  ${paint.dim(f.rule)}\n`;
      }
      return `${out}\n`;
    },
    end: (summary) => {
      const problems = summary.errors + summary.warnings;
      const waived = summary.suppressed ? paint.dim(`; ${plural(summary.suppressed, 'finding')} waived (listed with --format json)`) : '';
      const tail = problems
        ? (summary.errors ? paint.red : paint.yellow)(
            paint.bold(
              `✖ ${plural(problems, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}) in ${withProblems} of ${plural(summary.files, 'file')}`,
            ),
          )
        : paint.green(`✔ ${plural(summary.files, 'file')} checked, no problems`);
      return `${tail}${waived}\n`;
    },
  };
};
