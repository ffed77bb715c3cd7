import type { RuleMeta } from '../../core/rules/meta.js';
import { wrapWords } from './text.js';

/** The rules paragraph of `review check --help`, from the rules' own data. */
export function rulesHelpParagraph(rules: readonly RuleMeta[]): string {
  const group = (severity: RuleMeta['defaultSeverity']) =>
    rules
      .filter((r) => r.defaultSeverity === severity)
      .map((r) => r.id)
      .join(', ');
  return [
    'Rules by default severity (`review rules <id>` says what each checks, why it matters and how to fix it):',
    ...wrapWords(`error: ${group('error')}`, 100, '  ', '    '),
    ...wrapWords(`warn: ${group('warn')}`, 100, '  ', '    '),
    ...wrapWords(`off until --max-gap / --min turn them on: ${group('off')}`, 100, '  ', '    '),
  ].join('\n');
}
