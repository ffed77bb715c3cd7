/** Renderers take their colours from core/paint.ts, where io/ can reach the same type without importing render/. */
export { plain, type Paint } from '../core/paint.js';
