/**
 * Reading a file as it was at a git revision: `REV:path`, as `git show` takes it. The path is
 * relative to the working directory (as the user typed it), not to the repository's top.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../errors.js';
import { MAX_BYTES } from '../core/yaml-read.js';
import type { InputFile } from './files.js';

/** `HEAD~1:reviews/2026.yaml`, but not a path that exists on disk, nor `C:\…`. */
export function isRevisionPath(cwd: string, spec: string): boolean {
  const colon = spec.indexOf(':');
  if (colon <= 0 || colon === spec.length - 1) return false;
  if (/^[A-Za-z]:[\\/]/.test(spec)) return false;
  return !existsSync(resolve(cwd, spec));
}

export function readRevision(cwd: string, spec: string): InputFile {
  const colon = spec.indexOf(':');
  const rev = spec.slice(0, colon);
  const path = spec.slice(colon + 1);
  if (rev.startsWith('-')) throw new InputError(`${spec}: a revision cannot start with "-"`);
  const object = `${rev}:${path.startsWith('/') || path.startsWith('./') || path.startsWith('../') ? path : `./${path}`}`;
  const r = spawnSync('git', ['show', '--no-textconv', object], { cwd, maxBuffer: MAX_BYTES * 2, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${spec}: reading a revision needs git, and git is not installed`);
    if (code === 'ENOBUFS') return { display: spec, bytes: new Uint8Array(MAX_BYTES + 1), size: MAX_BYTES * 2 };
    throw new InputError(`${spec}: git failed (${code ?? r.error.message})`);
  }
  if (r.status !== 0) {
    const err = r.stderr.toString().trim().replace(/^fatal:\s*/, '');
    if (/not a git repository/i.test(err)) throw new InputError(`${spec}: ${resolve(cwd)} is not inside a git repository`);
    if (/invalid object name|unknown revision|bad revision/i.test(err)) throw new InputError(`${spec}: git knows no revision \`${rev}\``);
    if (/does not exist in|exists on disk, but not in/i.test(err)) throw new InputError(`${spec}: \`${path}\` does not exist in revision \`${rev}\``);
    throw new InputError(`${spec}: git show failed: ${err.split('\n')[0]}`);
  }
  return { display: spec, bytes: new Uint8Array(r.stdout.buffer, r.stdout.byteOffset, r.stdout.byteLength), size: r.stdout.byteLength };
}
