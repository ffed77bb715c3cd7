/**
 * `review init`: the workshop. Runs the template's questionnaire (or reads an answers file),
 * saves a draft after every answer, and writes the review when the room confirms.
 *
 * Resuming is re-running: every answer is recorded under a stable key, and a resumed flow skips
 * the keys already answered, so Ctrl-C at any prompt loses nothing and continues at that prompt.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { answersSchema, type Answers } from '../core/answers.js';
import { composeReview, composeSections, type DraftReview } from '../core/compose.js';
import { isNoOwner } from '../core/owners.js';
import { BOARD_REPORTING, type Review } from '../core/schema.js';
import { DEFAULT_GAP_THRESHOLD, scoreReview } from '../core/score.js';
import { gateOfReview } from '../core/check.js';
import { serializeReview } from '../core/serialize.js';
import { templateRef, type Template } from '../core/template.js';
import { validateWith } from '../core/validate.js';
import { locate, readYaml } from '../core/yaml-read.js';
import { migrateValue } from '../core/migrate.js';
import { InputError, InterruptedError, UsageError } from '../errors.js';
import { colorEnabled, makePaint } from '../io/color.js';
import { isoDay, type IO } from '../io/context.js';
import { readInput, writeFileAtomic } from '../io/files.js';
import type { Choice, Prompter } from '../io/prompt.js';
import { loadTemplate } from '../io/templates.js';
import type { Paint } from '../render/paint.js';
import { renderScoreTable } from '../render/score/table.js';
import { scoreDocument } from '../render/score/json.js';
import { safeJson } from '../render/escape.js';
import { readReview, requireValidReview } from './load.js';

export type Role = 'cio' | 'cmo';

export interface InitOptions {
  template?: string;
  role?: string;
  from?: string;
  answers?: string;
  out?: string;
  force?: boolean;
  resume?: boolean;
  withCeo?: boolean;
  color?: boolean;
  format?: string;
  version: string;
}

export interface InitDeps {
  /** A prompter to use instead of the terminal (tests). */
  prompter?: Prompter;
}

/** What is saved after every answer. */
interface Draft {
  draftVersion: 1;
  template: string;
  role?: Role;
  withCeo: boolean;
  out?: string;
  from?: string;
  review: DraftReview;
  answered: string[];
  skipped: string[];
  /** Answers inside multi-step additions (a new executive, area, investment, criterion), by key. */
  memo: Record<string, unknown>;
}

const RATER_LABEL = { cio: 'CIO', cmo: 'CMO', ceo: 'CEO' } as const;
const PERIOD = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function kebab(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48) || 'item';
}

/** A prompt validator: any non-blank answer, else `message`. */
function required(message: string): (value: string) => true | string {
  return (value) => (value.trim() ? true : message);
}

/** A kebab-case id from a name, not yet used in `items`. */
function uniqueId(name: string, items: readonly { id: string }[]): string {
  let id = kebab(name);
  for (let n = 2; items.some((x) => x.id === id); n++) id = `${kebab(name)}-${n}`;
  return id;
}

/** A short key for a new executive: initials for a chief officer (coo, cdo), else kebab-case. */
export function suggestKey(title: string, name: string): string {
  const words = title.toLowerCase().split(/[^a-z]+/).filter((w) => w && !['of', 'and', 'the', 'for'].includes(w));
  if (words[0] === 'chief' && words[words.length - 1] === 'officer' && words.length <= 5) return words.map((w) => w[0]).join('');
  return kebab(title || name);
}

export function defaultOut(period: string, role?: Role): string {
  return join('reviews', `${period}${role ? `.${role}` : ''}.yaml`);
}

export function draftPathFor(out: string | undefined, role?: Role): string {
  return join(out ? dirname(out) : 'reviews', `.review-init${role ? `.${role}` : ''}.draft.json`);
}

function parseRole(role: string | undefined): Role | undefined {
  if (role === undefined) return undefined;
  if (role !== 'cio' && role !== 'cmo') throw new UsageError('--role must be cio or cmo');
  return role;
}

// ---------------------------------------------------------------------------------------------
// Non-interactive: --answers
// ---------------------------------------------------------------------------------------------

function readAnswers(io: IO, file: string): Answers {
  const input = readInput(io.cwd, file);
  const read = readYaml(input.bytes, input.size);
  const located = (items: { message: string; line: number; column: number }[]) => items.map((p) => ({ file, line: p.line, column: p.column, message: p.message }));
  if (read.problems.length) throw new InputError(`${file} is not a usable answers file`, located(read.problems));
  // Criteria written as text (version 1) are read as version 2 items, as review files are.
  const value = read.value !== null && typeof read.value === 'object' && !Array.isArray(read.value) ? migrateValue(read.value as Record<string, unknown>) : read.value;
  if (value !== read.value && (read.value as Record<string, unknown>).schemaVersion === undefined) delete (value as Record<string, unknown>).schemaVersion;
  const result = validateWith(answersSchema(), value);
  if (!result.data) {
    throw new InputError(
      `${file} is not a usable answers file`,
      located(result.problems.map((p) => ({ message: p.message, ...locate(read.source, p.path, p.at) }))),
    );
  }
  return result.data as Answers;
}

/** The review the sources make together; what none of them supplied is reported against `label`. */
function finalReview(draft: DraftReview, label: string, hint: string): Review {
  return requireValidReview(draft, label, `${label} does not make a complete review${hint}`);
}

function header(template: Template, io: IO, how: string): string {
  return ` ${how} with review init on ${isoDay(io.now())}, template ${templateRef(template)}.\n Check it with: review check <this file>`;
}

function writeReview(io: IO, out: string, review: Review, template: Template, force: boolean | undefined, how: string): void {
  const path = resolve(io.cwd, out);
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic(path, serializeReview(review, header(template, io, how)), { force });
}

function nextSteps(out: string, role: Role | undefined, period: string): string {
  if (role) {
    const other = role === 'cio' ? 'cmo' : 'cio';
    const dir = dirname(out);
    return [
      'Next:',
      `  review init --role ${other}            the ${RATER_LABEL[other]} answers alone`,
      `  review merge ${join(dir, `${period}.cio.yaml`)} ${join(dir, `${period}.cmo.yaml`)} --out ${join(dir, `${period}.yaml`)}`,
      `  then agree the owners (review init --from ${join(dir, `${period}.yaml`)} --force), and keep the two answer files out of the folder CI checks:`,
      '  they hold one view each and have no agreed owners, so review check would fail on them.',
    ].join('\n');
  }
  return ['Next:', `  review check ${out}`, `  review score ${out} --explain`, `  review report ${out} --format html --out board.html`, `  git add ${out} && git commit -m "Review ${period}"`].join('\n');
}

/** The gate shown beside the verdict: how the written review fares in `review check`. */
function gateOf(io: IO, review: Review): { errors: number; warnings: number } {
  return gateOfReview(review, { severities: {}, today: isoDay(io.now()), gapThreshold: DEFAULT_GAP_THRESHOLD });
}

function printResult(io: IO, paint: Paint, out: string, review: Review, role: Role | undefined): void {
  io.stdout(`\n${paint.green('✔')} Wrote ${out}\n\n`);
  if (!role) io.stdout(renderScoreTable({ file: out, review, score: scoreReview(review), gate: gateOf(io, review), explain: false }, { paint, width: io.columns }));
  else {
    const answered = review.sections.reduce((n, s) => n + s.questions.filter((q) => q.ratings?.[role] !== undefined).length, 0);
    const total = review.sections.reduce((n, s) => n + s.questions.length, 0);
    io.stdout(`The ${RATER_LABEL[role]} rated ${answered} of ${total} statements and named owners for ${review.blurredAreas.filter((a) => a.claims?.[role]).length} blurred areas.\n`);
  }
  io.stdout(`\n${nextSteps(out, role, String(review.period))}\n`);
}

async function runWithAnswers(options: InitOptions, io: IO, template: Template, role: Role | undefined): Promise<number> {
  const answers = readAnswers(io, options.answers!);
  const from = options.from ? readReview(io, options.from).review : undefined;
  const draft = composeReview(template, answers, from);
  if (draft.period === undefined) draft.period = io.now().getFullYear();
  const review = finalReview(draft, options.answers!, options.from ? '' : ': add what is missing to it, or start from last year with --from <file>');
  const out = options.out ?? defaultOut(String(review.period), role);
  writeReview(io, out, review, template, options.force, 'Written');
  if (options.format === 'json') {
    io.stdout(`${safeJson({ version: 1, file: out, template: templateRef(template), role: role ?? null, score: role ? null : scoreDocument({ file: out, review, score: scoreReview(review), gate: gateOf(io, review), explain: false }) })}\n`);
    return 0;
  }
  printResult(io, makePaint(colorEnabled(io, options.color)), out, review, role);
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Interactive: the workshop
// ---------------------------------------------------------------------------------------------

class Workshop {
  private readonly answered: Set<string>;
  private readonly skipped: Set<string>;

  constructor(
    private readonly io: IO,
    private readonly prompter: Prompter,
    private readonly template: Template,
    private readonly draft: Draft,
    private readonly draftPath: string,
    private readonly paint: Paint,
    private readonly force: boolean,
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

  /** Saved synchronously after every answer: an exit right after cannot leave a 0-byte file. */
  save(): void {
    this.draft.answered = [...this.answered];
    this.draft.skipped = [...this.skipped];
    const path = resolve(this.io.cwd, this.draftPath);
      mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, `${JSON.stringify(this.draft, null, 2)}\n`, { force: true });
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

  /**
   * "Add another …?" until the room says no. Each round's answers are memoised under
   * `${prefix}.${n}`, so a resume replays a half-added item instead of losing it.
   */
  private async repeatAdding(doneKey: string, prefix: string, ask: () => Promise<boolean>, addOne: (n: number) => Promise<void>): Promise<void> {
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

  private ownerChoices(extra: Choice<string | null>[] = []): Choice<string | null>[] {
    const execs = (this.review.executives ?? {}) as Record<string, { name: string }>;
    return [
      ...Object.entries(execs).map(([key, e]) => ({ name: `${key === 'cio' || key === 'cmo' ? key.toUpperCase() : key} (${e.name})`, value: key as string | null })),
      { name: 'Joint (CIO and CMO together)', value: 'joint' },
      ...extra,
    ];
  }

  async run(): Promise<Review | undefined> {
    const { template, review, prompter, paint } = this;
    prompter.say(`${paint.bold(template.title)}${template.minutes ? paint.dim(`  (about ${template.minutes} minutes)`) : ''}\n${this.role ? `Collecting the ${RATER_LABEL[this.role]}'s answers alone; merge them with the other executive's afterwards.\n` : ''}Answers are saved as you go in ${this.draftPath}; Ctrl-C stops and keeps them.\n`);

    await this.once(
      'organisation',
      () => prompter.input('Organisation', { default: review.organisation, validate: required('The organisation is needed.') }),
      (v) => (review.organisation = v.trim()),
    );
    await this.once(
      'period',
      () =>
        prompter.input('Period (a year, or a label such as 2026-H1)', {
          default: String(review.period ?? this.io.now().getFullYear()),
          validate: (v) => (PERIOD.test(v.trim()) ? true : 'Use a year or a short label: letters, digits, dots, hyphens.'),
        }),
      (v) => (review.period = /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : v.trim()),
    );
    const out = this.draft.out ?? defaultOut(String(review.period), this.role);
    if (!this.draft.out) {
      this.draft.out = out;
      this.save();
    }
    if (!this.force && existsSync(resolve(this.io.cwd, out))) {
      throw new UsageError(`${out} already exists. Your answers are kept in ${this.draftPath}; continue with \`review init --resume --force\` to replace it, or \`--out <file>\``);
    }
    await this.once(
      'reviewer',
      () => prompter.input('Who is running the review (name)?', { default: review.reviewer?.name }),
      (v) => (review.reviewer = v.trim() ? { name: v.trim(), role: review.reviewer?.role ?? 'CEO' } : undefined),
    );
    await this.askExecutives();
    await this.askSections();
    await this.askSkipped();
    await this.askAreas();
    if (!this.role) {
      await this.askInvestments();
      await this.askCriteria();
    }
    return this.confirmAndBuild();
  }

  private async askExecutives(): Promise<void> {
    const { prompter, review } = this;
    review.executives ??= {} as Review['executives'];
    const execs = review.executives as Record<string, { name: string; title?: string }>;
    for (const key of ['cio', 'cmo'] as const) {
      await this.once(
        `executives.${key}`,
        () => prompter.input(`Name of the ${RATER_LABEL[key]}`, { default: execs[key]?.name, validate: required(`The ${RATER_LABEL[key]}'s name is needed.`) }),
        (v) => (execs[key] = { ...execs[key], name: v.trim() }),
      );
    }
    const others = Object.keys(execs).filter((k) => k !== 'cio' && k !== 'cmo');
    if (others.length && !this.answered.has('executives.done')) prompter.say(`Other owners already known: ${others.map((k) => `${k} (${execs[k].name})`).join(', ')}`);
    await this.repeatAdding(
      'executives.done',
      'executives',
      () => prompter.confirm('Add another executive or body who may own a blurred area (a COO, head of service, steering council)?', { default: false }),
      async (n) => {
        const title = (await this.memo(`executives.${n}.title`, () => prompter.input('Their role (e.g. Chief Operating Officer)', { validate: required('A role is needed.') }))).trim();
        const name = (await this.memo(`executives.${n}.name`, () => prompter.input("Their name (or the body's name)", { validate: required('A name is needed.') }))).trim();
        const key = (
          await this.memo(`executives.${n}.key`, () =>
            prompter.input('Short key used in the file', {
              default: suggestKey(title, name),
              validate: (v) => (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(v) ? 'Lower-case letters, digits and hyphens.' : execs[v] || v === 'joint' ? `\`${v}\` is taken.` : true),
            }),
          )
        ).trim();
        execs[key] = { name, title };
        this.save();
      },
    );
  }

  private raters(): ('cio' | 'cmo' | 'ceo')[] {
    if (this.role) return [this.role];
    return this.draft.withCeo ? ['cio', 'cmo', 'ceo'] : ['cio', 'cmo'];
  }

  private ratingChoices(): Choice<number | 'skip'>[] {
    const scale = this.template.scale;
    return [...[1, 2, 3, 4, 5].map((v) => ({ name: `${v}  ${scale[v - 1]}`, value: v as number | 'skip' })), { name: '–  Skip for now (come back later)', value: 'skip' }];
  }

  private async askRating(sectionIndex: number, questionIndex: number, rater: 'cio' | 'cmo' | 'ceo', revisit = false): Promise<void> {
    const section = this.review.sections[sectionIndex];
    const q = section.questions[questionIndex];
    const key = `rating:${section.id}/${q.id}/${rater}`;
    if (this.answered.has(key)) return;
    if (this.skipped.has(key) && !revisit) return;
    const progress = this.paint.dim(`[${sectionIndex + 1}/${this.review.sections.length} · ${questionIndex + 1}/${section.questions.length}]`);
    const value = await this.prompter.select(`${progress} ${q.text}\n  ${this.paint.bold(`${RATER_LABEL[rater]}'s rating`)}`, this.ratingChoices(), { default: q.ratings?.[rater] });
    if (value === 'skip') {
      this.skipped.add(key);
    } else {
      q.ratings = { ...q.ratings, [rater]: value };
      this.answered.add(key);
      this.skipped.delete(key);
    }
    this.save();
  }

  private async askSections(): Promise<void> {
    const sections = this.review.sections;
    for (let s = 0; s < sections.length; s++) {
      const section = sections[s];
      const t = this.template.sections.find((x) => x.id === section.id);
      const pending = section.questions.some((q) => this.raters().some((r) => !this.answered.has(`rating:${section.id}/${q.id}/${r}`) && !this.skipped.has(`rating:${section.id}/${q.id}/${r}`)));
      if (!pending) continue;
      this.prompter.say(`\n${this.paint.bold(`Section ${s + 1} of ${sections.length} · ${section.title ?? section.id}`)}${t?.intro ? `\n${this.paint.dim(t.intro)}` : ''}\n`);
      for (let i = 0; i < section.questions.length; i++) for (const rater of this.raters()) await this.askRating(s, i, rater);
    }
  }

  private async askSkipped(): Promise<void> {
    const pending = () => [...this.skipped].filter((k) => k.startsWith('rating:'));
    if (!pending().length) return;
    const now = await this.prompter.confirm(`${pending().length} rating(s) skipped. Answer them now?`, { default: true });
    if (!now) return;
    for (const key of pending()) {
      const [sectionId, questionId, rater] = key.slice('rating:'.length).split('/');
      const s = this.review.sections.findIndex((x) => x.id === sectionId);
      const i = s < 0 ? -1 : this.review.sections[s].questions.findIndex((q) => q.id === questionId);
      if (i >= 0) await this.askRating(s, i, rater as 'cio' | 'cmo' | 'ceo', true);
    }
  }

  private async askAreas(): Promise<void> {
    const { prompter, review, template } = this;
    await this.once(
      'areas.chosen',
      async () => {
        this.prompter.say(`\n${this.paint.bold('Blurred areas')}\n${this.paint.dim('The areas between IT and marketing whose ownership needs settling. Pick the ones that apply here.')}\n`);
        const current = new Set(review.blurredAreas.map((a) => a.id));
        // Last year's areas first, in their order; then the template's other suggestions.
        const listed = new Map<string, string>(review.blurredAreas.map((a) => [a.id, a.name ?? a.id] as const));
        for (const a of template.blurredAreas) if (!listed.has(a.id)) listed.set(a.id, a.name);
        const hints = new Map(template.blurredAreas.map((a) => [a.id, a.hint]));
        return prompter.checkbox(
          'Which blurred areas apply?',
          [...listed].map(([id, name]) => ({ name, value: id, checked: current.has(id), description: hints.get(id) })),
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
      () => prompter.confirm('Add a blurred area that is not on the list?', { default: false }),
      async (n) => {
        const name = (await this.memo(`areas.${n}.name`, () => prompter.input('Name of the area', { validate: required('A name is needed.') }))).trim();
        await this.memo(`areas.${n}.applied`, async () => {
          review.blurredAreas.push({ id: uniqueId(name, review.blurredAreas), name });
          return true;
        });
      },
    );
    const noOwner: Choice<string | null> = { name: 'Nobody yet (no owner)', value: null };
    const dontKnow: Choice<string | null> = { name: "Don't know", value: null };
    for (const [index, area] of review.blurredAreas.entries()) {
      const heading = this.paint.dim(`[area ${index + 1}/${review.blurredAreas.length}] ${area.name}`);
      const claimers = this.role ? [this.role] : (['cio', 'cmo'] as const);
      for (const who of claimers) {
        await this.once(
          `area:${area.id}:claim.${who}`,
          () => prompter.select(`${heading}\n  Who does the ${RATER_LABEL[who]} say owns it?`, this.ownerChoices([dontKnow]), { default: area.claims?.[who] ?? undefined }),
          (v) => {
            const claims = { ...area.claims };
            if (v === null) delete claims[who];
            else claims[who] = v;
            area.claims = Object.keys(claims).length ? claims : undefined;
          },
        );
      }
      if (this.role) continue;
      const agreed = area.claims?.cio && area.claims.cio === area.claims.cmo ? area.claims.cio : undefined;
      await this.once(
        `area:${area.id}:owner`,
        () => prompter.select(`${heading}\n  Agreed accountable owner`, this.ownerChoices([noOwner]), { default: isNoOwner(area.owner) ? agreed : area.owner }),
        (v) => (area.owner = v),
      );
      await this.once(
        `area:${area.id}:process`,
        () =>
          prompter.input(`${heading}\n  How is it run day to day?${area.owner === 'joint' ? ' (needed for a joint area)' : ' (optional)'}`, {
            default: area.process ?? undefined,
            validate: (v) => (area.owner === 'joint' && !v.trim() ? 'A jointly owned area needs an agreed process.' : true),
          }),
        (v) => (area.process = v.trim() || undefined),
      );
      await this.once(
        `area:${area.id}:boardReporting`,
        () =>
          prompter.select(
            `${heading}\n  How often is it reported to the board?`,
            BOARD_REPORTING.map((b) => ({ name: b === 'none' ? 'Not reported' : b[0].toUpperCase() + b.slice(1), value: b })),
            { default: area.boardReporting ?? 'quarterly' },
          ),
        (v) => (area.boardReporting = v),
      );
    }
  }

  private async askInvestments(): Promise<void> {
    const { prompter, review } = this;
    review.investments ??= [];
    if (review.investments.length && !this.answered.has('investments.done') && !Object.hasOwn(this.draft.memo, 'investments.0.add')) {
      await this.once(
        'investments.keep',
        () => prompter.confirm(`Keep last year's investments (${review.investments!.map((i) => i.name).join(', ')})?`, { default: true }),
        (keep) => {
          if (!keep) review.investments = [];
        },
      );
    }
    if (!this.answered.has('investments.done')) {
      prompter.say(`\n${this.paint.bold('Digital investments')}\n${this.paint.dim('Investments the CIO and the CMO should own and report jointly, each with an agreed return.')}\n`);
    }
    await this.repeatAdding(
      'investments.done',
      'investments',
      () => prompter.confirm('Add a digital investment?', { default: review.investments!.length === 0 }),
      async (n) => {
        const k = (field: string) => `investments.${n}.${field}`;
        const name = (await this.memo(k('name'), () => prompter.input('Name of the investment', { validate: required('A name is needed.') }))).trim();
        const owners = await this.memo(k('owners'), () =>
          prompter.checkbox(
            'Who owns it?',
            Object.entries((review.executives ?? {}) as Record<string, { name: string }>).map(([key, e]) => ({ name: `${key === 'cio' || key === 'cmo' ? key.toUpperCase() : key} (${e.name})`, value: key, checked: key === 'cio' || key === 'cmo' })),
          ),
        );
        const amount = (await this.memo(k('amount'), () => prompter.input('Budget (a number; empty to leave out)', { validate: (v) => (!v.trim() || (Number.isFinite(Number(v)) && Number(v) >= 0) ? true : 'A positive number, or empty.') }))).trim();
        const currency = amount
          ? (await this.memo(k('currency'), () => prompter.input('Currency (ISO code)', { default: review.investments!.find((i) => i.budget)?.budget?.currency ?? 'GBP', validate: (v) => (/^[A-Z]{3}$/.test(v.trim()) ? true : 'Three capital letters, such as GBP.') }))).trim()
          : undefined;
        const metric = (await this.memo(k('metric'), () => prompter.input('ROI measure (e.g. repeat purchase rate; empty if none yet)'))).trim();
        const target = metric ? (await this.memo(k('target'), () => prompter.input('ROI target (a number)', { validate: (v) => (!v.trim() || Number.isFinite(Number(v)) ? true : 'A number, or empty.') }))).trim() : '';
        const jointReporting = await this.memo(k('joint'), () => prompter.confirm('Reported to the board jointly by the CIO and the CMO?', { default: true }));
        await this.memo(k('applied'), async () => {
          review.investments!.push({
            id: uniqueId(name, review.investments!),
            name,
            owners,
            ...(amount ? { budget: { amount: Number(amount), currency: currency! } } : {}),
            ...(metric ? { roi: { metric, ...(target ? { target: Number(target) } : {}) } } : {}),
            jointReporting,
          });
          return true;
        });
      },
    );
  }

  private async askCriteria(): Promise<void> {
    const { prompter, review } = this;
    review.successCriteria ??= {};
    const criteria = review.successCriteria as unknown as Record<string, (string | { text: string })[]>;
    const textOf = (c: string | { text: string }) => (typeof c === 'string' ? c : c.text);
    const who = { cio: 'the CIO', cmo: 'the CMO', joint: 'both together' } as const;
    for (const key of ['cio', 'cmo', 'joint'] as const) {
      // Asked about last year's list only, before anything was added to it this session.
      if (criteria[key]?.length && !this.answered.has(`criteria.${key}.done`) && !Object.hasOwn(this.draft.memo, `criteria.${key}.0`)) {
        await this.once(
          `criteria.${key}.keep`,
          () => prompter.confirm(`Keep last year's success criteria for ${who[key]} (${criteria[key].map(textOf).join('; ')})?`, { default: true }),
          (keep) => {
            if (!keep) criteria[key] = [];
          },
        );
      }
      for (let n = 0; !this.answered.has(`criteria.${key}.done`); n++) {
        const text = (await this.memo(`criteria.${key}.${n}`, () => prompter.input(`A success criterion for ${who[key]} (empty to finish)`))).trim();
        if (!text) {
          this.answered.add(`criteria.${key}.done`);
          this.save();
          break;
        }
        await this.memo(`criteria.${key}.${n}.applied`, async () => {
          criteria[key] = [...(criteria[key] ?? []), text];
          return true;
        });
      }
      if (!criteria[key]?.length) delete criteria[key];
    }
  }

  private summary(): string {
    const r = this.review;
    const keys = r.sections.flatMap((s) => s.questions.flatMap((q) => this.raters().map((rater) => ({ rated: q.ratings?.[rater] !== undefined }))));
    const rated = keys.filter((k) => k.rated).length;
    const orphans = r.blurredAreas.filter((a) => !this.role && isNoOwner(a.owner)).length;
    const lines = [
      `${this.paint.bold('Summary')}`,
      `  Organisation   ${r.organisation} · ${r.period}`,
      `  Executives     ${Object.entries(r.executives ?? {}).map(([k, e]) => `${k} ${e.name}`).join(', ')}`,
      `  Ratings        ${rated} of ${keys.length} given${keys.length - rated ? this.paint.yellow(` (${keys.length - rated} skipped)`) : ''}`,
      `  Blurred areas  ${r.blurredAreas.length}${orphans ? this.paint.red(` (${orphans} without an owner)`) : ''}`,
    ];
    if (!this.role) {
      lines.push(`  Investments    ${r.investments?.length ?? 0}`);
      lines.push(`  Criteria       CIO ${r.successCriteria?.cio?.length ?? 0}, CMO ${r.successCriteria?.cmo?.length ?? 0}, both ${r.successCriteria?.joint?.length ?? 0}`);
    }
    return lines.join('\n');
  }

  private async confirmAndBuild(): Promise<Review | undefined> {
    for (;;) {
      this.prompter.say(`\n${this.summary()}\n`);
      const skipped = [...this.skipped].filter((k) => k.startsWith('rating:')).length;
      const choice = await this.prompter.select(
        `Write ${this.draft.out}?`,
        [
          { name: `Write ${this.draft.out}`, value: 'write' as const },
          ...(skipped ? [{ name: `Answer the ${skipped} skipped rating(s) first`, value: 'skipped' as const }] : []),
          { name: `Stop here and keep the draft (continue later with review init --resume)`, value: 'stop' as const },
        ],
        { default: 'write' },
      );
      if (choice === 'stop') return undefined;
      if (choice === 'skipped') {
        for (const key of [...this.skipped]) this.answered.delete(key);
        await this.askSkipped();
        continue;
      }
      return finalReview(this.review, this.draftPath, '');
    }
  }
}

function loadDraft(io: IO, path: string): Draft {
  let draft: Draft;
  try {
    draft = JSON.parse(readFileSync(resolve(io.cwd, path), 'utf8')) as Draft;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`there is no draft to resume at ${path}`);
    throw new InputError(`${path} is not a readable draft (${(error as Error).message}); remove it to start again`);
  }
  if (draft && typeof draft.memo !== 'object') draft.memo = {};
  if (draft?.draftVersion !== 1 || typeof draft.review !== 'object' || !Array.isArray(draft.answered)) {
    throw new InputError(`${path} is not a draft this version of review can resume; remove it to start again`);
  }
  return draft;
}

export async function runInit(options: InitOptions, io: IO, deps: InitDeps = {}): Promise<number> {
  const role = parseRole(options.role);
  if (options.format !== undefined && options.format !== 'text' && options.format !== 'json') throw new UsageError('--format must be text or json');
  if (options.format === 'json' && !options.answers) {
    throw new UsageError('--format json needs --answers: an interactive workshop talks to the terminal, and its result is the file it writes');
  }
  if (options.answers) {
    const template = loadTemplate(io.cwd, options.template ?? 'five-point');
    return runWithAnswers(options, io, template, role);
  }
  if (!deps.prompter && !(io.stdinIsTTY && io.stdoutIsTTY)) {
    throw new UsageError(
      'review init asks its questions in a terminal, and there is none here.\n' +
        '  In a script or CI, give the answers as a file:  review init --answers answers.yaml\n' +
        '  (a partial review file; see review init --help)',
    );
  }

  const draftPath = draftPathFor(options.out, role);
  let draft: Draft | undefined;
  if (options.resume) draft = loadDraft(io, draftPath);
  else if (existsSync(resolve(io.cwd, draftPath))) {
    if (!options.force) {
      throw new UsageError(`an unfinished workshop is saved in ${draftPath}.\n  Continue it:     review init --resume${role ? ` --role ${role}` : ''}\n  Or start again:  review init --force (the draft is replaced)`);
    }
    rmSync(resolve(io.cwd, draftPath), { force: true });
  }

  const template = loadTemplate(io.cwd, draft?.template ?? options.template ?? 'five-point');
  if (!draft) {
    const from = options.from ? readReview(io, options.from).review : undefined;
    const review = composeReview(template, {}, from);
    // Last year's file gives defaults; this year's ratings and period are asked afresh.
    delete review.period;
    draft = {
      draftVersion: 1,
      template: options.template ?? templateRef(template),
      ...(role ? { role } : {}),
      withCeo: Boolean(options.withCeo),
      ...(options.out ? { out: options.out } : {}),
      ...(options.from ? { from: options.from } : {}),
      review,
      answered: [],
      skipped: [],
      memo: {},
    };
  } else if (draft.review.sections.length === 0) {
    draft.review.sections = composeSections(template);
  }

  const paint = makePaint(colorEnabled(io, options.color));
  const ownPrompter = deps.prompter ? undefined : await (await import('../io/prompt.js')).terminalPrompter(io.stdout, { color: paint.enabled });
  const prompter = deps.prompter ?? ownPrompter!;
  const workshop = new Workshop(io, prompter, template, draft, draftPath, paint, Boolean(options.force));
  let review: Review | undefined;
  try {
    workshop.save();
    review = await workshop.run();
  } catch (error) {
    if (error instanceof InterruptedError) {
      io.stderr(`\n${error.message}. Every answer so far is saved in ${draftPath}.\nContinue with: review init --resume${role ? ` --role ${role}` : ''}${options.out ? ` --out ${options.out}` : ''}\n`);
    }
    throw error;
  } finally {
    ownPrompter?.close();
  }
  if (!review) {
    io.stdout(`\nStopped. Your answers are saved in ${draftPath}; continue with: review init --resume${role ? ` --role ${role}` : ''}${options.out ? ` --out ${options.out}` : ''}\n`);
    return 0;
  }
  const out = draft.out ?? defaultOut(String(review.period), role);
  writeReview(io, out, review, template, options.force, 'Written in a workshop');
  rmSync(resolve(io.cwd, draftPath), { force: true });
  printResult(io, paint, relative(io.cwd, resolve(io.cwd, out)) || out, review, role);
  return 0;
}

