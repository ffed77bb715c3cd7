import type { Rule } from '../finding.js';
import { isNoOwner, isPlaceholder } from '../owners.js';

export const blurredAreaOwner: Rule = {
  id: 'blurred-area-owner',
  description: 'Every blurred area has an accountable owner (placeholders such as tbd count as none, and so does an executive whose name is one).',
  defaultSeverity: 'error',
  check({ review }) {
    return review.blurredAreas.flatMap((area, i) => {
      if (!isNoOwner(area.owner, review)) return [];
      const why =
        area.owner == null || area.owner.trim() === ''
          ? 'has no owner'
          : isPlaceholder(area.owner)
            ? `has only the placeholder \`${area.owner}\` as owner`
            : `is owned by \`${area.owner.trim()}\`, whose name in executives ("${review.executives[area.owner.trim()]?.name ?? ''}") says nobody holds the post`;
      return [
        {
          message: `blurred area "${area.name}" ${why}: name who is accountable (cio, cmo, joint or another executive)`,
          path: area.owner === undefined ? ['blurredAreas', i] : ['blurredAreas', i, 'owner'],
          target: area.id,
        },
      ];
    });
  },
};
