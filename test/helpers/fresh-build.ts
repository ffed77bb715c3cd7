/**
 * Spawn tests run dist/, not src/: after an edit without `npm run build` they would test the old
 * program. `staleBuild` says why a build cannot be trusted (missing, or older than a source it is
 * made from); `requireFreshBuild` refuses to go on with that message.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the build in `root`/dist is made from: every file under src/, the build script and package.json. */
function newestSource(root: string): { file: string; mtimeMs: number } {
  let newest = { file: '', mtimeMs: 0 };
  const consider = (file: string) => {
    const mtimeMs = statSync(file).mtimeMs;
    if (mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
  };
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true }))
    if (entry.isFile()) consider(join(entry.parentPath, entry.name));
  consider(join(root, 'scripts/build.mjs'));
  consider(join(root, 'package.json'));
  return newest;
}

/** Undefined when `root`/dist/review.cjs is newer than every source; otherwise what to do. */
export function staleBuild(root: string): string | undefined {
  let built: number;
  try {
    built = statSync(join(root, 'dist/review.cjs')).mtimeMs;
  } catch {
    return 'dist/ is missing: run npm run build';
  }
  const newest = newestSource(root);
  if (newest.mtimeMs > built)
    return `dist/ is older than src/ (${newest.file.slice(root.length + 1)} changed after the build): run npm run build`;
  return undefined;
}

const checked = new Map<string, string | undefined>();

/** Throws the reason a spawn test cannot trust `root`/dist; checked once per process. */
export function requireFreshBuild(root: string): void {
  if (!checked.has(root)) checked.set(root, staleBuild(root));
  const problem = checked.get(root);
  if (problem) throw new Error(problem);
}
