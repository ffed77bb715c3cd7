/**
 * Writing outputs atomically (temporary file, fsync, rename), owner-only (0600), never replacing an
 * existing file without `force`; temporary files a killed run left behind are cleared.
 */
import {
  closeSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ReviewError } from '../errors.js';
import { describeSystemError } from './context.js';

const KINDS: [(s: Stats) => boolean, string][] = [
  [(s) => s.isFIFO(), 'a named pipe'],
  [(s) => s.isSocket(), 'a socket'],
  [(s) => s.isCharacterDevice(), 'a character device'],
  [(s) => s.isBlockDevice(), 'a block device'],
  [(s) => s.isDirectory(), 'a folder'],
];

/** `a named pipe`, `a socket`… for anything that is not a regular file. */
export function kindOf(stats: Stats): string {
  return KINDS.find(([test]) => test(stats))?.[1] ?? 'not a regular file';
}

export class FileExistsError extends ReviewError {
  constructor(path: string) {
    super(`${path} already exists; pass --force to replace it`, 2);
  }
}

export interface WriteOptions {
  /** Replace an existing regular file. */
  force?: boolean;
  /** How to name the target in messages (default: `path`). */
  display?: string;
  /** Files this run read: the target may be none of them, even with `force`. */
  inputs?: readonly string[];
}

/** A temporary file of ours for `base`: `.<base>.<pid>.<random>.tmp`. */
const tempPattern = (base: string) => new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.[0-9a-f]{8}\\.tmp$`);

/** Remove temporary files that a killed run left beside `path` (their process is gone). */
function removeStaleTemps(dir: string, base: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const pattern = tempPattern(base);
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    try {
      if (lstatSync(join(dir, name)).isFile()) unlinkSync(join(dir, name));
    } catch {
      // Someone else cleaned it first.
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function writeError(display: string, error: unknown): ReviewError {
  return new ReviewError(`cannot write ${display}: ${describeSystemError(error)}; nothing was written`, 2);
}

/**
 * Write `content` to `path` atomically with mode 0600: a temporary file beside it, fsync, then a
 * rename (with `force`) or a hard link (without, which fails if the target exists). The parent
 * folder is created. The target must be missing or a regular file: a folder, a FIFO, a device, a
 * socket or a link is refused, and so is any file this run read (`inputs`), even with `force`.
 * Temporary files of a killed earlier run for the same target are removed first. Every failure
 * is a plain ReviewError (exit 2); nothing is left half-written.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  const target = resolve(path);
  const display = options.display ?? path;
  const dir = dirname(target);
  const base = basename(target);
  let existing: Stats | undefined;
  try {
    existing = lstatSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw writeError(display, error);
  }
  if (existing && !existing.isFile()) {
    throw new ReviewError(
      `${display} is ${existing.isSymbolicLink() ? 'a link' : kindOf(existing)}, not a regular file; write to a file${existing.isSymbolicLink() ? " (the link's target, if that is what you mean)" : ''}; nothing was written`,
      2,
    );
  }
  if (existing) {
    refuseInputAsOutput(target, options.inputs ?? [], display);
    if (!options.force) throw new FileExistsError(display);
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw writeError(display, error);
  }
  removeStaleTemps(dir, base);
  const tmp = join(dir, `.${base}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    fd = openSync(tmp, 'wx', 0o600);
  } catch (error) {
    throw writeError(display, error);
  }
  try {
    try {
      const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      let written = 0;
      while (written < data.length) written += writeSync(fd, data, written, data.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.force) renameSync(tmp, target);
    else {
      try {
        linkSync(tmp, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(display);
        throw error;
      }
    }
  } catch (error) {
    if (error instanceof ReviewError) throw error;
    throw writeError(display, error);
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // Already renamed or removed.
    }
  }
}

/**
 * Refuse to write `target` when it is one of `inputs` (the same file, by device and inode, so a
 * link or another spelling of the path is caught too). Commands call it before doing any work.
 */
export function refuseInputAsOutput(target: string, inputs: readonly string[], display: string): void {
  const out = statOrUndefined(target);
  if (!out) return;
  for (const input of inputs) {
    const same = statOrUndefined(input);
    if (same && same.dev === out.dev && same.ino === out.ino) {
      throw new ReviewError(
        `${display} is one of this run's inputs; write the result to another file (neither --force nor --overwrite replaces an input); nothing was written`,
        2,
      );
    }
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
