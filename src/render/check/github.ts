import { escapeControl } from '../escape.js';
import type { CheckRenderer } from './model.js';

// Workflow-command escaping, as the GitHub Actions toolkit does it, after the output-safety layer
// (which already shows line breaks as `\n`, so no data can start a command of its own).
const data = (s: string) => escapeControl(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,col=…,title=…::message`, one line per finding: annotations on the pull request. */
export const renderCheckGithub: CheckRenderer = ({ files, summary }) => {
  const lines: string[] = [];
  for (const { findings } of files) {
    for (const f of findings) {
      const command = f.severity === 'error' ? 'error' : 'warning';
      lines.push(`::${command} file=${property(f.file)},line=${f.line},col=${f.column},title=${property(`review ${f.rule}`)}::${data(`${f.message} (${f.rule}${f.path ? ` at ${f.path}` : ''})`)}`);
    }
  }
  lines.push(`review check: ${summary.errors} error(s), ${summary.warnings} warning(s) in ${summary.files} file(s)`);
  return `${lines.join('\n')}\n`;
};
