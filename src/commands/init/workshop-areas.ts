/**
 * The workshop's blurred areas: each one's claims, owner, process and board reporting, and
 * settling them together in `agree`.
 * Each is a step of {@link Workshop}, taking it as `w`.
 */
import { nameKey, uniqueIdFromName } from '../../core/ids.js';
import { isNoOwner } from '../../core/owners.js';
import { BOARD_CHOICES, NOBODY, PROMPTS, UNSURE, YES_NO, ownerChoices, shown } from './wording.js';
import { type Area } from './workshop-shared.js';
import type { Workshop } from './workshop.js';

export async function askAreas(w: Workshop): Promise<void> {
  const { prompter, review, template } = w;
  await w.once(
    'areas.chosen',
    async () => {
      prompter.say(
        `\n${w.paint.bold('Blurred areas')}\n${w.paint.dim('The areas between IT and marketing whose ownership needs settling. Pick the ones that apply here.')}\n`,
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
  await w.repeatAdding(
    'areas.added',
    'areas',
    () => prompter.key(PROMPTS.areaAdd, YES_NO),
    async (n) => {
      const name = (
        await w.memo(`areas.${n}.name`, () =>
          prompter.input(PROMPTS.areaName, {
            validate: (v) => {
              if (!v.trim()) return 'A name is needed.';
              const twin = review.blurredAreas.find((a) => nameKey(a.name ?? '') === nameKey(v));
              return twin ? `${shown(twin.name)} is already on the list.` : true;
            },
          }),
        )
      ).trim();
      await w.memo(`areas.${n}.applied`, async () => {
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
  for (const [index, area] of review.blurredAreas.entries()) await askArea(w, area, index);
}

export function areaHeading(w: Workshop, area: Area, index: number): string {
  return w.paint.dim(`[area ${index + 1}/${w.review.blurredAreas.length}] ${shown(area.name ?? area.id)}`);
}

export async function askClaims(w: Workshop, area: Area, heading: string): Promise<void> {
  const claimers = w.role ? [w.role] : (['cio', 'cmo'] as const);
  for (const who of claimers) {
    await w.once(
      `area:${area.id}:claim.${who}`,
      () =>
        w.prompter.key(`${heading}\n  ${PROMPTS.claim(who)}`, ownerChoices(w.executives, [UNSURE]), {
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

export async function askOwner(w: Workshop, area: Area, heading: string, suggested?: string): Promise<void> {
  const current = area.owner == null || isNoOwner(area.owner) ? suggested : area.owner;
  await w.once(
    `area:${area.id}:owner`,
    () => w.prompter.key(`${heading}\n  ${PROMPTS.owner}`, ownerChoices(w.executives, [NOBODY]), { default: current }),
    (v) => (area.owner = v),
  );
}

export async function askProcess(w: Workshop, area: Area, heading: string): Promise<void> {
  await w.once(
    `area:${area.id}:process`,
    () =>
      w.text(`${heading}\n  ${PROMPTS.process(area.owner === 'joint')}`, {
        default: area.process || undefined,
        validate: (v) => (area.owner === 'joint' && !v.trim() ? 'A jointly owned area needs an agreed process.' : true),
      }),
    (v) => (area.process = v.trim() || undefined),
  );
}

export async function askBoardReporting(w: Workshop, area: Area, heading: string): Promise<void> {
  await w.once(
    `area:${area.id}:boardReporting`,
    () => w.prompter.key(`${heading}\n  ${PROMPTS.boardReporting}`, BOARD_CHOICES, { default: area.boardReporting ?? undefined }),
    (v) => (area.boardReporting = v ?? undefined),
  );
}

export async function askArea(w: Workshop, area: Area, index: number): Promise<void> {
  const heading = areaHeading(w, area, index);
  await askClaims(w, area, heading);
  if (w.role) return;
  const agreed = area.claims?.cio && area.claims.cio === area.claims.cmo ? area.claims.cio : undefined;
  await askOwner(w, area, heading, agreed ?? undefined);
  await askProcess(w, area, heading);
  await askBoardReporting(w, area, heading);
}

export async function agreeArea(w: Workshop, area: Area, index: number): Promise<void> {
  const heading = areaHeading(w, area, index);
  const cio = area.claims?.cio;
  const cmo = area.claims?.cmo;
  const agreed = cio && cio === cmo && !isNoOwner(cio) ? cio : undefined;
  const settledOwner = agreed && (isNoOwner(area.owner) || area.owner === agreed);
  if (settledOwner) {
    if (!w.answered.has(`area:${area.id}:owner`)) {
      area.owner = agreed;
      w.answered.add(`area:${area.id}:owner`);
      w.save();
    }
  } else {
    if (!w.answered.has(`area:${area.id}:owner`)) {
      const claims = ['cio', 'cmo']
        .map((w) => `the ${w.toUpperCase()} says ${area.claims?.[w] ? shown(area.claims[w]) : 'nothing'}`)
        .join(', ');
      w.prompter.say(`\n${heading}\n  ${claims}${isNoOwner(area.owner) ? '' : `; recorded owner ${shown(area.owner)}`}.\n`);
    }
    await askOwner(w, area, heading);
  }
  if (!area.process?.trim() || area.owner === 'joint') {
    if (!area.process?.trim()) await askProcess(w, area, heading);
  }
  if (!area.boardReporting) await askBoardReporting(w, area, heading);
}

// -------------------------------------------------------------------------------------------
// The summary, and a way back to any answer
// -------------------------------------------------------------------------------------------
