import type { Locale, Station, WorkshopDefinition } from '../workshop/definition.js';

/** The capacity of a new [M]Utopie station (a table of about eight). */
export const MUTOPIA_DEFAULT_CAPACITY = 8;

const QUESTION_LABEL: Record<Locale, string> = { de: 'Frage', en: 'Question' };
const STATION_ID_MAX = 48;
const NAME_MAX = 120;

/** Ids this generator makes; stations with other ids are the facilitator's own and are kept. */
const GENERATED_ID = /^mutopia-\d+(-|$)/;

export interface PromotedQuestion {
  id: string;
  text: string;
  promotedRank: number | null;
}

function stationId(rank: number, perspectiveId: string | null, index: number): string {
  if (perspectiveId === null) return `mutopia-${rank}`;
  const id = `mutopia-${rank}-${perspectiveId}`;
  return id.length <= STATION_ID_MAX ? id : `mutopia-${rank}-p${index + 1}`;
}

/**
 * The [M]Utopie stations for the promoted questions: one per question (by rank)
 * and perspective, `mutopia-<rank>-<perspectiveId>`, the question as prompt,
 * budget tiers rotating `(q + p) % tiers` as in the Weiterbildungskonferenz
 * template. Ids are those of the template's placeholders, so a station that
 * already exists keeps its board (and its capacity). Generated stations beyond
 * the promoted count leave the definition; their boards stay in the database,
 * unreferenced, and come back with their notes if a later generation has that
 * many questions again. [M]Utopie stations the facilitator added by hand stay.
 * Phases that used [M]Utopie stations get the new list where the old one was.
 * Without perspectives each question gets one station, `mutopia-<rank>`.
 */
export function generateMutopiaStations(
  definition: WorkshopDefinition,
  questions: readonly PromotedQuestion[],
): WorkshopDefinition {
  const promoted = questions
    .filter((q): q is PromotedQuestion & { promotedRank: number } => q.promotedRank !== null)
    .sort((a, b) => a.promotedRank - b.promotedRank);
  const existing = new Map(definition.stations.map((s) => [s.id, s]));
  const tiers = definition.budgetTiers;
  const perspectives: Array<{ id: string; name: string } | null> =
    definition.perspectives.length > 0 ? definition.perspectives : [null];

  const generated: Station[] = promoted.flatMap((question, q) => {
    // Ranks may have gaps (a promoted question was removed): number the stations 1…n.
    const rank = q + 1;
    return perspectives.map((perspective, p): Station => {
      const id = stationId(rank, perspective?.id ?? null, p);
      const label = `${QUESTION_LABEL[definition.locale]} ${rank}`;
      const name = (perspective ? `${label} · ${perspective.name}` : label).slice(0, NAME_MAX);
      const tier = tiers.length > 0 ? tiers[(q + p) % tiers.length] : undefined;
      return {
        id,
        kind: 'mutopia',
        name,
        prompt: question.text,
        capacity: existing.get(id)?.capacity ?? MUTOPIA_DEFAULT_CAPACITY,
        questionId: question.id,
        ...(perspective ? { perspectiveId: perspective.id } : {}),
        ...(tier ? { budgetTierId: tier.id } : {}),
      };
    });
  });
  const generatedIds = new Set(generated.map((s) => s.id));
  const replaced = (s: Station) => generatedIds.has(s.id) || (s.kind === 'mutopia' && GENERATED_ID.test(s.id));

  const firstMutopia = definition.stations.findIndex((s) => s.kind === 'mutopia');
  const kept = definition.stations.filter((s) => !replaced(s));
  // The new stations go where the first [M]Utopie station was, else before the harbour, else last.
  const anchor =
    firstMutopia >= 0
      ? definition.stations.slice(0, firstMutopia).filter((s) => !replaced(s)).length
      : kept.findIndex((s) => s.kind === 'harbour');
  const at = anchor >= 0 ? anchor : kept.length;
  const stations = [...kept.slice(0, at), ...generated, ...kept.slice(at)];

  const isMutopia = new Set(definition.stations.filter((s) => s.kind === 'mutopia').map((s) => s.id));
  const phases = definition.phases.map((phase) => {
    const first = phase.stationIds.findIndex((id) => isMutopia.has(id));
    if (first < 0) return phase;
    const removed = (id: string) => generatedIds.has(id) || (isMutopia.has(id) && GENERATED_ID.test(id));
    const before = phase.stationIds.slice(0, first).filter((id) => !removed(id));
    const after = phase.stationIds.slice(first).filter((id) => !removed(id));
    return { ...phase, stationIds: [...before, ...generated.map((s) => s.id), ...after] };
  });

  return { ...definition, stations, phases };
}
