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
import { nameKey, uniqueIdFromName } from '../../core/ids.js';
import { parseMoney } from '../../core/money.js';
import { isNoOwner } from '../../core/owners.js';
import { proposeActions, type ActionProposal } from '../../core/proposals.js';
import type { Action, Criterion, Investment, Question, Review } from '../../core/schema.js';
import { DEFAULT_GAP_THRESHOLD, scoreReview } from '../../core/score.js';
import type { Template } from '../../core/template.js';
import type { IO } from '../../io/context.js';
import type { Prompter } from '../../io/prompt.js';
import { pathExists } from '../../io/workshop-files.js';
import type { Paint } from '../../render/paint.js';
import { saveDraft, type Draft, type Role } from './draft.js';
import {
  ACTION_OUTCOMES,
  BOARD_CHOICES,
  CRITERIA_WHO,
  CRITERION_OUTCOMES,
  isIsoDate,
  NOBODY,
  PROMPTS,
  RATER_LABEL,
  UNSURE,
  YES_NO,
  defaultOut,
  ownerChoices,
  anchorLines,
  ratingChoices,
  shown,
  type Rater,
} from './wording.js';
import { present } from '../../core/present.js';

const PERIOD = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const EXECUTIVE_KEY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A prompt validator: any non-blank answer, else `message`. */
function required(message: string): (value: string) => true | string {
  return (value) => (value.trim() ? true : message);
}

/** A short key for a new executive: initials for a chief officer (coo, cdo), else kebab-case. */
export function suggestKey(title: string, name: string): string {
  const words = title
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w && !['of', 'and', 'the', 'for'].includes(w));
  if (words[0] === 'chief' && words[words.length - 1] === 'officer' && words.length <= 5) return words.map((w) => w[0]).join('');
  const ascii = (title || name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(ascii) ? ascii.slice(0, 32).replace(/-+$/, '') : 'other';
}

export interface WorkshopOptions {
  overwrite: boolean;
}

type Area = DraftReview['blurredAreas'][number];
type DraftQuestion = DraftReview['sections'][number]['questions'][number];
type CriteriaKey = 'cio' | 'cmo' | 'joint';

const numeric = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);
/** |cio − cmo| when both gave a 1..5 rating. */
const gapOf = (q: DraftQuestion): number | undefined => {
  const a = numeric(q.ratings?.cio);
  const b = numeric(q.ratings?.cmo);
  return a === undefined || b === undefined ? undefined : Math.abs(a - b);
};

export class Workshop {
  private readonly answered: Set<string>;
  private readonly skipped: Set<string>;

  constructor(
    private readonly io: IO,
    private readonly prompter: Prompter,
    private readonly template: Template,
    private readonly draft: Draft,
    private readonly draftPath: string,
    private readonly paint: Paint,
    private readonly options: WorkshopOptions,
  ) {
    this.answered = new Set(draft.answered);
    this.skipped = new Set(draft.skipped);
  }

  get review(): DraftReview {
    return this.draft.review;
  }

  private get role(): Role | undefined {
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
  private async text(
    message: string,
    options: { default?: string | number | null; validate?: (value: string) => true | string } = {},
  ): Promise<string> {
    const original = options.default == null ? undefined : String(options.default);
    const display = original === undefined ? undefined : shown(original);
    const value = await this.prompter.input(message, { default: display, validate: options.validate });
    return original !== undefined && value === display ? original : value;
  }

  /** Ask once: skipped when the key was answered before a resume. */
  private async once<T>(key: string, ask: () => Promise<T>, apply: (value: T) => void): Promise<void> {
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
  private async memo<T>(key: string, ask: () => Promise<T>): Promise<T> {
    if (Object.hasOwn(this.draft.memo, key)) return this.draft.memo[key] as T;
    const value = await ask();
    this.draft.memo[key] = value;
    this.save();
    return value;
  }

  /** "Add another …?" until the room says no; each round memoised under `${prefix}.${n}`. */
  private async repeatAdding(
    doneKey: string,
    prefix: string,
    ask: () => Promise<boolean>,
    addOne: (n: number) => Promise<void>,
  ): Promise<void> {
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

  private get executives(): Record<string, { name: string; title?: string }> {
    this.review.executives ??= {} as Review['executives'];
    return this.review.executives as Record<string, { name: string; title?: string }>;
  }

  private raters(): Rater[] {
    if (this.role) return [this.role];
    return this.draft.withCeo ? ['cio', 'cmo', 'ceo'] : ['cio', 'cmo'];
  }

  private ratingKey(sectionId: string, questionId: string, rater: Rater): string {
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
    await this.askExecutives();
    if (this.draft.from && !this.role) await this.askLastYear();
    await this.askSections();
    await this.askSkipped();
    await this.askAreas();
    if (!this.role) {
      await this.askInvestments();
      await this.askCriteria();
      await this.askActions();
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

  private async askExecutives(): Promise<void> {
    const { prompter } = this;
    const execs = this.executives;
    for (const key of ['cio', 'cmo'] as const) {
      await this.once(
        `executives.${key}`,
        () =>
          this.text(PROMPTS.executiveName(key), {
            default: execs[key]?.name,
            validate: required(`The ${RATER_LABEL[key]}'s name is needed.`),
          }),
        (v) => (execs[key] = { ...execs[key], name: v.trim() }),
      );
    }
    const others = Object.keys(execs).filter((k) => k !== 'cio' && k !== 'cmo');
    if (others.length && !this.answered.has('executives.done'))
      prompter.say(`Other owners already known: ${others.map((k) => `${shown(k)} (${shown(execs[k].name)})`).join(', ')}`);
    await this.repeatAdding(
      'executives.done',
      'executives',
      () => prompter.key(PROMPTS.addExecutive, YES_NO),
      async (n) => {
        const title = (
          await this.memo(`executives.${n}.title`, () =>
            prompter.input(PROMPTS.executiveTitle, { validate: required('A role is needed.') }),
          )
        ).trim();
        const name = (
          await this.memo(`executives.${n}.name`, () =>
            prompter.input(PROMPTS.executiveNameOther, { validate: required('A name is needed.') }),
          )
        ).trim();
        const key = (
          await this.memo(`executives.${n}.key`, () =>
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
        this.save();
      },
    );
  }

  private async askRating(sectionIndex: number, questionIndex: number, rater: Rater, revisit = false): Promise<void> {
    const section = this.review.sections[sectionIndex];
    const q = section.questions[questionIndex];
    const key = this.ratingKey(section.id, q.id, rater);
    if (this.answered.has(key)) return;
    if (this.skipped.has(key) && !revisit) return;
    const progress = this.paint.dim(
      `[${sectionIndex + 1}/${this.review.sections.length} · ${questionIndex + 1}/${section.questions.length}]`,
    );
    const hidden = this.draft.private && !this.role;
    const anchors = this.template.sections.find((t) => t.id === section.id)?.questions.find((t) => t.id === q.id)?.anchors;
    const message = `${progress} ${shown(q.text)}\n  ${this.paint.bold(`${RATER_LABEL[rater]}'s rating`)}${hidden ? this.paint.dim(' (private)') : ''}`;
    let value = await this.prompter.key(message, ratingChoices(this.template.scale, Boolean(anchors)), { private: hidden });
    // `?` shows the statement's anchors, then asks again: nothing is recorded for it.
    while (value === 'anchors' && anchors) {
      this.prompter.say(this.paint.dim(anchorLines(anchors)));
      value = await this.prompter.key(message, ratingChoices(this.template.scale, true), { private: hidden });
    }
    if (value === 'skip') {
      this.skipped.add(key);
    } else {
      q.ratings = { ...q.ratings, [rater]: value } as Question['ratings'];
      this.answered.add(key);
      this.skipped.delete(key);
    }
    this.save();
  }

  private async askSection(s: number): Promise<void> {
    const section = this.review.sections[s];
    const t = this.template.sections.find((x) => x.id === section.id);
    const pending = section.questions.some((q) =>
      this.raters().some(
        (r) => !this.answered.has(this.ratingKey(section.id, q.id, r)) && !this.skipped.has(this.ratingKey(section.id, q.id, r)),
      ),
    );
    if (pending) {
      this.prompter.say(
        `\n${this.paint.bold(`Section ${s + 1} of ${this.review.sections.length} · ${shown(section.title ?? section.id)}`)}${t?.intro ? `\n${this.paint.dim(shown(t.intro))}` : ''}\n`,
      );
      for (let i = 0; i < section.questions.length; i++) for (const rater of this.raters()) await this.askRating(s, i, rater);
    }
    if (!this.role) await this.reveal(s);
  }

  private async askSections(): Promise<void> {
    for (let s = 0; s < this.review.sections.length; s++) await this.askSection(s);
  }

  /**
   * Both views side by side at the end of a section, the widest gaps first; then each side's
   * example behind every gap of 2 or more (kept as `notes.cio` and `notes.cmo`).
   */
  private async reveal(s: number): Promise<void> {
    const section = this.review.sections[s];
    const key = `reveal:${section.id}`;
    const compared = section.questions
      .flatMap((q) => {
        const cio = numeric(q.ratings?.cio);
        const cmo = numeric(q.ratings?.cmo);
        return cio === undefined || cmo === undefined ? [] : [{ q, cio, cmo, gap: Math.abs(cio - cmo) }];
      })
      .sort((a, b) => b.gap - a.gap);
    const disputed = compared.filter((c) => c.gap >= DEFAULT_GAP_THRESHOLD);
    if (!this.answered.has(key)) {
      const lines = [`\n${this.paint.bold(`Reveal · ${shown(section.title ?? section.id)}`)}`];
      const ceo = (q: DraftQuestion) => (q.ratings?.ceo !== undefined ? ` · CEO ${q.ratings.ceo}` : '');
      for (const { q, cio, cmo, gap: g } of compared) {
        const mark = g >= DEFAULT_GAP_THRESHOLD ? this.paint.red(`gap ${g}  disputed`) : this.paint.dim(`gap ${g}`);
        lines.push(`  CIO ${cio} · CMO ${cmo}${ceo(q)}   ${mark}\n    ${shown(q.text)}`);
      }
      for (const q of section.questions.filter((x) => gapOf(x) === undefined)) {
        lines.push(
          this.paint.dim(
            `  CIO ${q.ratings?.cio ?? 'not given'} · CMO ${q.ratings?.cmo ?? 'not given'}${ceo(q)}   not compared\n    ${shown(q.text)}`,
          ),
        );
      }
      this.prompter.say(`${lines.join('\n')}\n`);
      this.answered.add(key);
      this.save();
    }
    for (const { q, gap, ...rated } of disputed) {
      for (const side of ['cio', 'cmo'] as const) {
        const notes = q.notes && typeof q.notes === 'object' ? q.notes : undefined;
        await this.once(
          `note:${section.id}/${q.id}/${side}`,
          () =>
            this.text(
              `${this.paint.dim(`[gap ${gap}] ${shown(q.text)}`)}\n  ${PROMPTS.example(side, `${RATER_LABEL[side]}'s ${rated[side]}`)}`,
              { default: notes?.[side] },
            ),
          (v) => this.setNote(q, side, v.trim()),
        );
      }
    }
  }

  /** One side's evidence on a statement; a plain-text note already there is kept as the CEO's. */
  private setNote(q: DraftQuestion, side: 'cio' | 'cmo', text: string): void {
    const current = q.notes;
    const sides: Record<string, string> =
      typeof current === 'string' ? (current.trim() ? { ceo: current } : {}) : ({ ...(current ?? {}) } as Record<string, string>);
    if (text) sides[side] = text;
    else delete sides[side];
    q.notes = Object.keys(sides).length ? sides : undefined;
  }

  private async askSkipped(): Promise<void> {
    const pending = () => [...this.skipped].filter((k) => k.startsWith('rating:'));
    if (!pending().length) return;
    const now = await this.prompter.key(`${pending().length} rating(s) skipped. Answer them now?`, YES_NO);
    if (!now) return;
    await this.answerSkipped();
  }

  private async answerSkipped(): Promise<void> {
    const touched = new Set<number>();
    for (const key of [...this.skipped].filter((k) => k.startsWith('rating:'))) {
      const [sectionId, questionId, rater] = key.slice('rating:'.length).split('/');
      const s = this.review.sections.findIndex((x) => x.id === sectionId);
      const i = s < 0 ? -1 : this.review.sections[s].questions.findIndex((q) => q.id === questionId);
      if (i >= 0) {
        await this.askRating(s, i, rater as Rater, true);
        touched.add(s);
      }
    }
    if (!this.role) {
      for (const s of touched) {
        this.answered.delete(`reveal:${this.review.sections[s].id}`);
        await this.reveal(s);
      }
    }
  }

  private async askAreas(): Promise<void> {
    const { prompter, review, template } = this;
    await this.once(
      'areas.chosen',
      async () => {
        prompter.say(
          `\n${this.paint.bold('Blurred areas')}\n${this.paint.dim('The areas between IT and marketing whose ownership needs settling. Pick the ones that apply here.')}\n`,
        );
        const current = new Set(review.blurredAreas.map((a) => a.id));
        // Last year's areas first, in their order, ticked; then the template's other suggestions.
        const listed = new Map<string, string>(review.blurredAreas.map((a) => [a.id, a.name ?? a.id] as const));
        for (const a of template.blurredAreas) if (!listed.has(a.id)) listed.set(a.id, a.name);
        const hints = new Map(template.blurredAreas.map((a) => [a.id, a.hint]));
        return prompter.checkbox(
          PROMPTS.areasWhich,
          [...listed].map(([id, name]) => ({
            name: shown(name),
            value: id,
            checked: current.has(id),
            description: hints.get(id) === undefined ? undefined : shown(hints.get(id)),
          })),
        );
      },
      (ids) => {
        const byId = new Map(review.blurredAreas.map((a) => [a.id, a]));
        review.blurredAreas = ids.map((id) => byId.get(id) ?? { id, name: template.blurredAreas.find((a) => a.id === id)?.name ?? id });
      },
    );
    await this.repeatAdding(
      'areas.added',
      'areas',
      () => prompter.key(PROMPTS.areaAdd, YES_NO),
      async (n) => {
        const name = (
          await this.memo(`areas.${n}.name`, () =>
            prompter.input(PROMPTS.areaName, {
              validate: (v) => {
                if (!v.trim()) return 'A name is needed.';
                const twin = review.blurredAreas.find((a) => nameKey(a.name ?? '') === nameKey(v));
                return twin ? `${shown(twin.name)} is already on the list.` : true;
              },
            }),
          )
        ).trim();
        await this.memo(`areas.${n}.applied`, async () => {
          review.blurredAreas.push({
            id: uniqueIdFromName(
              name,
              review.blurredAreas.map((a) => a.id),
              'area',
            ),
            name,
          });
          return true;
        });
      },
    );
    for (const [index, area] of review.blurredAreas.entries()) await this.askArea(area, index);
  }

  private areaHeading(area: Area, index: number): string {
    return this.paint.dim(`[area ${index + 1}/${this.review.blurredAreas.length}] ${shown(area.name ?? area.id)}`);
  }

  private async askClaims(area: Area, heading: string): Promise<void> {
    const claimers = this.role ? [this.role] : (['cio', 'cmo'] as const);
    for (const who of claimers) {
      await this.once(
        `area:${area.id}:claim.${who}`,
        () =>
          this.prompter.key(`${heading}\n  ${PROMPTS.claim(who)}`, ownerChoices(this.executives, [UNSURE]), {
            default: area.claims?.[who] ?? undefined,
          }),
        (v) => {
          const claims = { ...area.claims };
          if (v === null) delete claims[who];
          else claims[who] = v;
          area.claims = Object.keys(claims).length ? claims : undefined;
        },
      );
    }
  }

  private async askOwner(area: Area, heading: string, suggested?: string): Promise<void> {
    const current = area.owner == null || isNoOwner(area.owner) ? suggested : area.owner;
    await this.once(
      `area:${area.id}:owner`,
      () => this.prompter.key(`${heading}\n  ${PROMPTS.owner}`, ownerChoices(this.executives, [NOBODY]), { default: current }),
      (v) => (area.owner = v),
    );
  }

  private async askProcess(area: Area, heading: string): Promise<void> {
    await this.once(
      `area:${area.id}:process`,
      () =>
        this.text(`${heading}\n  ${PROMPTS.process(area.owner === 'joint')}`, {
          default: area.process || undefined,
          validate: (v) => (area.owner === 'joint' && !v.trim() ? 'A jointly owned area needs an agreed process.' : true),
        }),
      (v) => (area.process = v.trim() || undefined),
    );
  }

  private async askBoardReporting(area: Area, heading: string): Promise<void> {
    await this.once(
      `area:${area.id}:boardReporting`,
      () => this.prompter.key(`${heading}\n  ${PROMPTS.boardReporting}`, BOARD_CHOICES, { default: area.boardReporting ?? undefined }),
      (v) => (area.boardReporting = v ?? undefined),
    );
  }

  private async askArea(area: Area, index: number): Promise<void> {
    const heading = this.areaHeading(area, index);
    await this.askClaims(area, heading);
    if (this.role) return;
    const agreed = area.claims?.cio && area.claims.cio === area.claims.cmo ? area.claims.cio : undefined;
    await this.askOwner(area, heading, agreed ?? undefined);
    await this.askProcess(area, heading);
    await this.askBoardReporting(area, heading);
  }

  private knownCurrency(): string | undefined {
    return this.review.investments?.find((i) => i.budget?.currency)?.budget?.currency;
  }

  private executiveChoices(checked: readonly string[] = []) {
    return Object.entries(this.executives).map(([key, e]) => ({
      name: `${key === 'cio' || key === 'cmo' ? key.toUpperCase() : shown(key)} (${shown(e.name)})`,
      value: key,
      checked: checked.includes(key),
    }));
  }

  private budgetValidator(): (v: string) => true | string {
    return (v) => {
      if (!v.trim()) return true;
      const m = parseMoney(v);
      return 'error' in m ? m.error : true;
    };
  }

  private async askInvestments(): Promise<void> {
    const { prompter, review } = this;
    review.investments ??= [];
    if (review.investments.length && !this.answered.has('investments.done') && !Object.hasOwn(this.draft.memo, 'investments.0.add')) {
      await this.once(
        'investments.keep',
        () =>
          prompter.key(
            `Keep last year's investments (${this.investments()
              .map((i) => shown(i.name))
              .join(', ')})?`,
            YES_NO,
          ),
        (keep) => {
          if (!keep) review.investments = [];
        },
      );
    }
    if (!this.answered.has('investments.done')) {
      prompter.say(
        `\n${this.paint.bold('Digital investments')}\n${this.paint.dim('Investments the CIO and the CMO should own and report jointly, each with an agreed return.')}\n`,
      );
    }
    await this.repeatAdding(
      'investments.done',
      'investments',
      () => prompter.key(PROMPTS.investmentAdd, YES_NO),
      async (n) => {
        const k = (field: string) => `investments.${n}.${field}`;
        const name = (
          await this.memo(k('name'), () =>
            prompter.input(PROMPTS.investmentName, {
              validate: (v) =>
                !v.trim()
                  ? 'A name is needed.'
                  : this.investments().some((i) => nameKey(i.name) === nameKey(v))
                    ? `${shown(v.trim())} is already listed.`
                    : true,
            }),
          )
        ).trim();
        const owners = await this.memo(k('owners'), () => prompter.checkbox(PROMPTS.investmentOwners, this.executiveChoices()));
        const budgetText = (
          await this.memo(k('amount'), () => prompter.input(PROMPTS.budget, { validate: this.budgetValidator() }))
        ).trim();
        const money = budgetText ? parseMoney(budgetText) : undefined;
        const amount = money && !('error' in money) ? money : undefined;
        const currency = amount
          ? (amount.currency ?? this.knownCurrency() ?? (await this.memo(k('currency'), () => this.askCurrency())))
          : undefined;
        const metric = (await this.memo(k('metric'), () => prompter.input(PROMPTS.roiMetric))).trim();
        const target = metric
          ? (
              await this.memo(k('target'), () =>
                prompter.input(PROMPTS.roiTarget, {
                  validate: (v) => (!v.trim() || Number.isFinite(Number(v)) ? true : 'A number, or empty.'),
                }),
              )
            ).trim()
          : '';
        const jointReporting = await this.memo(k('joint'), () => prompter.key(PROMPTS.jointReporting, YES_NO));
        await this.memo(k('applied'), async () => {
          this.investments().push({
            id: uniqueIdFromName(
              name,
              this.investments().map((i) => i.id),
              'investment',
            ),
            name,
            owners,
            ...(amount && currency !== undefined ? { budget: { amount: amount.amount, currency } } : {}),
            ...(metric ? { roi: { metric, ...(target ? { target: Number(target) } : {}) } } : {}),
            jointReporting,
          });
          return true;
        });
      },
    );
  }

  /** The review's investments, an empty list where there were none. */
  private investments(): Investment[] {
    return (this.review.investments ??= []);
  }

  private async askCurrency(): Promise<string> {
    const v = await this.prompter.input(PROMPTS.currency, {
      validate: (v) => (/^[A-Za-z]{3}$/.test(v.trim()) ? true : 'Three letters, such as GBP.'),
    });
    return v.trim().toUpperCase();
  }

  private get criteria(): Partial<Record<CriteriaKey, Criterion[]>> {
    return (this.review.successCriteria ??= {}) as Partial<Record<CriteriaKey, Criterion[]>>;
  }

  /** A new criterion, as an item with an id made from its text. */
  private addCriterion(key: CriteriaKey, text: string): void {
    const criteria = this.criteria;
    const list = criteria[key] ?? [];
    criteria[key] = [
      ...list,
      {
        id: uniqueIdFromName(
          text,
          list.map((c) => c.id),
          'criterion',
        ),
        text,
        status: 'open',
      },
    ];
  }

  private criterionValidator(key: CriteriaKey): (v: string) => true | string {
    return (v) =>
      (this.criteria[key] ?? []).some((c) => nameKey(c.text) === nameKey(v)) && v.trim() ? 'That criterion is already listed.' : true;
  }

  private async askCriteria(): Promise<void> {
    const { prompter } = this;
    const criteria = this.criteria;
    for (const key of ['cio', 'cmo', 'joint'] as const) {
      // Asked about last year's list only, before anything was added to it this session.
      if (criteria[key]?.length && !this.answered.has(`criteria.${key}.done`) && !Object.hasOwn(this.draft.memo, `criteria.${key}.0`)) {
        await this.once(
          `criteria.${key}.keep`,
          () =>
            prompter.key(
              `Keep last year's success criteria for ${CRITERIA_WHO[key]} (${(criteria[key] ?? []).map((c) => shown(c.text)).join('; ')})?`,
              YES_NO,
            ),
          (keep) => {
            if (!keep) criteria[key] = [];
          },
        );
      }
      for (let n = 0; !this.answered.has(`criteria.${key}.done`); n++) {
        const text = (
          await this.memo(`criteria.${key}.${n}`, () =>
            prompter.input(PROMPTS.criterion(CRITERIA_WHO[key]), { validate: this.criterionValidator(key) }),
          )
        ).trim();
        if (!text) {
          this.answered.add(`criteria.${key}.done`);
          this.save();
          break;
        }
        await this.memo(`criteria.${key}.${n}.applied`, async () => {
          this.addCriterion(key, text);
          return true;
        });
      }
      if (!criteria[key]?.length) delete criteria[key];
    }
  }

  /** With last year's file: how its criteria, ROI targets and open actions turned out. */
  private async askLastYear(): Promise<void> {
    const { prompter, review } = this;
    const criteria = Object.entries(this.criteria).flatMap(([who, list]) =>
      (list ?? []).filter((c) => c.status === 'open').map((c) => ({ who: who as CriteriaKey, c })),
    );
    const rois = (review.investments ?? []).filter((i) => i.roi?.target !== undefined);
    const actions = (review.actions ?? []).filter((a) => a.status === 'open');
    if (!criteria.length && !rois.length && !actions.length) return;
    const keys = [
      ...criteria.map(({ who, c }) => `outcome:criterion:${who}/${c.id}`),
      ...rois.map((i) => `outcome:roi:${i.id}`),
      ...actions.map((a) => `outcome:action:${a.id}`),
    ];
    if (keys.some((k) => !this.answered.has(k)))
      prompter.say(
        `\n${this.paint.bold('Last year')}\n${this.paint.dim("How last year's success criteria, returns and actions turned out.")}\n`,
      );
    for (const { who, c } of criteria) {
      await this.once(
        `outcome:criterion:${who}/${c.id}`,
        () =>
          prompter.key(
            `Success criterion for ${CRITERIA_WHO[who]}: ${shown(c.text)}${c.target !== undefined ? ` (target ${shown(c.target)})` : ''}\n  ${PROMPTS.criterionOutcome}`,
            CRITERION_OUTCOMES,
          ),
        (v) => (c.status = v),
      );
    }
    for (const i of rois) {
      const roi = i.roi;
      if (!roi) continue; // kept by the filter above: every one of these has a return
      await this.once(
        `outcome:roi:${i.id}`,
        () =>
          this.text(
            `${shown(i.name)}\n  ${PROMPTS.roiActual(shown(roi.metric ?? 'the return'), `${roi.target}${roi.direction === 'down' ? ', lower is better' : ''}`)}`,
            {
              default: roi.actual ?? undefined,
              validate: (v) => (!v.trim() || Number.isFinite(Number(v)) ? true : 'A number, or empty.'),
            },
          ),
        (v) => (i.roi = { ...roi, ...(v.trim() ? { actual: Number(v) } : {}) }),
      );
    }
    for (const a of actions) {
      await this.once(
        `outcome:action:${a.id}`,
        () =>
          prompter.key(
            `Last year's action: ${shown(a.title)}${a.owner ? ` (${shown(a.owner)}` : ' ('}${a.due ? `${a.owner ? ', ' : ''}due ${a.due})` : a.owner ? ')' : 'no owner)'}\n  ${PROMPTS.actionOutcome}`,
            ACTION_OUTCOMES,
          ),
        (v) => (a.status = v),
      );
    }
  }

  /** The review as it stands, with the lists a score needs. */
  private asReview(): Review {
    const r = this.review;
    return {
      ...r,
      investments: r.investments ?? [],
      actions: r.actions ?? [],
      decisions: r.decisions ?? [],
      waivers: r.waivers ?? [],
    } as unknown as Review;
  }

  /**
   * Actions at the end, proposed from the findings: each disputed statement, weakness, area not
   * agreed and investment behind target gets a title, an owner and a due date, each skippable.
   */
  private async askActions(): Promise<void> {
    const { prompter } = this;
    // Recomputed each time from the review as it stands (so a revisited section or area brings its
    // new findings), leaving out what an action already names and what the room chose to leave.
    const review = this.asReview();
    const addressed = new Set(review.actions.flatMap((a) => a.for ?? []));
    const k = (p: ActionProposal, f: string) => `action:${p.ref}.${f}`;
    const proposals = proposeActions(scoreReview(review), review.investments, addressed).filter(
      (p) => this.draft.memo[k(p, 'title')] !== '',
    );
    if (proposals.length)
      prompter.say(
        `\n${this.paint.bold('Actions')}\n${this.paint.dim(`${proposals.length} finding(s) call for an action. Give each a title, an owner and a date, or leave it.`)}\n`,
      );
    for (const [i, p] of proposals.entries()) {
      const heading = `${this.paint.dim(`[action ${i + 1}/${proposals.length}]`)} ${shown(p.about)}`;
      const title = (await this.memo(k(p, 'title'), () => prompter.input(`${heading}\n  ${PROMPTS.actionTitle}`))).trim();
      if (!title) continue;
      const owner = await this.memo(k(p, 'owner'), () =>
        prompter.key(
          `${heading}\n  ${PROMPTS.actionOwner}`,
          ownerChoices(this.executives, [{ key: 's', name: 'skip (no owner yet)', value: null }]),
          { default: p.owner },
        ),
      );
      const due = (
        await this.memo(k(p, 'due'), () =>
          prompter.input(`${heading}\n  ${PROMPTS.actionDue}`, {
            validate: (v) => (!v.trim() || isIsoDate(v.trim()) ? true : 'A date written YYYY-MM-DD, or empty.'),
          }),
        )
      ).trim();
      const actions = (this.review.actions ??= []);
      actions.push({
        id: uniqueIdFromName(
          title,
          actions.map((a) => a.id),
          'action',
        ),
        title,
        ...(owner ? { owner } : {}),
        ...(due ? { due } : {}),
        status: 'open',
        for: [p.ref],
      } as Action);
      this.save();
    }
  }

  // -------------------------------------------------------------------------------------------
  // Settling a merged file together (`review agree`)
  // -------------------------------------------------------------------------------------------

  private async runAgree(): Promise<Review | undefined> {
    const { prompter, review, paint } = this;
    const rated = (who: 'cio' | 'cmo') =>
      review.sections.reduce((n, s) => n + s.questions.filter((q) => q.ratings?.[who] !== undefined).length, 0);
    prompter.say(
      `${paint.bold(`Agreeing ${shown(review.organisation)} ${shown(review.period)}`)}\n` +
        `Every rating is kept (the CIO rated ${rated('cio')}, the CMO ${rated('cmo')}). Only what needs the room is asked: the owners still open, processes and board reporting.\n` +
        `Answers are saved as you go in ${shown(this.draftPath)}; Ctrl-C stops and keeps them.\n`,
    );
    if (this.draft.answered.length) prompter.say(`${this.whereWeAre()}\n`);
    for (const [index, area] of review.blurredAreas.entries()) await this.agreeArea(area, index);
    await this.askActions();
    return this.confirm();
  }

  private async agreeArea(area: Area, index: number): Promise<void> {
    const heading = this.areaHeading(area, index);
    const cio = area.claims?.cio;
    const cmo = area.claims?.cmo;
    const agreed = cio && cio === cmo && !isNoOwner(cio) ? cio : undefined;
    const settledOwner = agreed && (isNoOwner(area.owner) || area.owner === agreed);
    if (settledOwner) {
      if (!this.answered.has(`area:${area.id}:owner`)) {
        area.owner = agreed;
        this.answered.add(`area:${area.id}:owner`);
        this.save();
      }
    } else {
      if (!this.answered.has(`area:${area.id}:owner`)) {
        const claims = ['cio', 'cmo']
          .map((w) => `the ${w.toUpperCase()} says ${area.claims?.[w] ? shown(area.claims[w]) : 'nothing'}`)
          .join(', ');
        this.prompter.say(`\n${heading}\n  ${claims}${isNoOwner(area.owner) ? '' : `; recorded owner ${shown(area.owner)}`}.\n`);
      }
      await this.askOwner(area, heading);
    }
    if (!area.process?.trim() || area.owner === 'joint') {
      if (!area.process?.trim()) await this.askProcess(area, heading);
    }
    if (!area.boardReporting) await this.askBoardReporting(area, heading);
  }

  // -------------------------------------------------------------------------------------------
  // The summary, and a way back to any answer
  // -------------------------------------------------------------------------------------------

  private summary(): string {
    const r = this.review;
    const raters = this.draft.mode === 'agree' ? (['cio', 'cmo'] as const) : this.raters();
    const keys = r.sections.flatMap((s) => s.questions.flatMap((q) => raters.map((rater) => q.ratings?.[rater] !== undefined)));
    const rated = keys.filter(Boolean).length;
    const orphans = this.role ? 0 : r.blurredAreas.filter((a) => isNoOwner(a.owner)).length;
    const lines = [
      `${this.paint.bold('Summary')}  (what will be written to ${shown(this.target())})`,
      `  Organisation   ${shown(r.organisation)} · ${shown(r.period)}`,
      `  Reviewer       ${r.reviewer ? `${shown(r.reviewer.name)}${r.reviewer.role ? ` (${shown(r.reviewer.role)})` : ''}` : 'not given'}${r.facilitator ? `, facilitated by ${shown(r.facilitator.name)}${r.facilitator.organisation ? ` (${shown(r.facilitator.organisation)})` : ''}` : ''}`,
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

  private async confirm(): Promise<Review | undefined> {
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
      if (choice === 'skipped') await this.answerSkipped();
      if (choice === 'section') await this.revisitSection();
      if (choice === 'area') await this.revisitArea();
      if (choice === 'investment') await this.revisitInvestment();
      if (choice === 'criteria') await this.revisitCriteria();
      // A changed answer may bring a finding that calls for an action.
      if (!this.role) await this.askActions();
    }
  }

  private async revisitSection(): Promise<void> {
    const sections = this.review.sections;
    const s = await this.prompter.select(
      'Which section?',
      sections.map((x, i) => ({ name: `${i + 1}. ${shown(x.title ?? x.id)}`, value: i })),
    );
    const section = sections[s];
    // The old ratings stay in the draft until each is given again, so an interrupt loses nothing.
    for (const q of section.questions)
      for (const r of this.raters()) {
        this.answered.delete(this.ratingKey(section.id, q.id, r));
        this.skipped.delete(this.ratingKey(section.id, q.id, r));
      }
    this.answered.delete(`reveal:${section.id}`);
    this.save();
    await this.askSection(s);
  }

  private async revisitArea(): Promise<void> {
    const areas = this.review.blurredAreas;
    const i = await this.prompter.select(
      'Which blurred area?',
      areas.map((a, n) => ({ name: `${n + 1}. ${shown(a.name ?? a.id)}`, value: n })),
    );
    const area = areas[i];
    for (const k of [...this.answered]) if (k.startsWith(`area:${area.id}:`)) this.answered.delete(k);
    this.save();
    if (this.draft.mode === 'agree') await this.agreeAreaAgain(area, i);
    else await this.askArea(area, i);
  }

  /** In `agree`, a revisited area asks its owner, process and reporting again, whatever they were. */
  private async agreeAreaAgain(area: Area, index: number): Promise<void> {
    const heading = this.areaHeading(area, index);
    await this.askOwner(area, heading);
    await this.askProcess(area, heading);
    await this.askBoardReporting(area, heading);
  }

  private async revisitInvestment(): Promise<void> {
    const list = (this.review.investments ??= []);
    const pick = await this.prompter.select<number | 'add'>('Which investment?', [
      ...list.map((inv, n) => ({ name: `${n + 1}. ${shown(inv.name)}`, value: n as number | 'add' })),
      { name: 'Add an investment', value: 'add' },
    ]);
    if (pick === 'add') {
      this.answered.delete('investments.done');
      let n = 0;
      while (Object.hasOwn(this.draft.memo, `investments.${n}.add`)) n++;
      this.draft.memo[`investments.${n}.add`] = true;
      this.save();
      // The add-loop asks "another?" after this one, as it did the first time.
      await this.askInvestments();
      return;
    }
    await this.editInvestment(list[pick]);
  }

  /** Each field asked again with its current value as the default; saved after each answer. */
  private async editInvestment(inv: Investment): Promise<void> {
    const { prompter } = this;
    const apply = (change: () => void) => {
      change();
      this.save();
    };
    const keep = await prompter.key(`Keep ${shown(inv.name)}? (n removes it)`, YES_NO);
    if (!keep) {
      apply(() => (this.review.investments = this.investments().filter((x) => x !== inv)));
      return;
    }
    const name = await this.text(PROMPTS.investmentName, { default: inv.name, validate: required('A name is needed.') });
    apply(() => (inv.name = name.trim()));
    const owners = await prompter.checkbox(PROMPTS.investmentOwners, this.executiveChoices(inv.owners));
    apply(() => (inv.owners = owners));
    const budget = (
      await prompter.input(PROMPTS.budget, {
        default: inv.budget ? `${inv.budget.currency} ${inv.budget.amount}` : undefined,
        validate: this.budgetValidator(),
      })
    ).trim();
    const money = budget ? parseMoney(budget) : undefined;
    if (money && !('error' in money)) {
      const currency = money.currency ?? inv.budget?.currency ?? this.knownCurrency() ?? (await this.askCurrency());
      apply(() => (inv.budget = { amount: money.amount, currency }));
    } else apply(() => delete inv.budget);
    const metric = (await this.text(PROMPTS.roiMetric, { default: inv.roi?.metric || undefined })).trim();
    const target = metric
      ? (
          await prompter.input(PROMPTS.roiTarget, {
            default: inv.roi?.target === undefined ? undefined : String(inv.roi.target),
            validate: (v) => (!v.trim() || Number.isFinite(Number(v)) ? true : 'A number, or empty.'),
          })
        ).trim()
      : '';
    apply(() => (inv.roi = metric ? { ...inv.roi, metric, ...(target ? { target: Number(target) } : { target: undefined }) } : undefined));
    if (inv.roi && inv.roi.target === undefined) delete inv.roi.target;
    if (!inv.roi) delete inv.roi;
    const joint = await prompter.key(PROMPTS.jointReporting, YES_NO, { default: inv.jointReporting });
    apply(() => (inv.jointReporting = joint));
  }

  private async revisitCriteria(): Promise<void> {
    const criteria = this.criteria;
    for (const key of ['cio', 'cmo', 'joint'] as const) {
      const listed = criteria[key];
      if (listed?.length) {
        const kept = await this.prompter.checkbox(
          `Success criteria for ${CRITERIA_WHO[key]}: keep which? (Space unticks)`,
          listed.map((c) => ({ name: shown(c.text), value: c.id, checked: true })),
        );
        criteria[key] = listed.filter((c) => kept.includes(c.id));
        this.save();
      }
      for (;;) {
        const text = (await this.prompter.input(PROMPTS.criterion(CRITERIA_WHO[key]), { validate: this.criterionValidator(key) })).trim();
        if (!text) break;
        this.addCriterion(key, text);
        this.save();
      }
      if (!criteria[key]?.length) delete criteria[key];
    }
    this.save();
  }
}
