import { escapeControl } from '../escape.js';
import { describeWaiver, type CheckFormatter } from './model.js';

// Workflow-command escaping, as the GitHub Actions toolkit does it, after the output-safety layer
// (which already shows line breaks as `\n`, so no data can start a command of its own).
const data = (s: string) => escapeControl(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * `::error file=…,line=…,col=…,title=…::message`, one line per finding: annotations on the pull
 * request. A waived finding is a `::notice` that says who waived it, until when and why.
 */
export const renderCheckGithub: CheckFormatter = () => ({
  start: () => '',
  file: ({ findings, suppressed = [] }) => {
    let out = '';
    for (const f of findings) {
      const command = f.severity === 'error' ? 'error' : 'warning';
      out += `::${command} file=${property(f.file)},line=${f.line},col=${f.column},title=${property(`review ${f.rule}`)}::${data(`${f.message} (${f.rule}${f.path ? ` at ${f.path}` : ''})`)}\n`;
    }
    for (const f of suppressed) {
      out += `::notice file=${property(f.file)},line=${f.line},col=${f.column},title=${property(`review ${f.rule} (waived)`)}::${data(`${f.message} (${f.rule}; ${describeWaiver(f.waiver)})`)}\n`;
    }
    return out;
  },
  end: (summary) =>
    `review check: ${summary.errors} error(s), ${summary.warnings} warning(s) in ${summary.files} file(s); ${summary.suppressed} waived\n`,
});
