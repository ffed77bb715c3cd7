import type { Rule } from '../finding.js';
import { claimsDisagree, isNoOwner } from '../owners.js';

function said(claim: string | null | undefined): string {
  return claim == null || claim.trim() === '' ? 'nothing' : claim;
}

export const contestedOwnership: Rule = {
  id: 'contested-ownership',
  description: "The CIO's and the CMO's claims for an area agree with its owner.",
  defaultSeverity: 'warn',
  rationale:
    'When the CIO or the CMO names someone other than the recorded owner, the record and the reality differ. Each side tends to believe it leads digital (industry surveys: 58% of IT executives and 69% of marketers say they shape the agenda); the CEO should settle it in the room, not discover it in a failed project.',
  remedy:
    'Settle the owner with both executives, then make `owner` and both `claims` agree. If the work is genuinely shared, make it `joint` with a `process`. Until it is settled, add an action whose `for` names `area:<id>`.',
  example: `  - id: marketing-automation
    owner: joint
    claims: { cio: joint, cmo: joint }
    process: The CMO runs campaigns; the CIO owns the platform and its data security.`,
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
