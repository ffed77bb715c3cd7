import type { Rule } from '../finding.js';

export const unanswered: Rule = {
  id: 'unanswered',
  description: 'Every question has both the CIO\'s and the CMO\'s rating.',
  defaultSeverity: 'warn',
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
