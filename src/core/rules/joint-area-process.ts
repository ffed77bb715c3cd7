import type { Rule } from '../finding.js';
import { hasProcess } from '../owners.js';

export const jointAreaProcess: Rule = {
  id: 'joint-area-process',
  description: 'A jointly owned area has an agreed process for managing it.',
  defaultSeverity: 'warn',
  check({ review }) {
    return review.blurredAreas.flatMap((area, i) =>
      area.owner?.trim() === 'joint' && !hasProcess(area)
        ? [
            {
              message: `"${area.name}" is owned jointly but has no process: say how the CIO and the CMO decide together`,
              path: area.process === undefined ? ['blurredAreas', i, 'owner'] : ['blurredAreas', i, 'process'],
              target: area.id,
            },
          ]
        : [],
    );
  },
};
