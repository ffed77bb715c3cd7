import type { Rule } from '../finding.js';

export const unanswered: Rule = {
  id: 'unanswered',
  description: "Every question has both the CIO's and the CMO's rating.",
  defaultSeverity: 'warn',
  rationale:
    "The measures compare the CIO's and the CMO's answers. A missing rating leaves the statement out of every measure and can hide exactly the disagreement the review is meant to find. `unsure` and `n/a` are honest answers; silence is not.",
  remedy:
    'Ask the executive for the rating: 1 to 5, `unsure` when they do not know, `n/a` when it does not apply (`review init --resume` continues a workshop where it stopped).',
  example: `        ratings: { cio: 4, cmo: unsure }`,
  check({ review }) {
    return review.sections.flatMap((section, s) =>
      section.questions.flatMap((q, j) => {
        const missing = (['cio', 'cmo'] as const).filter((k) => q.ratings?.[k] === undefined);
        if (!missing.length) return [];
        return [
          {
            message: `question \`${q.id}\` in ${section.id} has no rating from the ${missing.map((k) => k.toUpperCase()).join(' or the ')}`,
            path: q.ratings ? ['sections', s, 'questions', j, 'ratings'] : ['sections', s, 'questions', j],
            target: `${section.id}/${q.id}`,
          },
        ];
      }),
    );
  },
};
