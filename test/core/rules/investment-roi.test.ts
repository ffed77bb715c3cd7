import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

const inv = (roi: string) => `investments:\n  - id: crm\n    name: CRM\n    owners: [cio, cmo]\n${roi}`;

describe('investment-roi', () => {
  it('accepts a metric and a target', () => {
    expect(findingsOf('investment-roi', inv('    roi: { metric: repeat rate, target: 0.2 }\n'))).toEqual([]);
  });

  it('warns at the roi when the target is missing', () => {
    expect(findingsOf('investment-roi', inv('    roi: { metric: repeat rate }\n'))).toMatchObject([
      { line: 5, column: 10, message: 'investment "CRM" has no ROI target', target: 'crm' },
    ]);
  });

  it('warns at the investment when there is no roi', () => {
    expect(findingsOf('investment-roi', inv(''))).toMatchObject([
      { line: 2, column: 5, message: 'investment "CRM" has no ROI metric or target' },
    ]);
  });
});
