import type { Rule, RuleHit } from '../finding.js';

export const maxGap: Rule = {
  id: 'max-gap',
  description: "No question's CIO-CMO gap exceeds --max-gap N (off unless N is given).",
  defaultSeverity: 'off',
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
