/**
 * Questionnaire templates: data, validated like review files (same defensive reader, located
 * problems). Adding a template is adding a file to templates/.
 */
import * as z from 'zod';
import type { LocatedProblem } from './load.js';
import { SECTION_IDS } from './schema.js';
import { formatPath } from './text.js';
import { validateWith } from './validate.js';
import { locate, readYaml } from './yaml-read.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(KEBAB, { message: 'must be kebab-case (lower-case words joined by hyphens)' });
const text = z.string().trim().min(1, { message: 'must not be empty' });

export const templateSchema = z.strictObject({
  id,
  version: z.number().int().min(1),
  title: text,
  description: z.string().optional(),
  minutes: z.number().int().min(1).optional(),
  /** Labels for the ratings 1 to 5. */
  scale: z.array(text).length(5, { message: 'needs exactly five labels, for the ratings 1 to 5' }),
  sections: z
    .array(
      z.strictObject({
        id: z.enum(SECTION_IDS),
        title: text,
        intro: z.string().optional(),
        questions: z.array(z.strictObject({ id, text, help: z.string().optional() })).min(1),
      }),
    )
    .min(1),
  blurredAreas: z.array(z.strictObject({ id, name: text, hint: z.string().optional() })).default([]),
});

export type Template = z.output<typeof templateSchema>;
export type TemplateSection = Template['sections'][number];

/** `five-point@1`. */
export function templateRef(t: Template): string {
  return `${t.id}@${t.version}`;
}

function uniqueIds(t: Template): { message: string; path: (string | number)[] }[] {
  const problems: { message: string; path: (string | number)[] }[] = [];
  const check = (items: { id: string }[], path: (string | number)[], what: string) => {
    const seen = new Set<string>();
    items.forEach((x, i) => {
      if (seen.has(x.id)) problems.push({ message: `duplicate ${what} id \`${x.id}\``, path: [...path, i, 'id'] });
      seen.add(x.id);
    });
  };
  check(t.sections, ['sections'], 'section');
  t.sections.forEach((s, i) => check(s.questions, ['sections', i, 'questions'], 'question'));
  check(t.blurredAreas, ['blurredAreas'], 'blurred area');
  return problems;
}

export function parseTemplate(bytes: Uint8Array): { template?: Template; problems: LocatedProblem[] } {
  const read = readYaml(bytes);
  const at = (path: (string | number)[], message: string, where?: 'key' | 'value'): LocatedProblem => ({ message, ...locate(read.source, path, where), path: formatPath(path) });
  if (read.problems.length) return { problems: read.problems.map((p) => ({ message: p.message, line: p.line, column: p.column, path: formatPath(p.path) })) };
  const result = validateWith(templateSchema, read.value);
  if (!result.data) return { problems: result.problems.map((p) => at(p.path, p.message, p.at)) };
  const dupes = uniqueIds(result.data);
  if (dupes.length) return { problems: dupes.map((p) => at(p.path, p.message)) };
  return { template: result.data, problems: [] };
}
