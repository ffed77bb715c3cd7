import type { Rule } from '../finding.js';

export const waiverExpired: Rule = {
  id: 'waiver-expired',
  description: "A waiver's expiry date has not passed (a live waiver silences its rule for its target).",
  defaultSeverity: 'error',
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
