import { escapeXml } from '../escape.js';
import { describeWaiver, fails, type CheckFormatter } from './model.js';

/**
 * JUnit XML: one suite per file, one test case per finding. Findings at or above the failing
 * severity are failures; others pass with the warning in system-out; waived ones are skipped, with
 * the waiver as the reason. A clean file is one passing case, so every file checked shows in the
 * CI's test view. The totals open the document, so suites are held until the end (as text, not
 * findings).
 */
export const renderCheckJunit: CheckFormatter = ({ failOn }) => {
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const suites: string[] = [];
  return {
    start: () => '',
    file: ({ file, findings, suppressed = [] }) => {
      const f = escapeXml(file);
      const testcase = (x: { rule: string; path: string }, body: string) =>
        `    <testcase name="${escapeXml(`${x.rule}${x.path ? ` ${x.path}` : ''}`)}" classname="${f}">\n${body}\n    </testcase>`;
      const cases = findings.map((x) => {
        const where = `${escapeXml(x.file)}:${x.line}:${x.column}`;
        const message = escapeXml(x.message);
        return fails(x.severity, failOn)
          ? testcase(x, `      <failure message="${message}" type="${escapeXml(x.rule)}">${where} ${x.severity} ${message}</failure>`)
          : testcase(x, `      <system-out>${where} ${x.severity} ${message}</system-out>`);
      });
      for (const x of suppressed)
        cases.push(testcase(x, `      <skipped message="${escapeXml(`${x.message} (${describeWaiver(x.waiver)})`)}"/>`));
      if (!cases.length) cases.push(`    <testcase name="valid review" classname="${f}"/>`);
      const failed = findings.filter((x) => fails(x.severity, failOn)).length;
      tests += cases.length;
      failures += failed;
      skipped += suppressed.length;
      suites.push(
        `  <testsuite name="${f}" tests="${cases.length}" failures="${failed}" errors="0" skipped="${suppressed.length}">\n${cases.join('\n')}\n  </testsuite>`,
      );
      return '';
    },
    end: () =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="review check" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`,
  };
};
