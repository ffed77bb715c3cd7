/**
 * Reading a file as it was at a git revision: `REV:path`, as `git show` takes it. The path is
 * relative to the repository's top, as git reads it (`HEAD:reviews/2026.yaml` names the same
 * file from any folder of the repository); `REV:./path` is relative to the working folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { MAX_BYTES } from '../core/yaml-read.js';
import type { InputFile } from './files.js';

/** Could `spec` be `REV:path`? Not an absolute or `./` path, nor `C:\…`. */
function looksLikeRevision(spec: string): boolean {
  const colon = spec.indexOf(':');
  if (colon <= 0 || colon === spec.length - 1) return false;
  if (/^[A-Za-z]:[\\/]/.test(spec) || spec.startsWith('/') || spec.startsWith('./') || spec.startsWith('../')) return false;
  return true;
}

/**
 * Is `spec` a `REV:path` to read from git? An argument that also names an existing file is
 * ambiguous, and refused: reading the working tree when the user meant the revision (or the
 * reverse) would let a check pass on the wrong file.
 */
export function isRevisionPath(cwd: string, spec: string): boolean {
  if (!looksLikeRevision(spec)) return false;
  if (existsSync(resolve(cwd, spec))) {
    throw new UsageError(
      `\`${spec}\` is ambiguous: it names a file here and reads as REV:path for git. Write \`./${spec}\` for the file, or remove the file to read the revision`,
    );
  }
  return true;
}

export function readRevision(cwd: string, spec: string): InputFile {
  const colon = spec.indexOf(':');
  const rev = spec.slice(0, colon);
  const path = spec.slice(colon + 1);
  if (rev.startsWith('-')) throw new InputError(`${spec}: a revision cannot start with "-"`);
  const r = spawnSync('git', ['cat-file', 'blob', '--', `${rev}:${path}`], {
    cwd,
    maxBuffer: MAX_BYTES * 2,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${spec}: reading a revision needs git, and git is not installed`);
    if (code === 'ENOBUFS') return { display: spec, bytes: new Uint8Array(MAX_BYTES + 1), size: MAX_BYTES * 2 };
    throw new InputError(`${spec}: git failed (${code ?? r.error.message})`);
  }
  if (r.status !== 0) {
    const err = r.stderr
      .toString()
      .trim()
      .replace(/^fatal:\s*/, '');
    if (/not a git repository/i.test(err)) throw new InputError(`${spec}: ${resolve(cwd)} is not inside a git repository`);
    if (
      /does not exist in|exists on disk, but not in|path '.*' does not exist/i.test(err) ||
      (/not a valid object name/i.test(err) && revisionExists(cwd, rev))
    ) {
      const hint = /^\.\.?\//.test(path)
        ? 'relative to this folder'
        : `a path after REV: is relative to the repository's top, as git reads it; write \`${rev}:./${path}\` for one relative to this folder`;
      throw new InputError(`${spec}: \`${path}\` does not exist in revision \`${rev}\` (${hint})`);
    }
    if (/invalid object name|unknown revision|bad revision|not a valid object name/i.test(err))
      throw new InputError(`${spec}: git knows no revision \`${rev}\``);
    if (/bad file|expected blob|unable to/i.test(err)) throw new InputError(`${spec}: \`${path}\` is not a file in revision \`${rev}\``);
    throw new InputError(`${spec}: git failed: ${err.split('\n')[0]}`);
  }
  return { display: spec, bytes: new Uint8Array(r.stdout.buffer, r.stdout.byteOffset, r.stdout.byteLength), size: r.stdout.byteLength };
}

function revisionExists(cwd: string, rev: string): boolean {
  return spawnSync('git', ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { cwd }).status === 0;
}
