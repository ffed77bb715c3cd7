/**
 * The value a caller's own construction guarantees (a key just set in a map, a field a filter
 * kept). Where that guarantee breaks, this throws an internal error naming what was missing,
 * instead of letting `undefined` travel on into a score or a file.
 */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`internal error: ${what} is missing`);
  return value;
}
