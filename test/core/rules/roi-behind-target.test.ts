import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

const investment = (roi: string) => `investments:\n  - id: crm\n    name: CRM re-platform\n    owners: [cio, cmo]\n    roi: ${roi}\n`;

describe('roi-behind-target', () => {
  it.each([
    ['{ metric: repeat purchase rate, target: 0.18, actual: 0.18 }'],
    ['{ metric: repeat purchase rate, target: 0.18, actual: 0.2, direction: up }'],
    ['{ metric: cost per acquired customer, target: 38, actual: 35, direction: down }'],
    ['{ metric: cost per acquired customer, target: 38 }'],
    ['{ metric: cost per acquired customer, target: 38, actual: null }'],
    ['{ metric: cost per acquired customer, actual: 41 }'],
  ])('accepts %s', (roi) => {
    expect(findingsOf('roi-behind-target', investment(roi))).toEqual([]);
  });

  it('warns at the actual when lower is better and it is higher, saying the direction in words', () => {
    expect(
      findingsOf(
        'roi-behind-target',
        investment('{ metric: cost per acquired customer, baseline: 52, target: 38, actual: 41, direction: down, due: 2026-12-31 }'),
      ),
    ).toEqual([
      {
        line: 5,
        column: 82,
        severity: 'warn',
        message:
          'investment "CRM re-platform" is behind its ROI target: cost per acquired customer is 41 against a target of 38, where lower is better (due 2026-12-31)',
        path: 'investments[0].roi.actual',
        target: 'crm',
      },
    ]);
  });

  it('reads a missing direction as up', () => {
    const body = investment('\n      metric: repeat purchase rate\n      target: 0.18\n      actual: 0.11\n');
    expect(findingsOf('roi-behind-target', body)).toEqual([
      {
        line: 8,
        column: 15,
        severity: 'warn',
        message:
          'investment "CRM re-platform" is behind its ROI target: repeat purchase rate is 0.11 against a target of 0.18, where higher is better',
        path: 'investments[0].roi.actual',
        target: 'crm',
      },
    ]);
  });

  it('names the measure generically when it has no metric', () => {
    expect(findingsOf('roi-behind-target', investment('{ target: 10, actual: 4 }'))[0]!.message).toBe(
      'investment "CRM re-platform" is behind its ROI target: the ROI measure is 4 against a target of 10, where higher is better',
    );
  });
});
