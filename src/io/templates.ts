/**
 * Finding templates: bundled ones by id, or any file by path. templates/<id>.yaml is the current
 * version of a template; templates/<id>.v<N>.yaml keeps an earlier version, because reviews written
 * on it name it (`five-point@1`) and `diff` reads them.
 */
import { present } from '../core/present.js';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTemplate, type Template } from '../core/template.js';
import { suggest } from '../core/text.js';
import { InputError, UsageError } from '../errors.js';
import { readInput } from './files.js';

/** The bundled templates folder: beside dist/ in the package. */
export function bundledTemplatesDir(): string {
  const candidates = [new URL('../templates/', import.meta.url), new URL('../../templates/', import.meta.url)].map((u) => fileURLToPath(u));
  return candidates.find((d) => existsSync(d)) ?? present(candidates[0], 'the first templates folder');
}

const OLDER_VERSION = /\.v\d+\.yaml$/;

/** Earlier versions kept beside the current one: `five-point@1`, ... */
export function olderTemplateRefs(): string[] {
  try {
    return readdirSync(bundledTemplatesDir())
      .map((f) => /^(.+)\.v(\d+)\.yaml$/.exec(f))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => `${m[1]}@${Number(m[2])}`)
      .sort();
  } catch {
    return [];
  }
}

export function bundledTemplateIds(): string[] {
  try {
    return readdirSync(bundledTemplatesDir())
      .filter((f) => f.endsWith('.yaml') && !OLDER_VERSION.test(f))
      .map((f) => f.replace(/\.yaml$/, ''))
      .sort();
  } catch {
    return [];
  }
}

function loadFrom(cwd: string, path: string, display: string): Template {
  const input = readInput(cwd, path);
  const { template, problems } = parseTemplate(input.bytes);
  if (!template) {
    throw new InputError(
      `${display} is not a valid template`,
      problems.map((p) => ({ file: display, line: p.line, column: p.column, message: p.message })),
    );
  }
  return template;
}

/** The bundled file that serves `id` (the current version) or `id@N`, or undefined if none does. */
export function bundledTemplateFile(spec: string): string | undefined {
  const [idPart = '', version] = spec.split('@'); // split gives at least one part
  if (!bundledTemplateIds().includes(idPart)) return undefined;
  const older = version !== undefined && /^\d+$/.test(version) ? `${idPart}.v${Number(version)}.yaml` : undefined;
  if (older && existsSync(resolve(bundledTemplatesDir(), older))) return older;
  return `${idPart}.yaml`;
}

/** `five-point` (its current version), `five-point@1`, or a path to a template file. */
export function loadTemplate(cwd: string, spec: string): Template {
  if (/[\\/]|\.ya?ml$/i.test(spec) || existsSync(resolve(cwd, spec))) return loadFrom(cwd, spec, spec);
  const [idPart = '', version] = spec.split('@'); // split gives at least one part
  const ids = bundledTemplateIds();
  if (!ids.includes(idPart)) {
    const near = suggest(idPart, ids);
    throw new UsageError(
      `no template \`${idPart}\`${near ? `; did you mean \`${near}\`?` : ''} (bundled: ${ids.join(', ')}; or give a path to a template file)`,
    );
  }
  const file = bundledTemplateFile(spec);
  if (file === undefined) throw new UsageError(`no template \`${idPart}\``); // the id was checked just above
  const template = loadFrom(bundledTemplatesDir(), file, `templates/${file}`);
  if (template.id !== idPart) throw new InputError(`templates/${file} has id \`${template.id}\`, not \`${idPart}\``);
  if (version !== undefined && String(template.version) !== version) {
    const kept = [`${idPart}@${template.version}`, ...olderTemplateRefs().filter((r) => r.startsWith(`${idPart}@`))];
    throw new UsageError(`template ${idPart} has no version ${version} bundled (bundled: ${kept.join(', ')})`);
  }
  return template;
}
