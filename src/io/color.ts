/**
 * Whether to colour, decided once: `--no-color` and NO_COLOR turn it off, FORCE_COLOR turns it on,
 * otherwise colour follows whether the stream is a terminal.
 */
import { Chalk } from 'chalk';
import { plain, type Paint } from '../core/paint.js';
import type { IO } from './context.js';

export function colorEnabled(io: IO, flag: boolean | undefined, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (flag === true) return true;
  return stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY;
}

export function makePaint(enabled: boolean): Paint {
  if (!enabled) return plain;
  const c = new Chalk({ level: 1 });
  return {
    red: c.red,
    yellow: c.yellow,
    green: c.green,
    cyan: c.cyan,
    magenta: c.magenta,
    dim: c.dim,
    bold: c.bold,
    underline: c.underline,
    enabled: true,
  };
}
