/**
 * Reading inputs with a size cap and finding review files in folders. Writing outputs atomically
 * lives in write-file.ts; its exports are re-exported here.
 */
import {
  closeSync,
  constants as fsConstants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  readdirSync,
  realpathSync,
  statSync,
  type Dirent,
  type Stats,
} from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { youngGeneration } from './memory.js';
import { InputError } from '../errors.js';
import { sleepSync } from './context.js';
import { MAX_BYTES } from '../core/yaml-read.js';
import { kindOf } from './write-file.js';
import { present } from '../core/present.js';

export { FileExistsError, refuseInputAsOutput, writeFileAtomic, type WriteOptions } from './write-file.js';

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
    case 'ELOOP':
      return `${path}: is a link, and links are not followed here`;
    default:
      return `${path}: cannot be read (${code ?? (error as Error).message})`;
  }
}

export function displayPath(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}

/**
 * Read from an open file, never more than `cap` bytes: a regular file by its size, anything else
 * (a pipe, /dev/stdin, a process substitution) chunk by chunk until it ends.
 */
function readCapped(fd: number, cap: number, regular = false): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    // A regular file is read in one go (its size is known); anything else chunk by chunk.
    const chunk = Buffer.allocUnsafe(regular ? cap - total : Math.min(65536, cap - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // A pipe left non-blocking by whoever opened it: wait for the writer.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') {
        sleepSync(5);
        continue;
      }
      throw error;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    // A short read of a regular file is its end: no second read to learn it.
    if (total >= cap || (regular && n < chunk.length)) break;
  }
  const only = chunks[0];
  return chunks.length === 1 && only ? only : new Uint8Array(Buffer.concat(chunks, total));
}

/**
 * Read a file the user named, but never more than one byte past the 1 MiB limit (the loader
 * reports the size). A named pipe or a character device named explicitly (`/dev/stdin`,
 * `<(git show …)`) is read until it ends; a socket, a block device or a folder is refused.
 */
export function readInput(cwd: string, path: string): InputFile {
  const absolute = resolve(cwd, path);
  let fd: number;
  let stats: Stats;
  try {
    stats = statSync(absolute);
    if (stats.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    // Standard input (or an inherited descriptor) that is a socket cannot be opened by name; read
    // the descriptor itself.
    const inherited = /^\/(?:dev\/stdin|dev\/fd\/(\d+)|proc\/self\/fd\/(\d+))$/.exec(absolute);
    if (inherited && stats.isSocket()) {
      const bytes = readCapped(Number(inherited[1] ?? inherited[2] ?? 0), MAX_BYTES + 1);
      return { display: path, bytes, size: bytes.length };
    }
    if (stats.isSocket() || stats.isBlockDevice()) throw new InputError(`${path}: is ${kindOf(stats)}, not a file; nothing was read`);
    fd = openSync(absolute, 'r');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(path, error));
  }
  try {
    if (!stats.isFile()) {
      const bytes = readCapped(fd, MAX_BYTES + 1);
      return { display: path, bytes, size: bytes.length };
    }
    return { display: path, bytes: readCapped(fd, Math.min(stats.size, MAX_BYTES) + 1, true), size: stats.size };
  } catch (error) {
    throw new InputError(describeFsError(path, error));
  } finally {
    closeSync(fd);
  }
}

/**
 * A file found under a folder: opened without following a link and without blocking, and read
 * only when it is a regular file (a FIFO swapped in after the folder was listed is refused, not
 * waited on). Returns the bytes, or the reason it was not read.
 */
function readFound(absolute: string | Buffer, display: string): InputFile | { display: string; problem: string } {
  let fd: number;
  try {
    fd = openSync(absolute, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK | fsConstants.O_NOFOLLOW);
  } catch (error) {
    // A socket cannot be opened at all (ENXIO): say what it is rather than why open failed.
    const stats = lstatOrUndefined(absolute);
    if (stats && !stats.isFile() && !stats.isSymbolicLink())
      return { display, problem: `${display}: is ${kindOf(stats)}, not a regular file; not read` };
    return { display, problem: describeFsError(display, error) };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { display, problem: `${display}: is ${kindOf(stats)}, not a regular file; not read` };
    return { display, bytes: readCapped(fd, Math.min(stats.size, MAX_BYTES) + 1, true), size: stats.size };
  } catch (error) {
    return { display, problem: describeFsError(display, error) };
  } finally {
    closeSync(fd);
  }
}

const SKIP_DIRS = new Set(['node_modules']);
const REVIEW_FILE = /\.ya?ml$/i;

/** What `check` gets for each path: a file to check, or why it could not be read. */
export type FoundFile = InputFile | { display: string; problem: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Length of the valid UTF-8 sequence at `i`, or 0. */
function utf8Length(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c === undefined) return 0;
  if (c < 0x80) return 1;
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (!n || i + n > b.length) return 0;
  for (let k = 1; k < n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return 0; // a missing byte is no continuation
  const second = b[i + 1] ?? 0; // present: i + n <= b.length and n >= 2
  if ((c === 0xe0 && second < 0xa0) || (c === 0xed && second > 0x9f) || (c === 0xf0 && second < 0x90) || (c === 0xf4 && second > 0x8f))
    return 0;
  return n;
}

/** A file name as bytes, shown as text: valid UTF-8 as is, any other byte as `\xNN`. */
export function nameFromBytes(bytes: Uint8Array): { text: string; utf8: boolean } {
  let out = '';
  let start = 0;
  let utf8 = true;
  for (let i = 0; i < bytes.length;) {
    const n = utf8Length(bytes, i);
    if (n) {
      i += n;
      continue;
    }
    utf8 = false;
    out += `${strictUtf8.decode(bytes.subarray(start, i))}\\x${present(bytes[i], 'the byte at i').toString(16).toUpperCase().padStart(2, '0')}`;
    start = ++i;
  }
  return { text: out + strictUtf8.decode(bytes.subarray(start)), utf8 };
}

/** Does `path` (relative, `/`-separated) match one of the --exclude globs? */
export type Excluder = (path: string, isFolder: boolean) => boolean;

/**
 * `--exclude` globs: `*` any run of characters but `/`, `**` any run including `/`, `?` one
 * character, `[…]` a class, `{a,b}` alternatives. A glob with no `/` matches a name at any depth
 * (`*.cio.yaml`); one with a `/` matches the path from the working folder (`reviews/2025/**`). A
 * folder that matches is left out with everything under it.
 */
export function makeExcluder(globs: readonly string[]): Excluder {
  const tests = globs.map((glob) => {
    const anchored = glob.replace(/^\.\//, '').replace(/\/+$/, '');
    const re = globToRegExp(anchored);
    return anchored.includes('/') ? (p: string) => re.test(p) : (p: string) => re.test(p.slice(p.lastIndexOf('/') + 1));
  });
  return (path, isFolder) => tests.some((t) => t(path) || (isFolder && t(`${path}/`)));
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === undefined) break; // i < glob.length
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        re += `[${body[0] === '!' ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces) {
      braces--;
      re += ')';
    } else if (c === ',' && braces) re += '|';
    else re += c.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}${')'.repeat(braces)}$`);
}

/**
 * Expand files and folders into review files, one at a time (so a folder of 10,000 files is never
 * held in memory as file contents): folders recursively, `.yaml`/`.yml` only, skipping
 * node_modules, hidden folders and --exclude matches, sorted so output is stable. A link is
 * followed only to a file inside the folder being checked: a link out of it, a dangling link, a
 * name that is not UTF-8, a FIFO, socket or device, and an unreadable entry are each reported as
 * a problem of that path, and the walk goes on. A file named on the command line is checked
 * whatever its extension, and read wherever its link leads (a pipe, /dev/stdin, a process
 * substitution, read to the end); one that does not exist is an error (exit 2) before anything is
 * read.
 */
export function findReviewFiles(cwd: string, paths: readonly string[], exclude: Excluder = () => false): Iterable<FoundFile> {
  // Every path named must exist before anything is read or written (exit 2, nothing printed).
  const roots = paths.map((p) => {
    const absolute = resolve(cwd, p);
    try {
      return { p, absolute, stats: lstatSync(absolute) };
    } catch (error) {
      throw new InputError(describeFsError(p, error));
    }
  });
  return walkRoots(cwd, roots, exclude);
}

function* walkRoots(cwd: string, roots: { p: string; absolute: string; stats: Stats }[], exclude: Excluder): Generator<FoundFile> {
  // Overlapping arguments (`reviews reviews/2026.yaml`) name a file twice; one root cannot.
  const seen = roots.length > 1 ? new Set<string>() : undefined;
  let count = 0;
  const once = function* (found: FoundFile): Generator<FoundFile> {
    if (seen?.has(found.display)) return;
    seen?.add(found.display);
    // A long run keeps its memory flat (io/memory.ts; released when the command ends, in main.ts).
    if (++count % 64 === 0) youngGeneration.check();
    yield found;
  };
  for (const { p, absolute, stats } of roots) {
    if (exclude(slashes(displayPath(cwd, absolute)), stats.isDirectory())) continue;
    if (stats.isSymbolicLink()) {
      // Named on the command line, so followed wherever it leads (/dev/stdin, <(…) are links);
      // only links met inside a folder are held to that folder.
      let target: Stats | undefined;
      try {
        target = statSync(absolute);
      } catch (error) {
        yield* once({
          display: p,
          problem: `${p}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is a link to nothing (dangling); not read' : describeFsError('its target', error)}`,
        });
        continue;
      }
      if (target.isDirectory()) yield* walk(realOrSelf(absolute), p);
      else yield* once(explicit(cwd, p));
      continue;
    }
    if (!stats.isDirectory()) {
      yield* once(stats.isFile() ? readFound(absolute, p) : explicit(cwd, p));
      continue;
    }
    yield* walk(absolute, p);
  }

  function* walk(root: string, rootArg: string): Generator<FoundFile> {
    const rootReal = realOrSelf(root);
    // What was found, as `path\0kind` strings: over 10,000 files, a closure or an object per
    // file was what made memory grow with the count. Sorting them sorts by path.
    const found: string[] = [];
    const unreadable = new Map<string, unknown>();
    const stack: string[] = [root];
    for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
      let entries: Dirent<Buffer>[];
      try {
        entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' });
      } catch (error) {
        unreadable.set(dir, error);
        found.push(`${dir}\0${UNREADABLE}`);
        continue;
      }
      for (const e of entries) {
        const name = nameFromBytes(e.name);
        const path = join(dir, name.text);
        const isDir = e.isDirectory();
        if (!isDir && !REVIEW_FILE.test(name.text)) continue;
        if (isDir && (name.text.startsWith('.') || SKIP_DIRS.has(name.text))) continue;
        if (exclude(slashes(displayPath(cwd, path)), isDir)) continue;
        if (!name.utf8) found.push(`${path}\0${isDir ? BAD_NAME_FOLDER : BAD_NAME_FILE}`);
        else if (isDir) stack.push(path);
        else found.push(`${path}\0${e.isSymbolicLink() ? LINK : REGULAR}`);
      }
    }
    found.sort();
    for (const entry of found) {
      const path = entry.slice(0, -2);
      const kind = entry[entry.length - 1];
      const display = path === root ? rootArg.replace(/\/+$/, '') || '.' : displayPath(cwd, path);
      if (kind === REGULAR) yield* once(readFound(path, display));
      else if (kind === LINK) {
        const target = linkTarget(path, rootReal);
        if ('problem' in target) yield* once({ display, problem: `${display}: ${target.problem}` });
        else if (!target.stats.isFile())
          yield* once({ display, problem: `${display}: links to ${kindOf(target.stats)}, not a regular file; not read` });
        else yield* once(readFound(target.real, display));
      } else if (kind === UNREADABLE) yield* once({ display, problem: describeFsError(display, unreadable.get(path)) });
      else
        yield* once({
          display,
          problem: `${display}: the ${kind === BAD_NAME_FOLDER ? 'folder' : 'file'} name is not valid UTF-8; rename it (not read)`,
        });
    }
  }
}

const REGULAR = 'f';
const LINK = 'l';
const UNREADABLE = 'u';
const BAD_NAME_FILE = 'n';
const BAD_NAME_FOLDER = 'N';

function explicit(cwd: string, p: string): FoundFile {
  try {
    return readInput(cwd, p);
  } catch (error) {
    if (error instanceof InputError) return { display: p, problem: error.message };
    throw error;
  }
}

function lstatOrUndefined(path: string | Buffer): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

const slashes = (p: string) => (sep === '/' ? p : p.split(sep).join('/'));

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Where a link leads, if it stays inside `root`. The target's name is never quoted: a link to a
 * credentials file must not leak its path into a pull-request annotation.
 */
function linkTarget(link: string, root: string): { real: string; stats: Stats } | { problem: string } {
  let real: string;
  try {
    real = realpathSync(link);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      problem:
        code === 'ENOENT'
          ? 'is a link to nothing (dangling); not read'
          : code === 'ELOOP'
            ? 'is a loop of links; not read'
            : `is a link that cannot be followed (${code})`,
    };
  }
  const rel = relative(root, real);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    return { problem: 'is a link to a file outside the folder being checked; not followed' };
  try {
    return { real, stats: statSync(real) };
  } catch (error) {
    return { problem: describeFsError('its target', error) };
  }
}
