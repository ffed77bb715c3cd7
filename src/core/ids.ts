/**
 * Names as ids and as people compare them. Ids are made by the one helper of text.ts (`slugify`,
 * which `migrate` uses too), so every id the tool makes follows the same rule: kebab-case of
 * lower-case letters of any script and digits.
 */
import { MAX_ID_LENGTH, slugify } from './text.js';

/** An id from `name` that is not in `taken`: `social-media`, then `social-media-2`, … */
export function uniqueIdFromName(name: string, taken: Iterable<string>, fallback = 'item'): string {
  const used = new Set(taken);
  const hasWord = /[\p{L}\p{N}]/u.test(name);
  const base = hasWord ? slugify(name) : fallback;
  let id = base;
  for (let n = 2; used.has(id); n++) {
    const suffix = `-${n}`;
    id = `${base.slice(0, MAX_ID_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
  }
  return id;
}

/** A name as people compare names: case, Unicode compatibility forms and runs of spaces do not matter. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('und');
}

/** True when two names differ only in case or spacing. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
