/**
 * The workshop's draft: everything answered so far, saved after every answer, read back by
 * `--resume` through a zod schema (a draft is a file like any other: it may be damaged or old).
 */
import { present } from '../../core/present.js';
import { join, dirname } from 'node:path';
import * as z from 'zod';
import type { DraftReview } from '../../core/compose.js';
import { InputError, UsageError } from '../../errors.js';
import { readDraftText, writeDraftText } from '../../io/workshop-files.js';
import type { IO } from '../../io/context.js';

export type Role = 'cio' | 'cmo';
/** `init` runs the whole workshop; `agree` settles a merged file. */
export type Mode = 'init' | 'agree';

const question = z.looseObject({ id: z.string(), text: z.string() });
const section = z.looseObject({ id: z.string(), title: z.string().optional(), questions: z.array(question) });
const area = z.looseObject({ id: z.string() });

export const draftSchema = z.object({
  draftVersion: z.literal(1),
  mode: z.enum(['init', 'agree']).default('init'),
  template: z.string(),
  role: z.enum(['cio', 'cmo']).optional(),
  withCeo: z.boolean(),
  /** Ratings entered privately and revealed at the end of each section. */
  private: z.boolean().default(false),
  out: z.string().optional(),
  from: z.string().optional(),
  review: z.looseObject({ sections: z.array(section), blurredAreas: z.array(area) }),
  answered: z.array(z.string()),
  skipped: z.array(z.string()),
  /** Answers inside multi-step additions (a new executive, area, investment, criterion), by key. */
  memo: z.record(z.string(), z.unknown()).default({}),
});

export type Draft = Omit<z.output<typeof draftSchema>, 'review'> & { review: DraftReview };

/** Where a workshop's draft lives: beside its output, or in the default folder for its kind. */
export function draftPathFor(out: string | undefined, role: Role | undefined, mode: Mode = 'init'): string {
  const dir = out ? dirname(out) : role ? 'roles' : 'reviews';
  return join(dir, `.review-${mode}${role ? `.${role}` : ''}.draft.json`);
}

export function loadDraft(io: IO, path: string): Draft | undefined {
  let text: string | undefined;
  try {
    text = readDraftText(io.cwd, path);
  } catch (error) {
    throw new InputError(`${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${path} is not a readable draft (${(error as Error).message}); remove it to start again`);
  }
  const parsed = draftSchema.safeParse(value);
  if (!parsed.success) {
    const first = present(parsed.error.issues[0], 'parsed.error.issues[0]');
    throw new InputError(
      `${path} is not a draft this version of review can resume (${first.path.join('.') || 'top level'}: ${first.message}); remove it to start again`,
    );
  }
  return parsed.data as unknown as Draft;
}

export function requireDraft(io: IO, paths: string[]): { draft: Draft; path: string } {
  for (const path of paths) {
    const draft = loadDraft(io, path);
    if (draft) return { draft, path };
  }
  throw new UsageError(`there is no draft to resume at ${paths[0]}`);
}

export function saveDraft(io: IO, path: string, draft: Draft): void {
  writeDraftText(io.cwd, path, `${JSON.stringify(draft, null, 2)}\n`);
}
