import type { Rule } from '../finding.js';
import { claimsUnconfirmed, isNoOwner } from '../owners.js';

const WHO = { cio: 'the CIO', cmo: 'the CMO' } as const;

/** What the claim says, for the message: `claim: unsure`, `claim: tbd`, `claim left empty`, `no claim`. */
function whatItSays(claims: Record<string, unknown> | undefined, who: 'cio' | 'cmo'): string {
  if (!claims || !Object.hasOwn(claims, who)) return 'no claim';
  const claim = claims[who];
  return typeof claim === 'string' && claim.trim() !== '' ? `claim: ${claim.trim()}` : 'claim left empty';
}

export const unconfirmedOwnership: Rule = {
  id: 'unconfirmed-ownership',
  description:
    'The CIO and the CMO have each said who owns every area that has an owner (a missing, placeholder or `unsure` claim leaves it unconfirmed).',
  defaultSeverity: 'warn',
  rationale:
    'An owner written down by one person is not yet an agreement. Until the CIO and the CMO have each said who owns an area, the board cannot tell a settled boundary from an assumed one, and the ownership score counts the area as only half clear.',
  remedy:
    "Ask each executive who owns the area and record both answers in `claims` (`cio`, `cmo`, `joint` or another executive's key). `unsure` is an honest answer, but the area stays unconfirmed until it is replaced.",
  example: `    claims: { cio: cmo, cmo: cmo }`,
  check({ review }) {
    return review.blurredAreas.flatMap((area, i) => {
      // An area without an owner is blurred-area-owner's: there is nothing to confirm yet.
      if (isNoOwner(area.owner, review)) return [];
      const claims = area.claims as Record<string, unknown> | undefined;
      return claimsUnconfirmed(area).map((who) => ({
        message: `${WHO[who]} has not confirmed the owner of "${area.name}" (${whatItSays(claims, who)})`,
        path:
          claims && Object.hasOwn(claims, who)
            ? ['blurredAreas', i, 'claims', who]
            : claims
              ? ['blurredAreas', i, 'claims']
              : ['blurredAreas', i],
        target: area.id,
      }));
    });
  },
};
