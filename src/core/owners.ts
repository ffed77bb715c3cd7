/**
 * What an owner value means. Shared by the rules, the scoring and the reports so that "no owner",
 * "contested" and "agreed" mean the same thing everywhere.
 */
import { OWNER_PLACEHOLDERS, type BlurredArea, type Review } from './schema.js';

export type AreaStatus = 'agreed' | 'contested' | 'joint-without-process' | 'orphan';

/** Empty, missing or a placeholder (`tbd`, `unknown`, `none`, `unassigned`, `?`). */
export function isNoOwner(owner: string | null | undefined): boolean {
  if (owner == null) return true;
  const v = owner.trim().toLowerCase();
  return v === '' || (OWNER_PLACEHOLDERS as readonly string[]).includes(v);
}

/** Owner keys a file may use: `joint` and every key of `executives`. */
export function ownerKeys(review: Review): string[] {
  return ['joint', ...Object.keys(review.executives)];
}

export function isKnownOwner(owner: string, review: Review): boolean {
  return owner.trim() === 'joint' || Object.hasOwn(review.executives, owner.trim());
}

function hasText(value: string | null | undefined): boolean {
  return value != null && value.trim() !== '';
}

/**
 * An absent claim is taken as accepting the recorded owner: claims record dissent. An area is
 * contested when the CIO's or the CMO's claim names someone other than the owner.
 */
export function claimsDisagree(area: BlurredArea): boolean {
  const owner = (area.owner ?? '').trim();
  return (['cio', 'cmo'] as const).some((who) => {
    const claim = area.claims?.[who];
    return claim != null && claim.trim() !== '' && claim.trim() !== owner;
  });
}

export function areaStatus(area: BlurredArea): AreaStatus {
  if (isNoOwner(area.owner)) return 'orphan';
  if (claimsDisagree(area)) return 'contested';
  if (area.owner!.trim() === 'joint' && !hasText(area.process)) return 'joint-without-process';
  return 'agreed';
}

export function hasProcess(area: BlurredArea): boolean {
  return hasText(area.process);
}
