/**
 * The actions a workshop proposes at its end, from the findings: one for each disputed statement,
 * each weakness both executives see, each blurred area that is not agreed, and each investment
 * behind its ROI target (in its direction). Pure; the workshop asks title, owner and due date.
 */
import type { AreaStatus } from './owners.js';
import type { ScoreResult } from './score.js';

export interface ActionProposal {
  /** What prompted it, as an action's `for` reference: `question:cio-role/accelerated-path`. */
  ref: string;
  kind: 'disputed' | 'weakness' | 'area' | 'investment';
  /** The finding in the room's words. */
  about: string;
  /** Who the finding points at, when it points at someone: an area's agreed owner. */
  owner?: string;
}

const AREA_WORDS: Record<AreaStatus, string> = {
  agreed: 'agreed',
  contested: 'the CIO and the CMO disagree on the owner',
  unconfirmed: 'the owner is not confirmed by both',
  'joint-without-process': 'jointly owned, with no agreed process',
  orphan: 'no owner',
};

export interface RoiLike {
  target?: number | null;
  actual?: number | null;
  direction?: 'up' | 'down' | null;
}

/** Behind target, in the measure's direction (`down`: lower is better). */
export function behindTarget(roi: RoiLike | null | undefined): roi is RoiLike & { target: number; actual: number } {
  if (roi?.target == null || roi.actual == null) return false;
  return roi.direction === 'down' ? roi.actual > roi.target : roi.actual < roi.target;
}

export function proposeActions(
  score: ScoreResult,
  investments: readonly { id: string; name: string; roi?: RoiLike | null }[],
  addressed: ReadonlySet<string> = new Set(),
): ActionProposal[] {
  const out: ActionProposal[] = [];
  for (const s of score.sections) {
    for (const q of s.questions) {
      const ref = `question:${s.id}/${q.id}`;
      if (q.class === 'disputed')
        out.push({ ref, kind: 'disputed', about: `The CIO (${q.cio}) and the CMO (${q.cmo}) see this differently: ${q.text}` });
      else if (q.class === 'weakness') out.push({ ref, kind: 'weakness', about: `Both rate this low (${q.cio} and ${q.cmo}): ${q.text}` });
    }
  }
  for (const a of score.areas) {
    if (a.status !== 'agreed')
      out.push({
        ref: `area:${a.id}`,
        kind: 'area',
        about: `${a.name}: ${AREA_WORDS[a.status]}`,
        ...(a.owner && a.owner !== 'joint' ? { owner: a.owner } : {}),
      });
  }
  for (const i of investments) {
    const roi = i.roi;
    if (behindTarget(roi))
      out.push({
        ref: `investment:${i.id}`,
        kind: 'investment',
        about: `${i.name}: the return is ${roi.actual} against a target of ${roi.target}${roi.direction === 'down' ? ' (lower is better)' : ''}`,
      });
  }
  // Disputes first: they are what the room must talk about.
  const order = { disputed: 0, area: 1, investment: 2, weakness: 3 } as const;
  return out.filter((p) => !addressed.has(p.ref)).sort((a, b) => order[a.kind] - order[b.kind]);
}
