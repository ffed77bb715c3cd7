import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

/** Success criteria written in the body (lines count from it), the header's own left out. */
const missed = (body: string, extra: { today?: string } = {}) => findingsOf('criterion-missed', body, { criteria: '', ...extra });

const criteria = (joint: string) =>
  `successCriteria:\n  cio: [{ id: uptime, text: Checkout availability 99.95%, status: met }]\n  cmo: [{ id: leads, text: Lead-to-order conversion up 10% }]\n  joint:\n    - id: customer-dashboard\n      text: One customer dashboard reported to the board every month\n${joint}`;

describe('criterion-missed', () => {
  it.each([
    ['open, due later', '      due: 2026-12-31\n      status: open\n'],
    ['open, due today', '      due: 2026-06-01\n'],
    ['open, no due date', '      status: open\n'],
    ['met after its date', '      due: 2026-03-31\n      status: met\n'],
    ['dropped after its date', '      due: 2026-03-31\n      status: dropped\n'],
  ])('accepts a criterion %s', (_, joint) => {
    expect(missed(criteria(joint))).toEqual([]);
  });

  it('warns at the status of a missed criterion', () => {
    expect(missed(criteria('      due: 2026-12-31\n      status: missed\n'))).toEqual([
      {
        line: 8,
        column: 15,
        severity: 'warn',
        message: 'the joint success criterion "One customer dashboard reported to the board every month" (customer-dashboard) was missed',
        path: 'successCriteria.joint[0].status',
        target: 'joint/customer-dashboard',
      },
    ]);
  });

  it('warns at the due date of a criterion still open after it', () => {
    expect(missed(criteria('      due: 2026-05-31\n'))).toEqual([
      {
        line: 7,
        column: 12,
        severity: 'warn',
        message:
          'the joint success criterion "One customer dashboard reported to the board every month" (customer-dashboard) was due on 2026-05-31 and is still open: mark it met, missed or dropped, or set a new date',
        path: 'successCriteria.joint[0].due',
        target: 'joint/customer-dashboard',
      },
    ]);
  });

  it('judges the due date against --today', () => {
    expect(missed(criteria('      due: 2026-05-31\n'), { today: '2026-05-31' })).toEqual([]);
  });

  it("names the CIO's and the CMO's criteria, in flow style too", () => {
    const body =
      'successCriteria:\n  cio: [{ id: uptime, text: Checkout availability 99.95%, status: missed }]\n  cmo: [{ id: leads, text: Lead-to-order conversion up 10%, due: 2026-01-31 }]\n';
    expect(missed(body)).toEqual([
      {
        line: 2,
        column: 67,
        severity: 'warn',
        message: 'the CIO\'s success criterion "Checkout availability 99.95%" (uptime) was missed',
        path: 'successCriteria.cio[0].status',
        target: 'cio/uptime',
      },
      {
        line: 3,
        column: 66,
        severity: 'warn',
        message:
          'the CMO\'s success criterion "Lead-to-order conversion up 10%" (leads) was due on 2026-01-31 and is still open: mark it met, missed or dropped, or set a new date',
        path: 'successCriteria.cmo[0].due',
        target: 'cmo/leads',
      },
    ]);
  });

  it('shortens a long criterion to one readable line', () => {
    const long = `Every ${'customer-facing '.repeat(20)}service is reported`;
    const [f] = missed(`successCriteria:\n  joint:\n    - id: long\n      text: ${long}\n      status: missed\n`);
    expect(f!.message).toBe(`the joint success criterion "Every${' customer-facing'.repeat(4)}…" (long) was missed`);
  });
});
