import type { Rule, RuleHit } from '../finding.js';

export const maxGap: Rule = {
  id: 'max-gap',
  description: "No question's CIO-CMO gap exceeds --max-gap N (off unless N is given).",
  defaultSeverity: 'off',
  rationale:
    "A gap of several points between the CIO's and the CMO's answers to one statement means they see that part of the partnership differently. A team that has agreed how far apart it may be can have CI hold it to that.",
  remedy:
    "Talk it through and record each side's evidence under `notes.cio` and `notes.cmo`, then add an action whose `for` names `question:<section>/<id>`. Change a rating only when a view has really changed, never to pass the gate.",
  example: `        ratings: { cio: 5, cmo: 1 }
        notes:
          cio: Requests are answered within the agreed time.
          cmo: Campaign changes still wait weeks for a release.`,
  check({ review, maxGap: limit }) {
    if (limit === undefined) return [];
    const hits: RuleHit[] = [];
    review.sections.forEach((section, s) =>
      section.questions.forEach((q, j) => {
        const { cio, cmo } = q.ratings ?? {};
        if (typeof cio !== 'number' || typeof cmo !== 'number') return;
        const gap = Math.abs(cio - cmo);
        if (gap > limit) {
          hits.push({
            message: `the CIO (${cio}) and the CMO (${cmo}) are ${gap} apart on \`${q.id}\`, more than the allowed ${limit}`,
            path: ['sections', s, 'questions', j, 'ratings'],
            target: `${section.id}/${q.id}`,
          });
        }
      }),
    );
    return hits;
  },
};
