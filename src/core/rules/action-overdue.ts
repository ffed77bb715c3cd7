import type { Rule } from '../finding.js';

export const actionOverdue: Rule = {
  id: 'action-overdue',
  description: 'No open action is past its due date.',
  defaultSeverity: 'warn',
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
