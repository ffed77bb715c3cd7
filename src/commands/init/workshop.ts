/**
 * The workshop's steps. Every answer is recorded under a stable key and the draft saved at once,
 * so resuming is re-running: a resumed flow skips the keys already answered, and Ctrl-C at any
 * prompt loses nothing and continues at that prompt.
 *
 * Three ways through it: the room (`init`: both executives rate, privately, with a reveal at the
 * end of each section), one executive alone (`init --role`), and settling a merged file together
 * (`agree`: every rating kept, only what is still open is asked).
 */
import type { DraftReview } from '../../core/compose.js';
import { isNoOwner } from '../../core/owners.js';
import type { Criterion, Review } from '../../core/schema.js';
import type { Template } from '../../core/template.js';
import type { IO } from '../../io/context.js';
import type { Prompter } from '../../io/prompt.js';
import { pathExists } from '../../io/workshop-files.js';
import type { Paint } from '../../render/paint.js';
import { saveDraft, type Draft, type Role } from './draft.js';
import { PROMPTS, RATER_LABEL, defaultOut, shown, type Rater } from './wording.js';
import { present } from '../../core/present.js';
import { PERIOD, required, type WorkshopOptions, type CriteriaKey } from './workshop-shared.js';
export { suggestKey, type WorkshopOptions } from './workshop-shared.js';
import { answerSkipped, askExecutives, askSections, askSkipped } from './workshop-statements.js';
import { agreeArea, askAreas } from './workshop-areas.js';
import { askActions, askCriteria, askInvestments, askLastYear } from './workshop-plans.js';
import { revisitArea, revisitCriteria, revisitInvestment, revisitSection } from './workshop-revisit.js';

/** Who ran the review and who facilitated it, for the summary. */
function whoReviewed(r: DraftReview): string {
  const reviewer = r.reviewer ? `${shown(r.reviewer.name)}${r.reviewer.role ? ` (${shown(r.reviewer.role)})` : ''}` : 'not given';
  const facilitator = r.facilitator
    ? `, facilitated by ${shown(r.facilitator.name)}${r.facilitator.organisation ? ` (${shown(r.facilitator.organisation)})` : ''}`
    : '';
  return `${reviewer}${facilitator}`;
}

/**
 * The workshop: its state, the order of its steps and the confirmation at the end. The steps live
 * beside it (workshop-statements, -areas, -plans, -revisit) and take it as `w`, which is why its
 * members are not private.
 */
export class Workshop {
  readonly answered: Set<string>;
  readonly skipped: Set<string>;

  constructor(
    readonly io: IO,
    readonly prompter: Prompter,
    readonly template: Template,
    readonly draft: Draft,
    readonly draftPath: string,
    readonly paint: Paint,
    readonly options: WorkshopOptions,
  ) {
    this.answered = new Set(draft.answered);
    this.skipped = new Set(draft.skipped);
  }

  get review(): DraftReview {
    return this.draft.review;
  }

  get role(): Role | undefined {
    return this.draft.role;
  }

  /** Mark keys as answered without asking (what a carried-over file already settles). */
  settle(...keys: string[]): void {
    for (const k of keys) this.answered.add(k);
  }

  save(): void {
    this.draft.answered = [...this.answered];
    this.draft.skipped = [...this.skipped];
    saveDraft(this.io, this.draftPath, this.draft);
  }

  /**
   * A text prompt whose default came from a file: shown escaped, and taken back unchanged when
   * the room accepts it, so escaping for the screen never alters what is kept.
   */
  async text(
    message: string,
    options: { default?: string | number | null; validate?: (value: string) => true | string } = {},
  ): Promise<string> {
    const original = options.default == null ? undefined : String(options.default);
    const display = original === undefined ? undefined : shown(original);
    const value = await this.prompter.input(message, { default: display, validate: options.validate });
    return original !== undefined && value === display ? original : value;
  }

  /** Ask once: skipped when the key was answered before a resume. */
  async once<T>(key: string, ask: () => Promise<T>, apply: (value: T) => void): Promise<void> {
    if (this.answered.has(key)) return;
    const value = await ask();
    apply(value);
    this.answered.add(key);
    this.skipped.delete(key);
    this.save();
  }

  /**
   * One answer inside a multi-step addition: asked once, kept in the draft, and replayed on
   * resume, so an interrupt between the steps of adding an item loses nothing.
   */
  async memo<T>(key: string, ask: () => Promise<T>): Promise<T> {
    if (Object.hasOwn(this.draft.memo, key)) return this.draft.memo[key] as T;
    const value = await ask();
    this.draft.memo[key] = value;
    this.save();
    return value;
  }

  /** "Add another …?" until the room says no; each round memoised under `${prefix}.${n}`. */
  async repeatAdding(doneKey: string, prefix: string, ask: () => Promise<boolean>, addOne: (n: number) => Promise<void>): Promise<void> {
    for (let n = 0; !this.answered.has(doneKey); n++) {
      const more = await this.memo(`${prefix}.${n}.add`, ask);
      if (!more) {
        this.answered.add(doneKey);
        this.save();
        return;
      }
      await addOne(n);
    }
  }

  get executives(): Record<string, { name: string; title?: string }> {
    this.review.executives ??= {} as Review['executives'];
    return this.review.executives as Record<string, { name: string; title?: string }>;
  }

  raters(): Rater[] {
    if (this.role) return [this.role];
    return this.draft.withCeo ? ['cio', 'cmo', 'ceo'] : ['cio', 'cmo'];
  }

  ratingKey(sectionId: string, questionId: string, rater: Rater): string {
    return `rating:${sectionId}/${questionId}/${rater}`;
  }

  /** The review's file once the period is known: `--out`, or the default for this kind of run. */
  target(period = this.review.period): string | undefined {
    return this.draft.out ?? (period === undefined ? undefined : defaultOut(String(period), this.role));
  }

  async run(): Promise<Review | undefined> {
    if (this.draft.mode === 'agree') return this.runAgree();
    const { template, review, prompter, paint } = this;
    prompter.say(
      `${paint.bold(shown(template.title))}${template.minutes ? paint.dim(`  (about ${template.minutes} minutes)`) : ''}\n` +
        (this.role ? `Collecting the ${RATER_LABEL[this.role]}'s answers alone; merge them with the other executive's afterwards.\n` : '') +
        (!this.role && this.draft.private
          ? 'Ratings are entered privately: nobody sees an answer until the reveal at the end of each section.\n'
          : '') +
        `Answers are saved as you go in ${shown(this.draftPath)}; Ctrl-C stops and keeps them.\n`,
    );
    if (this.draft.answered.length) prompter.say(`${this.whereWeAre()}\n`);

    await this.once(
      'organisation',
      () => this.text(PROMPTS.organisation, { default: review.organisation, validate: required('The organisation is needed.') }),
      (v) => (review.organisation = v.trim()),
    );
    await this.once(
      'period',
      () =>
        this.text(PROMPTS.period, {
          default: review.period ?? String(this.io.now().getFullYear()),
          validate: (v) => {
            const p = v.trim();
            if (!PERIOD.test(p)) return 'Use a year or a short label: letters, digits, dots, hyphens.';
            const target = present(this.target(p), 'the file for a period just given');
            if (!this.options.overwrite && pathExists(this.io.cwd, target)) {
              return `${shown(target)} already exists and will not be replaced. Choose another period, or press Ctrl-C (your answers are kept) and continue with review init --resume --overwrite to replace it.`;
            }
            return true;
          },
        }),
      (v) => {
        review.period = /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : v.trim();
        const target = present(this.target(), 'the file for the period just set');
        if (pathExists(this.io.cwd, target))
          prompter.say(this.paint.yellow(`⚠ ${shown(target)} already exists: it will be replaced when you write (--overwrite).\n`));
      },
    );
    await this.once(
      'reviewer',
      () => this.text(PROMPTS.reviewerName, { default: review.reviewer?.name }),
      (v) =>
        (review.reviewer = v.trim() ? { name: v.trim(), ...(review.reviewer?.role ? { role: review.reviewer.role } : {}) } : undefined),
    );
    const reviewer = review.reviewer;
    if (reviewer) {
      await this.once(
        'reviewer.role',
        () =>
          this.text(PROMPTS.reviewerRole, {
            default: review.reviewer?.role ?? 'CEO',
            validate: required('A role is needed (CEO, consultant, chair...).'),
          }),
        (v) => (review.reviewer = { name: reviewer.name, role: v.trim() }),
      );
    }
    await this.once(
      'facilitator',
      () => this.text(PROMPTS.facilitator, { default: review.facilitator?.name }),
      (v) =>
        (review.facilitator = v.trim()
          ? { name: v.trim(), ...(review.facilitator?.organisation ? { organisation: review.facilitator.organisation } : {}) }
          : undefined),
    );
    const facilitator = review.facilitator;
    if (facilitator) {
      await this.once(
        'facilitator.organisation',
        () => this.text(PROMPTS.facilitatorOrganisation, { default: review.facilitator?.organisation }),
        (v) => (review.facilitator = { name: facilitator.name, ...(v.trim() ? { organisation: v.trim() } : {}) }),
      );
    }
    await askExecutives(this);
    if (this.draft.from && !this.role) await askLastYear(this);
    await askSections(this);
    await askSkipped(this);
    await askAreas(this);
    if (!this.role) {
      await askInvestments(this);
      await askCriteria(this);
      await askActions(this);
    }
    return this.confirm();
  }

  /** Where a resumed workshop stands: what is answered, and what comes next. */
  whereWeAre(): string {
    const r = this.review;
    let given = 0;
    let total = 0;
    let next: string | undefined;
    r.sections.forEach((s, si) =>
      s.questions.forEach((q, qi) =>
        this.raters().forEach((rater) => {
          total++;
          const key = this.ratingKey(s.id, q.id, rater);
          if (this.answered.has(key)) given++;
          else if (!next && !this.skipped.has(key))
            next = `section ${si + 1} of ${r.sections.length} (${shown(s.title ?? s.id)}), question ${qi + 1} of ${s.questions.length}, the ${RATER_LABEL[rater]}'s rating`;
        }),
      ),
    );
    const settled = r.blurredAreas.filter((a) => [...this.answered].some((k) => k.startsWith(`area:${a.id}:`))).length;
    const who = r.organisation ? `${shown(r.organisation)}${r.period !== undefined ? ` ${shown(r.period)}` : ''}` : 'the workshop';
    if (this.draft.mode === 'agree')
      return `${this.paint.bold(`Resuming ${who}.`)}\n  ${settled} of ${r.blurredAreas.length} blurred areas taken up so far; every rating is kept.`;
    const lines = [
      this.paint.bold(`Resuming ${who}.`),
      `  ${given} of ${total} ratings given${this.skipped.size ? `, ${[...this.skipped].filter((k) => k.startsWith('rating:')).length} skipped for later` : ''}; ${settled} of ${r.blurredAreas.length} blurred areas answered.`,
    ];
    if (next) lines.push(`  Next: ${next}.`);
    else if (this.answered.has('areas.chosen')) lines.push('  Next: the blurred areas and what follows them.');
    return lines.join('\n');
  }

  get criteria(): Partial<Record<CriteriaKey, Criterion[]>> {
    return (this.review.successCriteria ??= {}) as Partial<Record<CriteriaKey, Criterion[]>>;
  }

  /** The review as it stands, with the lists a score needs. */
  asReview(): Review {
    const r = this.review;
    return {
      ...r,
      investments: r.investments ?? [],
      actions: r.actions ?? [],
      decisions: r.decisions ?? [],
      waivers: r.waivers ?? [],
    } as unknown as Review;
  }

  async runAgree(): Promise<Review | undefined> {
    const { prompter, review, paint } = this;
    const rated = (who: 'cio' | 'cmo') =>
      review.sections.reduce((n, s) => n + s.questions.filter((q) => q.ratings?.[who] !== undefined).length, 0);
    prompter.say(
      `${paint.bold(`Agreeing ${shown(review.organisation)} ${shown(review.period)}`)}\n` +
        `Every rating is kept (the CIO rated ${rated('cio')}, the CMO ${rated('cmo')}). Only what needs the room is asked: the owners still open, processes and board reporting.\n` +
        `Answers are saved as you go in ${shown(this.draftPath)}; Ctrl-C stops and keeps them.\n`,
    );
    if (this.draft.answered.length) prompter.say(`${this.whereWeAre()}\n`);
    for (const [index, area] of review.blurredAreas.entries()) await agreeArea(this, area, index);
    await askActions(this);
    return this.confirm();
  }

  summary(): string {
    const r = this.review;
    const raters = this.draft.mode === 'agree' ? (['cio', 'cmo'] as const) : this.raters();
    const keys = r.sections.flatMap((s) => s.questions.flatMap((q) => raters.map((rater) => q.ratings?.[rater] !== undefined)));
    const rated = keys.filter(Boolean).length;
    const orphans = this.role ? 0 : r.blurredAreas.filter((a) => isNoOwner(a.owner)).length;
    const lines = [
      `${this.paint.bold('Summary')}  (what will be written to ${shown(this.target())})`,
      `  Organisation   ${shown(r.organisation)} · ${shown(r.period)}`,
      `  Reviewer       ${whoReviewed(r)}`,
      `  Executives     ${Object.entries(r.executives ?? {})
        .map(([k, e]) => `${shown(k)} ${shown(e.name)}`)
        .join(', ')}`,
      `  Ratings        ${rated} of ${keys.length} given${keys.length - rated ? this.paint.yellow(` (${keys.length - rated} not given)`) : ''}`,
      `  Blurred areas  ${r.blurredAreas.length}${orphans ? this.paint.red(` (${orphans} without an owner)`) : ''}`,
    ];
    if (!this.role) {
      lines.push(`  Investments    ${r.investments?.length ?? 0}`);
      lines.push(
        `  Criteria       CIO ${r.successCriteria?.cio?.length ?? 0}, CMO ${r.successCriteria?.cmo?.length ?? 0}, both ${r.successCriteria?.joint?.length ?? 0}`,
      );
    }
    if (!this.role)
      lines.push(
        `  Actions        ${(r.actions ?? []).filter((a) => a.status === 'open').length} open${(r.actions ?? []).length ? `, ${(r.actions ?? []).filter((a) => a.status !== 'open').length} closed` : ''}`,
      );
    return lines.join('\n');
  }

  async confirm(): Promise<Review | undefined> {
    type Next = 'write' | 'skipped' | 'section' | 'area' | 'investment' | 'criteria' | 'stop';
    for (;;) {
      this.prompter.say(`\n${this.summary()}\n`);
      const skipped = [...this.skipped].filter((k) => k.startsWith('rating:')).length;
      const agree = this.draft.mode === 'agree';
      const choice = await this.prompter.select<Next>(
        `Write ${shown(this.target())}?`,
        [
          { name: `Write ${shown(this.target())}`, value: 'write' },
          ...(skipped ? [{ name: `Answer the ${skipped} skipped rating(s) first`, value: 'skipped' as const }] : []),
          ...(!agree ? [{ name: 'Change the ratings of a section', value: 'section' as const }] : []),
          ...(this.review.blurredAreas.length ? [{ name: 'Change a blurred area', value: 'area' as const }] : []),
          ...(!agree && !this.role ? [{ name: 'Change, add or remove an investment', value: 'investment' as const }] : []),
          ...(!agree && !this.role ? [{ name: 'Change the success criteria', value: 'criteria' as const }] : []),
          { name: `Stop here and keep the draft (continue later with --resume)`, value: 'stop' },
        ],
        { default: 'write' },
      );
      if (choice === 'stop') return undefined;
      if (choice === 'write') return this.review as Review;
      if (choice === 'skipped') await answerSkipped(this);
      if (choice === 'section') await revisitSection(this);
      if (choice === 'area') await revisitArea(this);
      if (choice === 'investment') await revisitInvestment(this);
      if (choice === 'criteria') await revisitCriteria(this);
      // A changed answer may bring a finding that calls for an action.
      if (!this.role) await askActions(this);
    }
  }
}
