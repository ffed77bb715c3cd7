import type { Rule } from '../finding.js';
import { isNoOwner, isPlaceholder } from '../owners.js';

export const actionOwner: Rule = {
  id: 'action-owner',
  description: 'Every action has an owner (placeholders such as tbd count as none, and so does an executive whose name is one).',
  defaultSeverity: 'error',
  rationale:
    'An action without an owner does not happen. The board reads the actions as commitments, so each needs one accountable executive, or both jointly.',
  remedy:
    'Set `owner` to a key of `executives` or to `joint`; a placeholder such as `tbd` counts as no owner, and so does an executive whose name is one.',
  example: `actions:
  - id: fast-track-pilot
    owner: cio`,
  check({ review }) {
    return review.actions.flatMap((action, i) => {
      if (!isNoOwner(action.owner, review)) return [];
      const why =
        action.owner == null || action.owner.trim() === ''
          ? 'has no owner'
          : isPlaceholder(action.owner)
            ? `has only the placeholder \`${action.owner}\` as owner`
            : `is owned by \`${action.owner.trim()}\`, whose name in executives ("${review.executives[action.owner.trim()]?.name ?? ''}") says nobody holds the post`;
      return [
        {
          message: `action "${action.title}" ${why}: name who will do it (cio, cmo, joint or another executive)`,
          path: action.owner === undefined ? ['actions', i] : ['actions', i, 'owner'],
          target: action.id,
        },
      ];
    });
  },
};
