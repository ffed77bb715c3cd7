import type { RuleMeta } from './meta.js';

/** Reported by the loader and the validator rather than by a check function: see core/check.ts. */
export const schema: RuleMeta = {
  id: 'schema',
  description: 'The file is valid YAML and a valid review (one finding per problem, located).',
  defaultSeverity: 'error',
};
