/**
 * The workshop's plans: digital investments, success criteria, how last year turned out, and
 * the actions the findings call for.
 * Each is a step of {@link Workshop}, taking it as `w`.
 */
import { nameKey, uniqueIdFromName } from '../../core/ids.js';
import { parseMoney } from '../../core/money.js';
import { proposeActions, type ActionProposal } from '../../core/proposals.js';
import type { Action, Investment } from '../../core/schema.js';
import { scoreReview } from '../../core/score.js';
import { ACTION_OUTCOMES, CRITERIA_WHO, CRITERION_OUTCOMES, isIsoDate, PROMPTS, YES_NO, ownerChoices, shown } from './wording.js';
import { type CriteriaKey } from './workshop-shared.js';
import type { Workshop } from './workshop.js';

export function knownCurrency(w: Workshop): string | undefined {
  return w.review.investments?.find((i) => i.budget?.currency)?.budget?.currency;
}

export function executiveChoices(w: Workshop, checked: readonly string[] = []) {
  return Object.entries(w.executives).map(([key, e]) => ({
    name: `${key === 'cio' || key === 'cmo' ? key.toUpperCase() : shown(key)} (${shown(e.name)})`,
    value: key,
    checked: checked.includes(key),
  }));
}

export function budgetValidator(): (v: string) => true | string {
  return (v) => {
    if (!v.trim()) return true;
    const m = parseMoney(v);
    return 'error' in m ? m.error : true;
  };
}

export async function askInvestments(w: Workshop): Promise<void> {
  const { prompter, review } = w;
  review.investments ??= [];
  if (review.investments.length && !w.answered.has('investments.done') && !Object.hasOwn(w.draft.memo, 'investments.0.add')) {
    await w.once(
      'investments.keep',
      () =>
        prompter.key(
          `Keep last year's investments (${investments(w)
            .map((i) => shown(i.name))
            .join(', ')})?`,
          YES_NO,
        ),
      (keep) => {
        if (!keep) review.investments = [];
      },
    );
  }
  if (!w.answered.has('investments.done')) {
    prompter.say(
      `\n${w.paint.bold('Digital investments')}\n${w.paint.dim('Investments the CIO and the CMO should own and report jointly, each with an agreed return.')}\n`,
    );
  }
  await w.repeatAdding(
    'investments.done',
    'investments',
    () => prompter.key(PROMPTS.investmentAdd, YES_NO),
    async (n) => {
      const k = (field: string) => `investments.${n}.${field}`;
      const name = (
        await w.memo(k('name'), () =>
          prompter.input(PROMPTS.investmentName, {
            validate: (v) =>
              !v.trim()
                ? 'A name is needed.'
                : investments(w).some((i) => nameKey(i.name) === nameKey(v))
                  ? `${shown(v.trim())} is already listed.`
                  : true,
          }),
        )
      ).trim();
      const owners = await w.memo(k('owners'), () => prompter.checkbox(PROMPTS.investmentOwners, executiveChoices(w)));
      const budgetText = (await w.memo(k('amount'), () => prompter.input(PROMPTS.budget, { validate: budgetValidator() }))).trim();
      const money = budgetText ? parseMoney(budgetText) : undefined;
      const amount = money && !('error' in money) ? money : undefined;
      const currency = amount ? (amount.currency ?? knownCurrency(w) ?? (await w.memo(k('currency'), () => askCurrency(w)))) : undefined;
      const metric = (await w.memo(k('metric'), () => prompter.input(PROMPTS.roiMetric))).trim();
      const target = metric
        ? (
            await w.memo(k('target'), () =>
              prompter.input(PROMPTS.roiTarget, {
                validate: (v) => (!v.trim() || Number.isFinite(Number(v)) ? true : 'A number, or empty.'),
              }),
            )
          ).trim()
        : '';
      const jointReporting = await w.memo(k('joint'), () => prompter.key(PROMPTS.jointReporting, YES_NO));
      await w.memo(k('applied'), async () => {
        investments(w).push({
          id: uniqueIdFromName(
            name,
            investments(w).map((i) => i.id),
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
export function investments(w: Workshop): Investment[] {
  return (w.review.investments ??= []);
}

export async function askCurrency(w: Workshop): Promise<string> {
  const v = await w.prompter.input(PROMPTS.currency, {
    validate: (v) => (/^[A-Za-z]{3}$/.test(v.trim()) ? true : 'Three letters, such as GBP.'),
  });
  return v.trim().toUpperCase();
}

/** A new criterion, as an item with an id made from its text. */
export function addCriterion(w: Workshop, key: CriteriaKey, text: string): void {
  const criteria = w.criteria;
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

export function criterionValidator(w: Workshop, key: CriteriaKey): (v: string) => true | string {
  return (v) =>
    (w.criteria[key] ?? []).some((c) => nameKey(c.text) === nameKey(v)) && v.trim() ? 'That criterion is already listed.' : true;
}

export async function askCriteria(w: Workshop): Promise<void> {
  const { prompter } = w;
  const criteria = w.criteria;
  for (const key of ['cio', 'cmo', 'joint'] as const) {
    // Asked about last year's list only, before anything was added to it this session.
    if (criteria[key]?.length && !w.answered.has(`criteria.${key}.done`) && !Object.hasOwn(w.draft.memo, `criteria.${key}.0`)) {
      await w.once(
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
    for (let n = 0; !w.answered.has(`criteria.${key}.done`); n++) {
      const text = (
        await w.memo(`criteria.${key}.${n}`, () =>
          prompter.input(PROMPTS.criterion(CRITERIA_WHO[key]), { validate: criterionValidator(w, key) }),
        )
      ).trim();
      if (!text) {
        w.answered.add(`criteria.${key}.done`);
        w.save();
        break;
      }
      await w.memo(`criteria.${key}.${n}.applied`, async () => {
        addCriterion(w, key, text);
        return true;
      });
    }
    if (!criteria[key]?.length) delete criteria[key];
  }
}

/** With last year's file: how its criteria, ROI targets and open actions turned out. */
export async function askLastYear(w: Workshop): Promise<void> {
  const { prompter, review } = w;
  const criteria = Object.entries(w.criteria).flatMap(([who, list]) =>
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
  if (keys.some((k) => !w.answered.has(k)))
    prompter.say(`\n${w.paint.bold('Last year')}\n${w.paint.dim("How last year's success criteria, returns and actions turned out.")}\n`);
  for (const { who, c } of criteria) {
    await w.once(
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
    await w.once(
      `outcome:roi:${i.id}`,
      () =>
        w.text(
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
    await w.once(
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

/**
 * Actions at the end, proposed from the findings: each disputed statement, weakness, area not
 * agreed and investment behind target gets a title, an owner and a due date, each skippable.
 */
export async function askActions(w: Workshop): Promise<void> {
  const { prompter } = w;
  // Recomputed each time from the review as it stands (so a revisited section or area brings its
  // new findings), leaving out what an action already names and what the room chose to leave.
  const review = w.asReview();
  const addressed = new Set(review.actions.flatMap((a) => a.for ?? []));
  const k = (p: ActionProposal, f: string) => `action:${p.ref}.${f}`;
  const proposals = proposeActions(scoreReview(review), review.investments, addressed).filter((p) => w.draft.memo[k(p, 'title')] !== '');
  if (proposals.length)
    prompter.say(
      `\n${w.paint.bold('Actions')}\n${w.paint.dim(`${proposals.length} finding(s) call for an action. Give each a title, an owner and a date, or leave it.`)}\n`,
    );
  for (const [i, p] of proposals.entries()) {
    const heading = `${w.paint.dim(`[action ${i + 1}/${proposals.length}]`)} ${shown(p.about)}`;
    const title = (await w.memo(k(p, 'title'), () => prompter.input(`${heading}\n  ${PROMPTS.actionTitle}`))).trim();
    if (!title) continue;
    const owner = await w.memo(k(p, 'owner'), () =>
      prompter.key(
        `${heading}\n  ${PROMPTS.actionOwner}`,
        ownerChoices(w.executives, [{ key: 's', name: 'skip (no owner yet)', value: null }]),
        { default: p.owner },
      ),
    );
    const due = (
      await w.memo(k(p, 'due'), () =>
        prompter.input(`${heading}\n  ${PROMPTS.actionDue}`, {
          validate: (v) => (!v.trim() || isIsoDate(v.trim()) ? true : 'A date written YYYY-MM-DD, or empty.'),
        }),
      )
    ).trim();
    const actions = (w.review.actions ??= []);
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
    w.save();
  }
}

// -------------------------------------------------------------------------------------------
// Settling a merged file together (`review agree`)
// -------------------------------------------------------------------------------------------
