/**
 * Building a review from its sources: the template gives the questions and area names, last
 * year's file (`--from`) the organisation, executives, areas with their owners, investments and
 * criteria, and the answers (a file, or what the workshop typed) everything said this year.
 * Pure; the result is validated like any review.
 */
import type { AnswerArea, Answers } from './answers.js';
import type { BlurredArea, Question, Review } from './schema.js';
import { templateRef, type Template } from './template.js';

/** A review-shaped object, not yet validated: fields may be missing. */
export type DraftReview = Partial<Omit<Review, 'sections' | 'blurredAreas'>> & {
  sections: {
    id: string;
    title?: string;
    questions: { id: string; text: string; ratings?: Question['ratings']; notes?: Question['notes'] }[];
  }[];
  blurredAreas: (Partial<BlurredArea> & { id: string })[];
};

function definedOnly<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The template's questions, with this year's ratings and notes where the answers give them. */
export function composeSections(template: Template, answers?: Answers): DraftReview['sections'] {
  const answered = new Map((answers?.sections ?? []).map((s) => [s.id, s]));
  const sections: DraftReview['sections'] = template.sections.map((ts) => {
    const a = answered.get(ts.id);
    const byId = new Map((a?.questions ?? []).map((q) => [q.id, q]));
    const questions = ts.questions.map((tq) => {
      const aq = byId.get(tq.id);
      return definedOnly({ id: tq.id, text: aq?.text ?? tq.text, ratings: aq?.ratings, notes: aq?.notes });
    });
    // Questions the answers add beyond the template are kept, after the template's.
    const known = new Set(ts.questions.map((q) => q.id));
    for (const aq of a?.questions ?? [])
      if (!known.has(aq.id)) questions.push(definedOnly({ id: aq.id, text: aq.text ?? '', ratings: aq.ratings, notes: aq.notes }));
    return { id: ts.id, title: a?.title ?? ts.title, questions };
  });
  for (const a of answers?.sections ?? []) {
    if (!template.sections.some((s) => s.id === a.id)) {
      sections.push({
        id: a.id,
        title: a.title,
        questions: (a.questions ?? []).map((q) => definedOnly({ id: q.id, text: q.text ?? '', ratings: q.ratings, notes: q.notes })),
      });
    }
  }
  return sections;
}

/** An area as the answers give it, its name filled from last year or the template. */
function completeArea(a: AnswerArea, template: Template, from?: Review): DraftReview['blurredAreas'][number] {
  const last = from?.blurredAreas.find((x) => x.id === a.id);
  const name = a.name ?? last?.name ?? template.blurredAreas.find((x) => x.id === a.id)?.name;
  return definedOnly({ ...a, name });
}

/** Last year's area carried into this year: owner, claims, process and reporting kept. */
export function carryArea(area: BlurredArea): DraftReview['blurredAreas'][number] {
  return definedOnly({
    id: area.id,
    name: area.name,
    owner: area.owner,
    claims: area.claims ? { ...area.claims } : undefined,
    process: area.process,
    boardReporting: area.boardReporting,
  });
}

export function composeReview(template: Template, answers: Answers = {}, from?: Review): DraftReview {
  const areas = answers.blurredAreas
    ? answers.blurredAreas.map((a) => completeArea(a, template, from))
    : (from?.blurredAreas ?? []).map(carryArea);
  return definedOnly({
    schemaVersion: 2 as const,
    organisation: answers.organisation ?? from?.organisation,
    period: answers.period,
    template: answers.template ?? templateRef(template),
    reviewer: answers.reviewer ?? from?.reviewer,
    facilitator: answers.facilitator ?? from?.facilitator,
    executives: answers.executives ?? (from ? structuredClone(from.executives) : undefined),
    sections: composeSections(template, answers),
    blurredAreas: areas,
    investments: answers.investments ?? (from ? structuredClone(from.investments) : undefined),
    successCriteria: answers.successCriteria ?? (from?.successCriteria ? structuredClone(from.successCriteria) : undefined),
    // Last year's open actions carry over, so the room sees what is still owed.
    actions: answers.actions ?? (from ? structuredClone(from.actions.filter((a) => a.status === 'open')) : undefined),
    decisions: answers.decisions,
    waivers: answers.waivers,
  }) as DraftReview;
}

/** The owner both executives name, when they name the same one. */
export function agreedClaim(area: { claims?: Record<string, string | null> | null }): string | undefined {
  const cio = area.claims?.cio;
  return cio && cio === area.claims?.cmo ? cio : undefined;
}

/**
 * A merged review settled by `review agree --answers`: every rating kept from the merged file;
 * areas take the owner, process and reporting the answers give (by id), and an area both
 * executives claimed for the same owner takes that owner; other parts the answers give replace
 * the merged file's.
 */
export function settleReview(merged: Review, answers: Answers): DraftReview {
  const given = new Map((answers.blurredAreas ?? []).map((a) => [a.id, a]));
  const blurredAreas = merged.blurredAreas.map((area) => {
    const a = given.get(area.id);
    const settled = {
      ...structuredClone(area),
      ...definedOnly({ owner: a?.owner, process: a?.process, boardReporting: a?.boardReporting, notes: a?.notes }),
    };
    const agreed = agreedClaim(settled);
    if (agreed && (settled.owner == null || settled.owner === '')) settled.owner = agreed;
    return settled;
  });
  return definedOnly({
    ...structuredClone(merged),
    reviewer: answers.reviewer ?? merged.reviewer,
    facilitator: answers.facilitator ?? merged.facilitator,
    blurredAreas,
    investments: answers.investments ?? merged.investments,
    successCriteria: answers.successCriteria ?? merged.successCriteria,
    actions: answers.actions ?? merged.actions,
    decisions: answers.decisions ?? merged.decisions,
    waivers: answers.waivers ?? merged.waivers,
  }) as DraftReview;
}
