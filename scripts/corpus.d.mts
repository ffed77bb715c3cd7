/** Types of scripts/corpus.mjs, for the test suite. */
/** Review number `n`, about `bytes` long, and the number of errors `review check` reports for it. */
export function makeReview(n: number, bytes?: number): { text: string; errors: number };
