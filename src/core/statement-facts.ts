/**
 * Statements that mirror a fact the review file records. The bundled templates declare it
 * (`mirrors:`); this map carries it into `check`, which must work without the template. Ids never
 * change meaning, so a statement id is enough to know what it mirrors.
 */

/** Facts a statement may mirror: what the file records about owners, reporting and ROI. */
export const MIRRORED_FACTS = [
  'investments-jointly-owned',
  'investments-jointly-reported',
  'investments-roi-agreed',
  'areas-owned',
  'areas-board-reported',
] as const;
export type MirroredFact = (typeof MIRRORED_FACTS)[number];

/** Statement id → the fact it mirrors, for the bundled templates (a test holds it equal to their `mirrors`). */
export const STATEMENT_FACTS: Readonly<Record<string, MirroredFact>> = {
  'areas-reported-to-board': 'areas-board-reported',
  'investments-reported-jointly': 'investments-jointly-reported',
};

/** Template ids whose statements the map speaks for. */
export const BUNDLED_TEMPLATE_IDS = ['five-point', 'quick'] as const;
