import type { Rule } from '../finding.js';

export const waiverExpired: Rule = {
  id: 'waiver-expired',
  description: "A waiver's expiry date has not passed (a live waiver silences its rule for its target).",
  defaultSeverity: 'error',
  rationale:
    'A waiver is an accepted exception with an end date. Once the date has passed, the exception has either been dealt with or quietly become permanent; failing here stops exceptions outliving the reason they were granted.',
  remedy:
    'Fix what the waiver covered and delete the waiver. If the exception still stands, have the CEO approve it again, with a new `approved` date and a new `expires`.',
  check({ review, today }) {
    return review.waivers.flatMap((w, i) =>
      w.expires < today
        ? [
            {
              message: `the waiver of ${w.rule} for \`${w.target}\` expired on ${w.expires}: renew it with a new date or fix the finding`,
              path: ['waivers', i, 'expires'],
              target: w.target,
            },
          ]
        : [],
    );
  },
};
