import type { Rule, RuleHit } from '../finding.js';
import { areaStatus, claimsUnconfirmed } from '../owners.js';
import { classify, numericRating } from '../score.js';
import { excerpt, listWords } from '../text.js';
import { roiShortfall, shortfallWords } from './roi-behind-target.js';

const WHO = { cio: 'the CIO', cmo: 'the CMO' } as const;

function said(claim: unknown): string {
  return typeof claim === 'string' && claim.trim() !== '' ? claim.trim() : 'nothing';
}

export const unaddressed: Rule = {
  id: 'unaddressed',
  description:
    'Every disputed statement, weakness, contested, unconfirmed or orphan area and investment behind its ROI target has an action (not dropped) whose `for` names it. Version 2 files only: a version 1 file cannot record actions, so there it would only be noise.',
  defaultSeverity: 'warn',
  rationale:
    'The review exists to lead to decisions. A disagreement, a weakness both sides see, an area with no settled owner or an investment behind target that no action answers is a problem noted and then left; the board should see what is being done about each.',
  remedy:
    'Add an action, or extend one, whose `for` names the item as the message gives it (`question:<section>/<id>`, `area:<id>`, `investment:<id>`), with an owner and a due date.',
  example: `actions:
  - id: agree-social-owner
    title: Agree who owns social media and how it is reported
    owner: joint
    due: 2026-06-30
    for: [area:social-media]`,
  check({ review, sourceVersion, gapThreshold }) {
    if (sourceVersion !== 2) return [];
    const addressed = new Set<string>();
    for (const action of review.actions) {
      if (action.status === 'dropped') continue;
      for (const raw of action.for) {
        const ref = raw.trim();
        addressed.add(ref);
        // `finding:<rule>/<target>` addresses the item the finding is about.
        const finding = /^finding:[a-z-]+\/(.+)$/.exec(ref);
        if (finding) for (const kind of ['question', 'area', 'investment']) addressed.add(`${kind}:${finding[1]}`);
      }
    }
    const advice = (ref: string) => `and no action addresses it; add one whose for names ${ref}`;
    // A file with no live action addresses nothing: no reference needs looking up.
    const isAddressed = (ref: string) => addressed.size > 0 && addressed.has(ref);

    const hits: RuleHit[] = [];
    // Each statement classed as score classes it (only the class is needed, not the whole score).
    review.sections.forEach((section, s) => {
      section.questions.forEach((q, j) => {
        const ratings = (q.ratings ?? {}) as Record<string, unknown>;
        const cio = numericRating(ratings.cio);
        const cmo = numericRating(ratings.cmo);
        const cls = classify(cio, cmo, gapThreshold);
        if ((cls !== 'disputed' && cls !== 'weakness') || cio === null || cmo === null) return;
        const ref = `question:${section.id}/${q.id}`;
        if (isAddressed(ref)) return;
        const statement = `"${excerpt(q.text)}"`;
        const what =
          cls === 'disputed'
            ? `the CIO and the CMO disagree on ${statement} (gap ${Math.abs(cio - cmo)})`
            : `the CIO and the CMO rate ${statement} low (${cio} and ${cmo})`;
        hits.push({ message: `${what} ${advice(ref)}`, path: ['sections', s, 'questions', j, 'ratings'], target: `${section.id}/${q.id}` });
      });
    });

    review.blurredAreas.forEach((area, i) => {
      const status = areaStatus(area, review);
      if (status !== 'orphan' && status !== 'contested' && status !== 'unconfirmed') return;
      const ref = `area:${area.id}`;
      if (isAddressed(ref)) return;
      const claims = (area.claims ?? {}) as Record<string, unknown>;
      const what =
        status === 'orphan'
          ? `nobody owns "${area.name}"`
          : status === 'contested'
            ? `who owns "${area.name}" is disputed (the CIO says ${said(claims.cio)}, the CMO says ${said(claims.cmo)}, the file records ${(area.owner ?? '').trim()})`
            : `the owner of "${area.name}" is not confirmed by ${listWords(claimsUnconfirmed(area).map((w) => WHO[w]))}`;
      hits.push({
        message: `${what} ${advice(ref)}`,
        path: area.owner === undefined ? ['blurredAreas', i] : ['blurredAreas', i, 'owner'],
        at: 'key',
        target: area.id,
      });
    });

    review.investments.forEach((inv, i) => {
      const shortfall = roiShortfall(inv);
      if (!shortfall) return;
      const ref = `investment:${inv.id}`;
      if (isAddressed(ref)) return;
      hits.push({
        message: `investment "${inv.name}" is behind its ROI target (${shortfallWords(inv, shortfall)}) ${advice(ref)}`,
        path: ['investments', i, 'roi'],
        target: inv.id,
      });
    });
    return hits;
  },
};
