import type { RuleMeta } from './meta.js';

/** Reported by the loader and the validator rather than by a check function: see core/check.ts. */
export const schema: RuleMeta = {
  id: 'schema',
  description: 'The file is valid YAML and a valid review (one finding per problem, located).',
  defaultSeverity: 'error',
  rationale:
    'Every other rule, every score and the board report read the file as a review. A misspelt key or a value the format does not allow would otherwise be ignored or misread, and a judgement about an executive would be lost without anyone noticing.',
  remedy:
    'Fix the file at the line and column given: the message names the key or value and, for a misspelt key, the nearest known one. `review schema` gives your editor the whole format; a version 1 file becomes version 2 with `review migrate --write`.',
  example: `blurredAreas:
  - id: seo-paid-search
    boardReporting: quarterly   # not boardreporting`,
};
