/**
 * The workshop's first steps: the executives, the ratings section by section with their reveal,
 * and the statements skipped on the way.
 * Each is a step of {@link Workshop}, taking it as `w`.
 */
import { present } from '../../core/present.js';
import type { Question } from '../../core/schema.js';
import { DEFAULT_GAP_THRESHOLD } from '../../core/score.js';
import { PROMPTS, RATER_LABEL, YES_NO, anchorLines, ratingChoices, shown, type Rater } from './wording.js';
import { EXECUTIVE_KEY, required, suggestKey, type DraftQuestion, numeric, gapOf } from './workshop-shared.js';
import type { Workshop } from './workshop.js';

export async function askExecutives(w: Workshop): Promise<void> {
  const { prompter } = w;
  const execs = w.executives;
  for (const key of ['cio', 'cmo'] as const) {
    await w.once(
      `executives.${key}`,
      () =>
        w.text(PROMPTS.executiveName(key), {
          default: execs[key]?.name,
          validate: required(`The ${RATER_LABEL[key]}'s name is needed.`),
        }),
      (v) => (execs[key] = { ...execs[key], name: v.trim() }),
    );
  }
  const others = Object.keys(execs).filter((k) => k !== 'cio' && k !== 'cmo');
  if (others.length && !w.answered.has('executives.done'))
    prompter.say(
      `Other owners already known: ${others.map((k) => `${shown(k)} (${shown(present(execs[k], 'execs[k]').name)})`).join(', ')}`,
    );
  await w.repeatAdding(
    'executives.done',
    'executives',
    () => prompter.key(PROMPTS.addExecutive, YES_NO),
    async (n) => {
      const title = (
        await w.memo(`executives.${n}.title`, () => prompter.input(PROMPTS.executiveTitle, { validate: required('A role is needed.') }))
      ).trim();
      const name = (
        await w.memo(`executives.${n}.name`, () => prompter.input(PROMPTS.executiveNameOther, { validate: required('A name is needed.') }))
      ).trim();
      const key = (
        await w.memo(`executives.${n}.key`, () =>
          prompter.input(PROMPTS.executiveKey, {
            default: suggestKey(title, name),
            validate: (v) =>
              !EXECUTIVE_KEY.test(v)
                ? 'Lower-case letters, digits and hyphens, starting with a letter.'
                : execs[v] || v === 'joint'
                  ? `\`${v}\` is taken.`
                  : true,
          }),
        )
      ).trim();
      execs[key] = { name, title };
      w.save();
    },
  );
}

export async function askRating(w: Workshop, sectionIndex: number, questionIndex: number, rater: Rater, revisit = false): Promise<void> {
  const section = present(w.review.sections[sectionIndex], 'w.review.sections[sectionIndex]');
  const q = present(section.questions[questionIndex], 'section.questions[questionIndex]');
  const key = w.ratingKey(section.id, q.id, rater);
  if (w.answered.has(key)) return;
  if (w.skipped.has(key) && !revisit) return;
  const progress = w.paint.dim(`[${sectionIndex + 1}/${w.review.sections.length} · ${questionIndex + 1}/${section.questions.length}]`);
  const hidden = w.draft.private && !w.role;
  const anchors = w.template.sections.find((t) => t.id === section.id)?.questions.find((t) => t.id === q.id)?.anchors;
  const message = `${progress} ${shown(q.text)}\n  ${w.paint.bold(`${RATER_LABEL[rater]}'s rating`)}${hidden ? w.paint.dim(' (private)') : ''}`;
  let value = await w.prompter.key(message, ratingChoices(w.template.scale, Boolean(anchors)), { private: hidden });
  // `?` shows the statement's anchors, then asks again: nothing is recorded for it.
  while (value === 'anchors' && anchors) {
    w.prompter.say(w.paint.dim(anchorLines(anchors)));
    value = await w.prompter.key(message, ratingChoices(w.template.scale, true), { private: hidden });
  }
  if (value === 'skip') {
    w.skipped.add(key);
  } else {
    q.ratings = { ...q.ratings, [rater]: value } as Question['ratings'];
    w.answered.add(key);
    w.skipped.delete(key);
  }
  w.save();
}

export async function askSection(w: Workshop, s: number): Promise<void> {
  const section = present(w.review.sections[s], 'w.review.sections[s]');
  const t = w.template.sections.find((x) => x.id === section.id);
  const pending = section.questions.some((q) =>
    w.raters().some((r) => !w.answered.has(w.ratingKey(section.id, q.id, r)) && !w.skipped.has(w.ratingKey(section.id, q.id, r))),
  );
  if (pending) {
    w.prompter.say(
      `\n${w.paint.bold(`Section ${s + 1} of ${w.review.sections.length} · ${shown(section.title ?? section.id)}`)}${t?.intro ? `\n${w.paint.dim(shown(t.intro))}` : ''}\n`,
    );
    for (let i = 0; i < section.questions.length; i++) for (const rater of w.raters()) await askRating(w, s, i, rater);
  }
  if (!w.role) await reveal(w, s);
}

export async function askSections(w: Workshop): Promise<void> {
  for (let s = 0; s < w.review.sections.length; s++) await askSection(w, s);
}

/**
 * Both views side by side at the end of a section, the widest gaps first; then each side's
 * example behind every gap of 2 or more (kept as `notes.cio` and `notes.cmo`).
 */
export async function reveal(w: Workshop, s: number): Promise<void> {
  const section = present(w.review.sections[s], 'w.review.sections[s]');
  const key = `reveal:${section.id}`;
  const compared = section.questions
    .flatMap((q) => {
      const cio = numeric(q.ratings?.cio);
      const cmo = numeric(q.ratings?.cmo);
      return cio === undefined || cmo === undefined ? [] : [{ q, cio, cmo, gap: Math.abs(cio - cmo) }];
    })
    .sort((a, b) => b.gap - a.gap);
  const disputed = compared.filter((c) => c.gap >= DEFAULT_GAP_THRESHOLD);
  if (!w.answered.has(key)) {
    const lines = [`\n${w.paint.bold(`Reveal · ${shown(section.title ?? section.id)}`)}`];
    const ceo = (q: DraftQuestion) => (q.ratings?.ceo !== undefined ? ` · CEO ${q.ratings.ceo}` : '');
    for (const { q, cio, cmo, gap: g } of compared) {
      const mark = g >= DEFAULT_GAP_THRESHOLD ? w.paint.red(`gap ${g}  disputed`) : w.paint.dim(`gap ${g}`);
      lines.push(`  CIO ${cio} · CMO ${cmo}${ceo(q)}   ${mark}\n    ${shown(q.text)}`);
    }
    for (const q of section.questions.filter((x) => gapOf(x) === undefined)) {
      lines.push(
        w.paint.dim(
          `  CIO ${q.ratings?.cio ?? 'not given'} · CMO ${q.ratings?.cmo ?? 'not given'}${ceo(q)}   not compared\n    ${shown(q.text)}`,
        ),
      );
    }
    w.prompter.say(`${lines.join('\n')}\n`);
    w.answered.add(key);
    w.save();
  }
  for (const { q, gap, ...rated } of disputed) {
    for (const side of ['cio', 'cmo'] as const) {
      const notes = q.notes && typeof q.notes === 'object' ? q.notes : undefined;
      await w.once(
        `note:${section.id}/${q.id}/${side}`,
        () =>
          w.text(`${w.paint.dim(`[gap ${gap}] ${shown(q.text)}`)}\n  ${PROMPTS.example(side, `${RATER_LABEL[side]}'s ${rated[side]}`)}`, {
            default: notes?.[side],
          }),
        (v) => setNote(q, side, v.trim()),
      );
    }
  }
}

/** One side's evidence on a statement; a plain-text note already there is kept as the CEO's. */
export function setNote(q: DraftQuestion, side: 'cio' | 'cmo', text: string): void {
  const current = q.notes;
  const sides: Record<string, string> =
    typeof current === 'string' ? (current.trim() ? { ceo: current } : {}) : ({ ...(current ?? {}) } as Record<string, string>);
  if (text) sides[side] = text;
  else delete sides[side];
  q.notes = Object.keys(sides).length ? sides : undefined;
}

export async function askSkipped(w: Workshop): Promise<void> {
  const pending = () => [...w.skipped].filter((k) => k.startsWith('rating:'));
  if (!pending().length) return;
  const now = await w.prompter.key(`${pending().length} rating(s) skipped. Answer them now?`, YES_NO);
  if (!now) return;
  await answerSkipped(w);
}

export async function answerSkipped(w: Workshop): Promise<void> {
  const touched = new Set<number>();
  for (const key of [...w.skipped].filter((k) => k.startsWith('rating:'))) {
    const [sectionId, questionId, rater] = key.slice('rating:'.length).split('/');
    const s = w.review.sections.findIndex((x) => x.id === sectionId);
    const i = s < 0 ? -1 : present(w.review.sections[s], 'w.review.sections[s]').questions.findIndex((q) => q.id === questionId);
    if (i >= 0) {
      await askRating(w, s, i, rater as Rater, true);
      touched.add(s);
    }
  }
  if (!w.role) {
    for (const s of touched) {
      w.answered.delete(`reveal:${present(w.review.sections[s], 'w.review.sections[s]').id}`);
      await reveal(w, s);
    }
  }
}
