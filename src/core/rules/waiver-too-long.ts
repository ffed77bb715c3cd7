import type { Rule, RuleHit } from '../finding.js';

/** A waiver is reconsidered at least once a year (366 days allows for a leap year). */
export const MAX_WAIVER_DAYS = 366;

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export const waiverTooLong: Rule = {
  id: 'waiver-too-long',
  description: `Every waiver says when it was approved and expires at most ${MAX_WAIVER_DAYS} days later. Version 2 files only: a version 1 file has no approval date (migrate never invents one), so there waiver-expired alone judges waivers.`,
  defaultSeverity: 'error',
  rationale:
    "An exception approved without a date, or for longer than a year, escapes the annual review it is meant to sit inside. Each year's review should see every exception afresh.",
  remedy: 'Give the waiver the date it was approved (`approved: YYYY-MM-DD`) and an `expires` no more than 366 days after it.',
  example: `waivers:
  - rule: board-reporting
    target: seo-paid-search
    reason: Reported inside the marketing pack until Q3.
    approvedBy: Dana Whitfield
    approved: 2026-01-15
    expires: 2026-09-30`,
  check({ review, sourceVersion }) {
    if (sourceVersion !== 2) return [];
    const hits: RuleHit[] = [];
    review.waivers.forEach((w, i) => {
      const waiver = `the waiver of ${w.rule} for \`${w.target}\``;
      if (w.approved === undefined) {
        hits.push({ message: `${waiver} has no approved date: say when it was accepted`, path: ['waivers', i], target: w.target });
        return;
      }
      const days = daysBetween(w.approved, w.expires);
      if (days < 0) {
        hits.push({
          message: `${waiver} expires on ${w.expires}, before it was approved on ${w.approved}: check both dates`,
          path: ['waivers', i, 'expires'],
          target: w.target,
        });
      } else if (days > MAX_WAIVER_DAYS) {
        hits.push({
          message: `${waiver} runs ${days} days, from ${w.approved} to ${w.expires}; a waiver may last at most ${MAX_WAIVER_DAYS} days: approve it again for a shorter term`,
          path: ['waivers', i, 'expires'],
          target: w.target,
        });
      }
    });
    return hits;
  },
};
