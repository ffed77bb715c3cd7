import type { Rule } from '../finding.js';

export const boardReporting: Rule = {
  id: 'board-reporting',
  description: 'Every blurred area is reported to the board (monthly, quarterly or annually).',
  defaultSeverity: 'warn',
  rationale:
    'The board can hold the CIO and the CMO only to what it hears about. Joint reporting on each blurred area turns an agreed boundary into a commitment, and builds the trust between the two functions that the review is for.',
  remedy:
    'Set `boardReporting` to `monthly`, `quarterly` or `annually`. If the area is reported some other way for a while, record a waiver with a reason and an end date instead.',
  example: `    boardReporting: quarterly`,
  check({ review }) {
    return review.blurredAreas.flatMap((area, i) => {
      if (area.boardReporting != null && area.boardReporting !== 'none') return [];
      return [
        {
          message:
            area.boardReporting === 'none'
              ? `"${area.name}" is not reported to the board (boardReporting: none)`
              : `"${area.name}" says nothing about board reporting: add boardReporting (monthly, quarterly or annually)`,
          path: area.boardReporting === undefined ? ['blurredAreas', i] : ['blurredAreas', i, 'boardReporting'],
          target: area.id,
        },
      ];
    });
  },
};
