/**
 * Questionnaire templates: data, validated like review files (same defensive reader, located
 * problems). Adding a template is adding a file to templates/.
 */
import * as z from 'zod';
import type { LocatedProblem } from './load.js';
import { SECTION_IDS } from './schema.js';
import { MIRRORED_FACTS } from './statement-facts.js';
import { formatPath } from './text.js';
import { validateWith } from './validate.js';
import { locate, readYaml } from './yaml-read.js';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(KEBAB, { message: 'must be kebab-case (lower-case words joined by hyphens)' });
const text = z.string().trim().min(1, { message: 'must not be empty' });

/** What a rating of 1, 3 and 5 looks like, so both executives read the scale the same way. */
const anchors = z.strictObject({ low: text, mid: text, high: text });

/** A retired or split id's successors, in the template that retired it; `by: []` when none asks it any more. */
const successors = z.union([z.array(id), z.strictObject({ by: z.array(id), note: text.optional() })]);

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
        questions: z
          .array(
            z.strictObject({
              id,
              text,
              help: z.string().optional(),
              anchors: anchors.optional(),
              mirrors: z.enum(MIRRORED_FACTS).optional(),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
  blurredAreas: z.array(z.strictObject({ id, name: text, hint: z.string().optional() })).default([]),
  /** Question ids of earlier versions that this one retired or split, each with its successors. */
  replaces: z.record(id, successors).default({}),
});

export type Template = z.output<typeof templateSchema>;
export type TemplateSection = Template['sections'][number];
export type TemplateQuestion = TemplateSection['questions'][number];

/** A retired id's successors and why, whichever way the template wrote it. */
export interface Succession {
  by: string[];
  note?: string;
}

/** The template's `replaces`, each entry as `{ by, note? }`. */
export function successionsOf(t: Pick<Template, 'replaces'>): Record<string, Succession> {
  const out: Record<string, Succession> = {};
  for (const [old, value] of Object.entries(t.replaces ?? {}))
    out[old] = Array.isArray(value) ? { by: value } : { by: value.by, ...(value.note ? { note: value.note } : {}) };
  return out;
}

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
  // A retired id is not asked any more, and its successors are asked here.
  const asked = new Set(t.sections.flatMap((s) => s.questions.map((q) => q.id)));
  for (const [old, value] of Object.entries(t.replaces)) {
    if (asked.has(old))
      problems.push({ message: `\`${old}\` is still asked in this template, so nothing replaces it`, path: ['replaces', old] });
    (Array.isArray(value) ? value : value.by).forEach((next, j) => {
      if (!asked.has(next))
        problems.push({
          message: `successor \`${next}\` is not a question of this template`,
          path: ['replaces', old, ...(Array.isArray(value) ? [] : ['by']), j],
        });
    });
  }
  return problems;
}

export function parseTemplate(bytes: Uint8Array): { template?: Template; problems: LocatedProblem[] } {
  const read = readYaml(bytes);
  const at = (path: (string | number)[], message: string, where?: 'key' | 'value'): LocatedProblem => ({
    message,
    ...locate(read.source, path, where),
    path: formatPath(path),
  });
  if (read.problems.length)
    return { problems: read.problems.map((p) => ({ message: p.message, line: p.line, column: p.column, path: formatPath(p.path) })) };
  const result = validateWith(templateSchema, read.value);
  if (!result.data) return { problems: result.problems.map((p) => at(p.path, p.message, p.at)) };
  const dupes = uniqueIds(result.data);
  if (dupes.length) return { problems: dupes.map((p) => at(p.path, p.message)) };
  return { template: result.data, problems: [] };
}
