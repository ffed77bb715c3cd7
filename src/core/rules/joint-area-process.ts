import type { Rule } from '../finding.js';
import { hasProcess } from '../owners.js';

export const jointAreaProcess: Rule = {
  id: 'joint-area-process',
  description: 'A jointly owned area has an agreed process for managing it.',
  defaultSeverity: 'warn',
  rationale:
    '`joint` without an agreed way of working often means each side assumes the other is doing it. A shared area is owned only when a process says who decides what, how often the two meet on it and how it reaches the board.',
  remedy:
    'Write the agreed process under `process`: who decides, who is consulted, how often they review it together. If one side really owns the area, make that side the owner instead.',
  example: `    owner: joint
    process: Monthly joint triage; the CMO sets priorities, the CIO signs off security and privacy.`,
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
