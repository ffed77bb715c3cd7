/**
 * Ids made from names, and names compared as people read them. One helper for every place that
 * turns a name into an id (the workshop, migrations, merges), so the rule of DESIGN.md holds
 * everywhere: an id is kebab-case made of lower-case letters of any script, digits and hyphens.
 */

/** A letter of any script in its lower-case (or caseless) form, or a digit: as the schema's id rule. */
const ID_CHAR = String.raw`\p{Ll}\p{Lo}\p{Lm}\p{N}`;

/** The id rule: kebab-case of lower-case letters of any script, digits and hyphens. */
export const ID_PATTERN = new RegExp(`^[${ID_CHAR}]+(?:-[${ID_CHAR}]+)*$`, 'u');

const NOT_ID_CHAR = new RegExp(`[^${ID_CHAR}]+`, 'gu');

/** Ids are at most 64 characters (DESIGN.md); names make ids of at most 48, leaving room for `-2`. */
const MAX_FROM_NAME = 48;

/**
 * An id from a name: `Customer data & privacy` → `customer-data-privacy`, `顧客データ` stays
 * `顧客データ`, `Données clients` → `données-clients`. Empty when the name has no letter or digit.
 */
export function idFromName(name: string): string {
  const words = name.normalize('NFC').toLowerCase().replace(NOT_ID_CHAR, '-').replace(/^-+|-+$/g, '');
  if ([...words].length <= MAX_FROM_NAME) return words;
  return [...words].slice(0, MAX_FROM_NAME).join('').replace(/-+$/, '');
}

/** An id from `name` that is not in `taken`: `social-media`, then `social-media-2`, … */
export function uniqueIdFromName(name: string, taken: Iterable<string>, fallback = 'item'): string {
  const used = new Set(taken);
  const base = idFromName(name) || fallback;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A name as people compare names: case, accents' encoding and runs of spaces do not matter. */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('und');
}

/** True when two names differ only in case or spacing. */
export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}
