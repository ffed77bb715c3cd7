/**
 * The output-safety layer lives in core/escape.ts (pure text, no imports), so io/ can guard what it
 * writes without importing render/; renderers keep importing it from here.
 */
export * from '../core/escape.js';
