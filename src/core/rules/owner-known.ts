import type { Rule, RuleHit } from '../finding.js';
import { isFirmClaim, isKnownOwner, isPlaceholder, ownerKeys } from '../owners.js';
import type { Review } from '../schema.js';
import type { YamlPath } from '../yaml-read.js';
import { listWords, suggest } from '../text.js';

function unknownOwner(review: Review, owner: string, what: string, path: YamlPath, target: string, at?: 'key'): RuleHit {
  const keys = ownerKeys(review);
  const near = suggest(owner, keys);
  return {
    message: `${what} \`${owner}\` is not \`joint\` or a key of executives (${listWords(keys.slice(1))})${near ? `; did you mean \`${near}\`?` : ''}`,
    path,
    at,
    target,
  };
}

export const ownerKnown: Rule = {
  id: 'owner-known',
  description: 'Every owner, claim, investment owner and action owner is `joint` or a key of `executives`.',
  defaultSeverity: 'error',
  check({ review }) {
    const hits: RuleHit[] = [];
    review.blurredAreas.forEach((area, i) => {
      if (area.owner != null && !isPlaceholder(area.owner) && !isKnownOwner(area.owner, review)) {
        hits.push(unknownOwner(review, area.owner, 'owner', ['blurredAreas', i, 'owner'], area.id));
      }
      for (const [claimant, claim] of Object.entries(area.claims ?? {})) {
        if (!Object.hasOwn(review.executives, claimant)) {
          hits.push(unknownOwner(review, claimant, 'claimant', ['blurredAreas', i, 'claims', claimant], area.id, 'key'));
        }
        if (isFirmClaim(claim) && !isKnownOwner(claim, review)) {
          hits.push(unknownOwner(review, claim, `${claimant}'s claim`, ['blurredAreas', i, 'claims', claimant], area.id));
        }
      }
    });
    review.investments.forEach((inv, i) => {
      inv.owners.forEach((owner, j) => {
        if (!isKnownOwner(owner, review)) hits.push(unknownOwner(review, owner, 'investment owner', ['investments', i, 'owners', j], inv.id));
      });
    });
    review.actions.forEach((action, i) => {
      if (action.owner != null && !isPlaceholder(action.owner) && !isKnownOwner(action.owner, review)) {
        hits.push(unknownOwner(review, action.owner, 'action owner', ['actions', i, 'owner'], action.id));
      }
    });
    return hits;
  },
};
