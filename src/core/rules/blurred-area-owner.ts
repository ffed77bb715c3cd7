import type { Rule } from '../finding.js';
import { isNoOwner, isPlaceholder } from '../owners.js';
import { OWNER_PLACEHOLDERS } from '../schema.js';

export const blurredAreaOwner: Rule = {
  id: 'blurred-area-owner',
  description:
    'Every blurred area has an accountable owner (placeholders such as tbd count as none, and so does an executive whose name is one).',
  defaultSeverity: 'error',
  rationale:
    "Blurred areas are where the CIO's and the CMO's work overlaps: social media, customer data, vendor selection. An area nobody is accountable for is where the quiet turf war happens and where the digital strategy breaks; `tbd` is the same as nobody. This is the rule the CI gate exists for.",
  remedy: `Set \`owner\` to the executive who is accountable: \`cio\`, \`cmo\`, \`joint\` (then agree a \`process\`), or another key of \`executives\` such as \`coo\`. A placeholder (${OWNER_PLACEHOLDERS.map((p) => `\`${p}\``).join(', ')}, in any case) is no owner, and neither is an executive whose name is one ("TBD", "Nobody yet"): if the post is vacant, name who covers it until it is filled.`,
  example: `blurredAreas:
  - id: social-media
    name: Social media
    owner: cmo          # not tbd`,
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
