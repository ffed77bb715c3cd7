/** Types of scripts/shapes.mjs, for the test suite. */
export interface Shape {
  id: string;
  label: string;
  /** A file of at most `bytes` bytes (the four cases of issue 16 ignore it). */
  make(bytes?: number): string;
}
export function header(eol?: string, options?: { executives?: string }): string;
export const SHAPES: Shape[];
export const WHY_CASES: Shape[];
