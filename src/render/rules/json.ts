import { safeJson } from '../escape.js';
import type { RulesRenderer } from './model.js';

/** `{ version: 1, rules: [{ id, defaultSeverity, description, rationale, remedy, example? }] }`. */
export const renderRulesJson: RulesRenderer = (rules) =>
  `${safeJson({
    version: 1,
    rules: rules.map(({ id, defaultSeverity, description, rationale, remedy, example }) => ({
      id,
      defaultSeverity,
      description,
      rationale,
      remedy,
      ...(example ? { example } : {}),
    })),
  })}\n`;
