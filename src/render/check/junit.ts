import { escapeXml } from '../escape.js';
import { fails, type CheckRenderer } from './model.js';

/**
 * JUnit XML: one suite per file, one test case per finding. Findings at or above the failing
 * severity are failures; others pass with the warning in system-out. A clean file is one passing
 * case, so every file checked shows in the CI's test view.
 */
export const renderCheckJunit: CheckRenderer = ({ files }, { failOn }) => {
  let tests = 0;
  let failures = 0;
  const suites = files.map(({ file, findings }) => {
    const f = escapeXml(file);
    const cases = findings.length
      ? findings.map((x) => {
          const name = escapeXml(`${x.rule}${x.path ? ` ${x.path}` : ''}`);
          const where = `${escapeXml(x.file)}:${x.line}:${x.column}`;
          const message = escapeXml(x.message);
          return fails(x.severity, failOn)
            ? `    <testcase name="${name}" classname="${f}">\n      <failure message="${message}" type="${x.rule}">${where} ${x.severity} ${message}</failure>\n    </testcase>`
            : `    <testcase name="${name}" classname="${f}">\n      <system-out>${where} ${x.severity} ${message}</system-out>\n    </testcase>`;
        })
      : [`    <testcase name="valid review" classname="${f}"/>`];
    const failed = findings.filter((x) => fails(x.severity, failOn)).length;
    tests += cases.length;
    failures += failed;
    return `  <testsuite name="${f}" tests="${cases.length}" failures="${failed}" errors="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="review check" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
};
