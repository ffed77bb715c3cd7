/**
 * Every file-system effect: reading inputs with a size cap, finding review files in folders, and
 * writing outputs atomically (temporary file, fsync, rename), owner-only (0600), never replacing an
 * existing file without `force`.
 */
import { closeSync, fsyncSync, linkSync, openSync, readSync, readdirSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError, ReviewError } from '../errors.js';
import { MAX_BYTES } from '../core/yaml-read.js';

export interface InputFile {
  /** As the user should see it: relative to the working directory when inside it. */
  display: string;
  bytes: Uint8Array;
  /** Size on disk; may exceed `bytes.length` when the file is over the read cap. */
  size: number;
}

function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return `${path}: no such file or folder`;
    case 'EACCES':
    case 'EPERM':
      return `${path}: permission denied`;
    case 'EISDIR':
      return `${path}: is a folder, not a file`;
    default:
      return `${path}: cannot be read (${code ?? (error as Error).message})`;
  }
}

export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : absolute;
}

/** Read a file, but never more than one byte past the 1 MiB limit: the loader reports the size. */
export function readInput(cwd: string, path: string): InputFile {
  const absolute = resolve(cwd, path);
  let fd: number;
  let stats: Stats;
  try {
    stats = statSync(absolute);
    if (stats.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    fd = openSync(absolute, 'r');
  } catch (error) {
    throw new InputError(describeFsError(path, error));
  }
  try {
    const cap = Math.min(stats.size, MAX_BYTES + 1);
    const bytes = new Uint8Array(cap);
    let read = 0;
    while (read < cap) {
      const n = readSync(fd, bytes, read, cap - read, read);
      if (n === 0) break;
      read += n;
    }
    return { display: path, bytes: bytes.subarray(0, read), size: stats.size };
  } catch (error) {
    throw new InputError(describeFsError(path, error));
  } finally {
    closeSync(fd);
  }
}

const SKIP_DIRS = new Set(['node_modules']);
const REVIEW_FILE = /\.ya?ml$/i;

/**
 * Expand files and folders into review files: folders recursively, `.yaml`/`.yml` only, skipping
 * node_modules and hidden folders, sorted so output is stable. A file named on the command line
 * is always checked, whatever its extension.
 */
export function findReviewFiles(cwd: string, paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const absolute = resolve(cwd, p);
    let stats: Stats;
    try {
      stats = statSync(absolute);
    } catch (error) {
      throw new InputError(describeFsError(p, error));
    }
    if (!stats.isDirectory()) {
      out.push(p);
      continue;
    }
    const found: string[] = [];
    const stack = [absolute];
    while (stack.length) {
      const dir = stack.pop()!;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        throw new InputError(describeFsError(displayPath(cwd, dir), error));
      }
      for (const e of entries) {
        if (e.isDirectory()) {
          if (!e.name.startsWith('.') && !SKIP_DIRS.has(e.name)) stack.push(join(dir, e.name));
        } else if ((e.isFile() || e.isSymbolicLink()) && REVIEW_FILE.test(e.name)) {
          found.push(join(dir, e.name));
        }
      }
    }
    found.sort();
    out.push(...found.map((f) => displayPath(cwd, f)));
  }
  return [...new Set(out)];
}

export class FileExistsError extends ReviewError {
  constructor(path: string) {
    super(`${path} already exists; pass --force to replace it`, 2);
  }
}

/**
 * Write `content` to `path` atomically with mode 0600. Without `force` an existing file is never
 * replaced: the temporary file is hard-linked into place, which fails if the target exists.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: { force?: boolean } = {}): void {
  const dir = dirname(resolve(path));
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(tmp);
    throw error;
  }
  closeSync(fd);
  try {
    if (options.force) renameSync(tmp, path);
    else {
      try {
        linkSync(tmp, path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
        throw error;
      }
      unlinkSync(tmp);
    }
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed or removed.
    }
  }
}
