import type { Rule } from '../finding.js';
import { claimsDisagree, isNoOwner } from '../owners.js';

function said(claim: string | null | undefined): string {
  return claim == null || claim.trim() === '' ? 'nothing' : claim;
}

export const contestedOwnership: Rule = {
  id: 'contested-ownership',
  description: "The CIO's and the CMO's claims for an area agree with its owner.",
  defaultSeverity: 'warn',
  check({ review }) {
    return review.blurredAreas.flatMap((area, i) => {
      if (isNoOwner(area.owner, review) || !claimsDisagree(area)) return [];
      const { cio, cmo } = area.claims ?? {};
      return [
        {
          message: `ownership of "${area.name}" is contested: the CIO says ${said(cio)}, the CMO says ${said(cmo)}, the file records ${area.owner}`,
          path: ['blurredAreas', i, 'claims'],
          target: area.id,
        },
      ];
    });
  },
};
