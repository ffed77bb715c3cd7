/**
 * The workshop's own files: whether a target exists, the draft read back, written after every
 * answer and removed once the review is written. Reviews themselves go through files.ts.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeFileAtomic } from './files.js';

export function pathExists(cwd: string, path: string): boolean {
  return existsSync(resolve(cwd, path));
}

/** The draft's text, or undefined when there is none. Other read errors are thrown as they are. */
export function readDraftText(cwd: string, path: string): string | undefined {
  try {
    return readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Synchronous and atomic: an exit right after an answer cannot leave a half-written draft. */
export function writeDraftText(cwd: string, path: string, text: string): void {
  const absolute = resolve(cwd, path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileAtomic(absolute, text, { force: true });
}

export function removeFile(cwd: string, path: string): void {
  rmSync(resolve(cwd, path), { force: true });
}

/**
 * Write a file (mode 0600, atomic), creating its folder; `replace` allows an existing one, but
 * never one of `inputs` (the files this run read).
 */
export function writeNewFile(cwd: string, path: string, text: string, replace: boolean, inputs: readonly string[] = []): void {
  const absolute = resolve(cwd, path);
  mkdirSync(dirname(absolute), { recursive: true });
  writeFileAtomic(absolute, text, { force: replace, display: path, inputs: inputs.map((f) => resolve(cwd, f)) });
}
