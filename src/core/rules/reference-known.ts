import type { Rule, RuleHit } from '../finding.js';
import { RULE_IDS } from '../rule-ids.js';
import { CRITERION_OWNERS, type Review } from '../schema.js';
import { suggest } from '../text.js';

/** "Did you mean" compares only this many candidates, and only inputs this long, so a check stays linear. */
const MAX_CANDIDATES = 200;
const MAX_SUGGEST_LENGTH = 64;

function nearest(input: string, candidates: readonly string[]): string | undefined {
  return candidates.length && candidates.length <= MAX_CANDIDATES && input.length <= MAX_SUGGEST_LENGTH
    ? suggest(input, candidates)
    : undefined;
}

/** Everything a reference can name in one review, built once per check. */
function referenceables(review: Review) {
  const sections = new Set(review.sections.map((s) => s.id as string));
  const questions = review.sections.flatMap((s) => s.questions.map((q) => `${s.id}/${q.id}`));
  const questionsIn = new Map(review.sections.map((s) => [s.id as string, s.questions.map((q) => q.id)]));
  const areas = review.blurredAreas.map((a) => a.id);
  const investments = review.investments.map((inv) => inv.id);
  const criteria = CRITERION_OWNERS.flatMap((who) => (review.successCriteria?.[who] ?? []).map((c) => `${who}/${c.id}`));
  const findingTargets = [
    ...new Set([
      ...areas,
      ...investments,
      ...review.sections.flatMap((s) => s.questions.map((q) => q.id)),
      ...questions,
      ...criteria,
      ...review.actions.map((a) => a.id),
      ...Object.keys(review.executives),
      ...CRITERION_OWNERS,
    ]),
  ];
  return {
    sections,
    questions,
    questionsIn,
    questionSet: new Set(questions),
    areas,
    areaSet: new Set(areas),
    investments,
    investmentSet: new Set(investments),
    criteria,
    criterionSet: new Set(criteria),
    findingTargets,
    findingTargetSet: new Set(findingTargets),
  };
}

type Known = ReturnType<typeof referenceables>;

/** Why `ref` names nothing, and the nearest reference that would, or null when it resolves. */
function unresolved(ref: string, known: Known): { why: string; near?: string } | null {
  const colon = ref.indexOf(':');
  const kind = ref.slice(0, colon);
  const rest = ref.slice(colon + 1);
  const slash = rest.indexOf('/');
  const head = slash === -1 ? rest : rest.slice(0, slash);
  const tail = slash === -1 ? '' : rest.slice(slash + 1);
  const near = (input: string, candidates: readonly string[], prefix: string) => {
    const n = nearest(input, candidates);
    return n === undefined ? undefined : `${prefix}${n}`;
  };
  switch (kind) {
    case 'question':
      if (known.questionSet.has(rest)) return null;
      return {
        why: known.sections.has(head) ? `there is no question \`${tail}\` in ${head}` : `there is no section \`${head}\``,
        // In a known section, only that section's questions are candidates.
        near: known.sections.has(head)
          ? near(tail, known.questionsIn.get(head) ?? [], `question:${head}/`)
          : near(rest, known.questions, 'question:'),
      };
    case 'area':
      return known.areaSet.has(rest) ? null : { why: `there is no blurred area \`${rest}\``, near: near(rest, known.areas, 'area:') };
    case 'investment':
      return known.investmentSet.has(rest)
        ? null
        : { why: `there is no investment \`${rest}\``, near: near(rest, known.investments, 'investment:') };
    case 'criterion':
      return known.criterionSet.has(rest)
        ? null
        : { why: `there is no success criterion \`${tail}\` for ${head}`, near: near(rest, known.criteria, 'criterion:') };
    case 'finding': {
      const ruleKnown = (RULE_IDS as readonly string[]).includes(head);
      const targetKnown = known.findingTargetSet.has(tail);
      if (ruleKnown && targetKnown) return null;
      const rule = ruleKnown ? head : nearest(head, RULE_IDS);
      const target = targetKnown ? tail : nearest(tail, known.findingTargets);
      const why = [!ruleKnown && `\`${head}\` is not a check rule`, !targetKnown && `\`${tail}\` is no id in this file`]
        .filter(Boolean)
        .join(', and ');
      return { why, near: rule !== undefined && target !== undefined ? `finding:${rule}/${target}` : undefined };
    }
    default:
      // The schema admits no other kind; say so rather than pass it silently.
      return { why: `\`${kind}\` is not a kind of reference` };
  }
}

export const referenceKnown: Rule = {
  id: 'reference-known',
  description: "Every reference in an action's `for` names a question, area, investment, success criterion or finding target in the file.",
  defaultSeverity: 'error',
  rationale:
    'An action that points at something not in the file (a renamed question, a misspelt area id) no longer says what prompted it, and the link from a problem to its remedy, which the board relies on, is broken.',
  remedy:
    'Correct the reference so it names an id in this file (the message suggests the nearest), or remove it. The forms are `question:<section>/<id>`, `area:<id>`, `investment:<id>`, `criterion:<cio|cmo|joint>/<id>` and `finding:<rule>/<target>`.',
  example: `    for: [question:cio-role/accelerated-path, area:social-media]`,
  check({ review }) {
    if (!review.actions.some((a) => a.for.length)) return [];
    const known = referenceables(review);
    const hits: RuleHit[] = [];
    review.actions.forEach((action, i) => {
      action.for.forEach((ref, j) => {
        const problem = unresolved(ref.trim(), known);
        if (!problem) return;
        hits.push({
          message: `action "${action.title}" is for \`${ref}\`, which names nothing in this file: ${problem.why}${problem.near ? `; did you mean \`${problem.near}\`?` : ''}`,
          path: ['actions', i, 'for', j],
          target: action.id,
        });
      });
    });
    return hits;
  },
};
