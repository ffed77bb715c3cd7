/** Finding templates: bundled ones by id (templates/<id>.yaml), or any file by path. */
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
  return candidates.find((d) => existsSync(d)) ?? candidates[0];
}

export function bundledTemplateIds(): string[] {
  try {
    return readdirSync(bundledTemplatesDir())
      .filter((f) => f.endsWith('.yaml'))
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

/** `five-point`, `five-point@1`, or a path to a template file. */
export function loadTemplate(cwd: string, spec: string): Template {
  if (/[\\/]|\.ya?ml$/i.test(spec) || existsSync(resolve(cwd, spec))) return loadFrom(cwd, spec, spec);
  const [idPart, version] = spec.split('@');
  const ids = bundledTemplateIds();
  if (!ids.includes(idPart)) {
    const near = suggest(idPart, ids);
    throw new UsageError(`no template \`${idPart}\`${near ? `; did you mean \`${near}\`?` : ''} (bundled: ${ids.join(', ')}; or give a path to a template file)`);
  }
  const template = loadFrom(bundledTemplatesDir(), `${idPart}.yaml`, `templates/${idPart}.yaml`);
  if (version !== undefined && String(template.version) !== version) {
    throw new UsageError(`template ${idPart} is at version ${template.version}; version ${version} is not bundled`);
  }
  return template;
}
