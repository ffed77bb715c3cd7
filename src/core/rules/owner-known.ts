import type { Rule, RuleHit } from '../finding.js';
import { isFirmClaim, isKnownOwner, isPlaceholder, ownerKeys } from '../owners.js';
import type { Review } from '../schema.js';
import type { YamlPath } from '../yaml-read.js';
import { clip, listBounded, Suggester } from '../text.js';

/** The keys an owner may name, listed and searched once per file rather than once per finding. */
interface OwnerVocabulary {
  listed: string;
  suggester: Suggester;
}

function vocabulary(review: Review): OwnerVocabulary {
  const keys = ownerKeys(review);
  return { listed: listBounded(keys.slice(1)), suggester: new Suggester(keys) };
}

function unknownOwner(known: OwnerVocabulary, owner: string, what: string, path: YamlPath, target: string, at?: 'key'): RuleHit {
  const near = known.suggester.suggest(owner);
  return {
    message: `${what} \`${clip(owner)}\` is not \`joint\` or a key of executives (${known.listed})${near ? `; did you mean \`${near}\`?` : ''}`,
    path,
    at,
    target,
  };
}

export const ownerKnown: Rule = {
  id: 'owner-known',
  description: 'Every owner, claim, investment owner and action owner is `joint` or a key of `executives`.',
  defaultSeverity: 'error',
  rationale:
    'An owner the file cannot resolve (a typo such as `cmoo`, or someone missing from `executives`) puts the accountability on paper onto nobody, and the scores and the board report would credit an owner who does not exist.',
  remedy:
    'Use `joint` or a key of `executives`; the message suggests the nearest one. To make another executive (operations, sales, service) an owner, add them under `executives` first.',
  example: `executives:
  coo: { name: Lee Chen, title: Chief Operating Officer }
blurredAreas:
  - id: contact-centre
    owner: coo`,
  check({ review }) {
    const hits: RuleHit[] = [];
    let vocab: OwnerVocabulary | undefined;
    const known = () => (vocab ??= vocabulary(review));
    review.blurredAreas.forEach((area, i) => {
      if (area.owner != null && !isPlaceholder(area.owner) && !isKnownOwner(area.owner, review)) {
        hits.push(unknownOwner(known(), area.owner, 'owner', ['blurredAreas', i, 'owner'], area.id));
      }
      for (const [claimant, claim] of Object.entries(area.claims ?? {})) {
        if (!Object.hasOwn(review.executives, claimant)) {
          hits.push(unknownOwner(known(), claimant, 'claimant', ['blurredAreas', i, 'claims', claimant], area.id, 'key'));
        }
        if (isFirmClaim(claim) && !isKnownOwner(claim, review)) {
          hits.push(unknownOwner(known(), claim, `${claimant}'s claim`, ['blurredAreas', i, 'claims', claimant], area.id));
        }
      }
    });
    review.investments.forEach((inv, i) => {
      inv.owners.forEach((owner, j) => {
        if (!isKnownOwner(owner, review))
          hits.push(unknownOwner(known(), owner, 'investment owner', ['investments', i, 'owners', j], inv.id));
      });
    });
    review.actions.forEach((action, i) => {
      if (action.owner != null && !isPlaceholder(action.owner) && !isKnownOwner(action.owner, review)) {
        hits.push(unknownOwner(known(), action.owner, 'action owner', ['actions', i, 'owner'], action.id));
      }
    });
    return hits;
  },
};
