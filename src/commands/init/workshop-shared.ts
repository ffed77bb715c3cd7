/** What the workshop and its steps share: formats, validators and the draft shapes they read. */
import type { DraftReview } from '../../core/compose.js';

export const PERIOD = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const EXECUTIVE_KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A prompt validator: any non-blank answer, else `message`. */
export function required(message: string): (value: string) => true | string {
  return (value) => (value.trim() ? true : message);
}

/** A short key for a new executive: initials for a chief officer (coo, cdo), else kebab-case. */
export function suggestKey(title: string, name: string): string {
  const words = title
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w && !['of', 'and', 'the', 'for'].includes(w));
  if (words[0] === 'chief' && words[words.length - 1] === 'officer' && words.length <= 5) return words.map((w) => w[0]).join('');
  const ascii = (title || name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(ascii) ? ascii.slice(0, 32).replace(/-+$/, '') : 'other';
}

export interface WorkshopOptions {
  overwrite: boolean;
}

export type Area = DraftReview['blurredAreas'][number];
export type DraftQuestion = DraftReview['sections'][number]['questions'][number];
export type CriteriaKey = 'cio' | 'cmo' | 'joint';

export const numeric = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
/** |cio − cmo| when both gave a 1..5 rating. */
export const gapOf = (q: DraftQuestion): number | undefined => {
  const a = numeric(q.ratings?.cio);
  const b = numeric(q.ratings?.cmo);
  return a === undefined || b === undefined ? undefined : Math.abs(a - b);
};
