import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../helpers/review-text.js';

/** One statement under digital-investments (line 13 of the whole file holds its ratings, value at column 18). */
const investmentsStatement = (ratings: string) =>
  'sections:\n  - id: digital-investments\n    questions:\n      - id: investments-reported-jointly\n' +
  '        text: In the last twelve months, every digital investment was reported to the board by the CIO and the CMO together.\n' +
  `        ratings: ${ratings}\n`;

const areasStatement = (ratings: string) =>
  'sections:\n  - id: boundaries\n    questions:\n      - id: areas-reported-to-board\n' +
  '        text: In the last twelve months, the board received a report on every blurred area.\n' +
  `        ratings: ${ratings}\n`;

const INVESTMENTS = (crm: boolean, app: boolean) =>
  `investments:\n  - { id: crm, name: CRM re-platform, owners: [cio, cmo], jointReporting: ${crm} }\n  - { id: app, name: Mobile app, owners: [cio, cmo], jointReporting: ${app} }\n`;

const run = (sections: string, body: string, extra: { template?: string } = {}) =>
  findingsOf('perception-contradicts-record', `${extra.template ? `template: ${extra.template}\n` : ''}${body}`, {
    sections,
    absolute: true,
  });

describe('perception-contradicts-record', () => {
  it('warns at the ratings when both agree that every investment is reported jointly and one is not', () => {
    expect(run(investmentsStatement('{ cio: 4, cmo: 5 }'), INVESTMENTS(true, false))).toEqual([
      {
        line: 13,
        column: 18,
        severity: 'warn',
        path: 'sections[0].questions[0].ratings',
        target: 'digital-investments/investments-reported-jointly',
        message:
          'both the CIO (4) and the CMO (5) agree with "In the last twelve months, every digital investment was reported to the board by…", but the file records "Mobile app" as not reported jointly; check the record or the ratings',
      },
    ]);
  });

  it('warns when both disagree while the record says every investment is reported jointly', () => {
    expect(run(investmentsStatement('{ cio: 2, cmo: 1 }'), INVESTMENTS(true, true))).toMatchObject([
      {
        line: 13,
        column: 18,
        message: expect.stringMatching(
          /^both the CIO \(2\) and the CMO \(1\) disagree with .*, but the file records that all 2 investments are reported jointly; check the record or the ratings$/,
        ),
      },
    ]);
  });

  it('is silent when the ratings match the record, differ from each other, or are not both numbers', () => {
    expect(run(investmentsStatement('{ cio: 5, cmo: 5 }'), INVESTMENTS(true, true))).toEqual([]);
    expect(run(investmentsStatement('{ cio: 1, cmo: 2 }'), INVESTMENTS(true, false))).toEqual([]);
    expect(run(investmentsStatement('{ cio: 3, cmo: 3 }'), INVESTMENTS(false, false))).toEqual([]);
    expect(run(investmentsStatement('{ cio: 5, cmo: 2 }'), INVESTMENTS(false, false))).toEqual([]);
    expect(run(investmentsStatement('{ cio: 5, cmo: unsure }'), INVESTMENTS(false, false))).toEqual([]);
  });

  it('is silent when the record has nothing to compare with', () => {
    expect(run(investmentsStatement('{ cio: 5, cmo: 5 }'), '')).toEqual([]);
  });

  it('compares "every blurred area reaches the board" with each area\'s boardReporting, naming the areas', () => {
    const body =
      'blurredAreas:\n  - { id: seo, name: SEO and paid search, owner: cmo, boardReporting: quarterly }\n' +
      '  - { id: web, name: Mobile apps and web pages, owner: joint, boardReporting: none }\n  - { id: cc, name: Contact centre, owner: coo }\n';
    expect(run(areasStatement('{ cio: 5, cmo: 4 }'), body)).toMatchObject([
      {
        line: 13,
        column: 18,
        target: 'boundaries/areas-reported-to-board',
        message: expect.stringContaining(
          'but the file records "Mobile apps and web pages" and "Contact centre" as not reported to the board',
        ),
      },
    ]);
  });

  it('reads the statement ids of the bundled templates only', () => {
    expect(run(investmentsStatement('{ cio: 4, cmo: 5 }'), INVESTMENTS(false, false), { template: 'five-point@2' })).toHaveLength(1);
    expect(run(investmentsStatement('{ cio: 4, cmo: 5 }'), INVESTMENTS(false, false), { template: 'our-own@3' })).toEqual([]);
  });
});
