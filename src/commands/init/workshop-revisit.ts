/**
 * Going back over an answer before the review is written: a section, an area, an investment,
 * the success criteria.
 * Each is a step of {@link Workshop}, taking it as `w`.
 */
import { present } from '../../core/present.js';
import { parseMoney } from '../../core/money.js';
import type { Investment } from '../../core/schema.js';
import { CRITERIA_WHO, PROMPTS, YES_NO, shown } from './wording.js';
import { required, type Area } from './workshop-shared.js';
import { areaHeading, askArea, askBoardReporting, askOwner, askProcess } from './workshop-areas.js';
import {
  addCriterion,
  askCurrency,
  askInvestments,
  budgetValidator,
  criterionValidator,
  executiveChoices,
  investments,
  knownCurrency,
} from './workshop-plans.js';
import { askSection } from './workshop-statements.js';
import type { Workshop } from './workshop.js';

export async function revisitSection(w: Workshop): Promise<void> {
  const sections = w.review.sections;
  const s = await w.prompter.select(
    'Which section?',
    sections.map((x, i) => ({ name: `${i + 1}. ${shown(x.title ?? x.id)}`, value: i })),
  );
  const section = present(sections[s], 'sections[s]');
  // The old ratings stay in the draft until each is given again, so an interrupt loses nothing.
  for (const q of section.questions)
    for (const r of w.raters()) {
      w.answered.delete(w.ratingKey(section.id, q.id, r));
      w.skipped.delete(w.ratingKey(section.id, q.id, r));
    }
  w.answered.delete(`reveal:${section.id}`);
  w.save();
  await askSection(w, s);
}

export async function revisitArea(w: Workshop): Promise<void> {
  const areas = w.review.blurredAreas;
  const i = await w.prompter.select(
    'Which blurred area?',
    areas.map((a, n) => ({ name: `${n + 1}. ${shown(a.name ?? a.id)}`, value: n })),
  );
  const area = present(areas[i], 'areas[i]');
  for (const k of [...w.answered]) if (k.startsWith(`area:${area.id}:`)) w.answered.delete(k);
  w.save();
  if (w.draft.mode === 'agree') await agreeAreaAgain(w, area, i);
  else await askArea(w, area, i);
}

/** In `agree`, a revisited area asks its owner, process and reporting again, whatever they were. */
export async function agreeAreaAgain(w: Workshop, area: Area, index: number): Promise<void> {
  const heading = areaHeading(w, area, index);
  await askOwner(w, area, heading);
  await askProcess(w, area, heading);
  await askBoardReporting(w, area, heading);
}

export async function revisitInvestment(w: Workshop): Promise<void> {
  const list = (w.review.investments ??= []);
  const pick = await w.prompter.select<number | 'add'>('Which investment?', [
    ...list.map((inv, n) => ({ name: `${n + 1}. ${shown(inv.name)}`, value: n as number | 'add' })),
    { name: 'Add an investment', value: 'add' },
  ]);
  if (pick === 'add') {
    w.answered.delete('investments.done');
    let n = 0;
    while (Object.hasOwn(w.draft.memo, `investments.${n}.add`)) n++;
    w.draft.memo[`investments.${n}.add`] = true;
    w.save();
    // The add-loop asks "another?" after this one, as it did the first time.
    await askInvestments(w);
    return;
  }
  await editInvestment(w, present(list[pick], `investment ${pick + 1}`));
}

/** Each field asked again with its current value as the default; saved after each answer. */
export async function editInvestment(w: Workshop, inv: Investment): Promise<void> {
  const { prompter } = w;
  const apply = (change: () => void) => {
    change();
    w.save();
  };
  const keep = await prompter.key(`Keep ${shown(inv.name)}? (n removes it)`, YES_NO);
  if (!keep) {
    apply(() => (w.review.investments = investments(w).filter((x) => x !== inv)));
    return;
  }
  const name = await w.text(PROMPTS.investmentName, { default: inv.name, validate: required('A name is needed.') });
  apply(() => (inv.name = name.trim()));
  const owners = await prompter.checkbox(PROMPTS.investmentOwners, executiveChoices(w, inv.owners));
  apply(() => (inv.owners = owners));
  const budget = (
    await prompter.input(PROMPTS.budget, {
      default: inv.budget ? `${inv.budget.currency} ${inv.budget.amount}` : undefined,
      validate: budgetValidator(),
    })
  ).trim();
  const money = budget ? parseMoney(budget) : undefined;
  if (money && !('error' in money)) {
    const currency = money.currency ?? inv.budget?.currency ?? knownCurrency(w) ?? (await askCurrency(w));
    apply(() => (inv.budget = { amount: money.amount, currency }));
  } else apply(() => delete inv.budget);
  const metric = (await w.text(PROMPTS.roiMetric, { default: inv.roi?.metric || undefined })).trim();
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

export async function revisitCriteria(w: Workshop): Promise<void> {
  const criteria = w.criteria;
  for (const key of ['cio', 'cmo', 'joint'] as const) {
    const listed = criteria[key];
    if (listed?.length) {
      const kept = await w.prompter.checkbox(
        `Success criteria for ${CRITERIA_WHO[key]}: keep which? (Space unticks)`,
        listed.map((c) => ({ name: shown(c.text), value: c.id, checked: true })),
      );
      criteria[key] = listed.filter((c) => kept.includes(c.id));
      w.save();
    }
    for (;;) {
      const text = (await w.prompter.input(PROMPTS.criterion(CRITERIA_WHO[key]), { validate: criterionValidator(w, key) })).trim();
      if (!text) break;
      addCriterion(w, key, text);
      w.save();
    }
    if (!criteria[key]?.length) delete criteria[key];
  }
  w.save();
}
