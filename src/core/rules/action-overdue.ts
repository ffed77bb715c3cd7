import type { Rule } from '../finding.js';

export const actionOverdue: Rule = {
  id: 'action-overdue',
  description: 'No open action is past its due date.',
  defaultSeverity: 'warn',
  rationale:
    "An open action past its due date is a commitment slipping. Showing it keeps last year's actions from disappearing quietly between two reviews.",
  remedy:
    'Bring the action up to date: `status: done` when it is done, `status: dropped` with a note when it no longer applies, or a new `due` that the board has agreed.',
  example: `  - id: fast-track-pilot
    status: done`,
  check({ review, today }) {
    return review.actions.flatMap((action, i) =>
      action.status === 'open' && action.due !== undefined && action.due < today
        ? [
            {
              message: `action "${action.title}" was due on ${action.due} and is still open: mark it done or dropped, or set a new date`,
              path: ['actions', i, 'due'],
              target: action.id,
            },
          ]
        : [],
    );
  },
};
