import type { Rule } from '../finding.js';

export const boardReporting: Rule = {
  id: 'board-reporting',
  description: 'Every blurred area is reported to the board (monthly, quarterly or annually).',
  defaultSeverity: 'warn',
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
