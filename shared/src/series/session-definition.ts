/**
 * The workshop of one series session: the series' template with the topic as
 * its title and the planned date, plus a harbour for solution ships. Every
 * session gets a harbour (the Praxisaustausch template has none), so each one can
 * hand its open ships on to the next.
 */
import {
  workshopDefinitionSchema,
  type Locale,
  type Phase,
  type Station,
  type WorkshopDefinition,
} from '../workshop/definition.js';
import { SERIES_LIMITS } from './series-schemas.js';

const HARBOUR = {
  de: { name: 'Hafen der Lösungsschiffe', prompt: 'Offene Lösungsschiffe und ihre nächsten Schritte.' },
  en: { name: 'Harbour of solution ships', prompt: 'Open solution ships and their next steps.' },
};

/** The definition schema's limit. */
const MAX_PHASES = 100;

const SHIPS_PHASE = {
  de: {
    title: 'Lösungsschiffe vom letzten Mal',
    instruction: 'Was ist aus den offenen Lösungsschiffen geworden? Erledigte Schritte abhaken, neue verabreden.',
  },
  en: {
    title: 'Solution ships from last time',
    instruction: 'What became of the open solution ships? Tick off the steps that are done, agree on new ones.',
  },
};

/** Topic, then the series title when both fit into a workshop title; the series title alone while the topic is open. */
export function sessionTitle(topic: string | undefined, seriesTitle: string): string {
  if (!topic) return seriesTitle;
  const both = `${topic} – ${seriesTitle}`;
  return both.length <= SERIES_LIMITS.titleMaxLength ? both : topic.slice(0, SERIES_LIMITS.titleMaxLength);
}

function unusedId(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}-${i}`)) return `${base}-${i}`;
}

/**
 * `withCarriedShips` adds a short plenary phase at the harbour after the first
 * phase: carried ships are otherwise invisible to participants of a format
 * whose agenda has no harbour.
 */
export function sessionDefinition(
  base: WorkshopDefinition,
  session: { topic: string | undefined; seriesTitle: string; date: string; locale: Locale; withCarriedShips: boolean },
): { definition: WorkshopDefinition; harbourStationId: string } {
  let harbour = base.stations.find((station) => station.kind === 'harbour');
  const stations: Station[] = [...base.stations];
  if (!harbour) {
    const text = HARBOUR[session.locale];
    harbour = {
      id: unusedId('harbour', new Set(stations.map((s) => s.id))),
      kind: 'harbour',
      name: text.name,
      prompt: text.prompt,
    };
    stations.push(harbour);
  }
  const phases: Phase[] = [...base.phases];
  const harbourPhase = phases.some((phase) => phase.stationIds.includes(harbour.id));
  if (session.withCarriedShips && !harbourPhase && phases.length < MAX_PHASES) {
    const text = SHIPS_PHASE[session.locale];
    phases.splice(Math.min(1, phases.length), 0, {
      id: unusedId('carried-ships', new Set(phases.map((p) => p.id))),
      title: text.title,
      instruction: text.instruction,
      durationMinutes: 10,
      mode: 'plenary',
      stationIds: [harbour.id],
      rounds: 1,
    });
  }
  const definition = workshopDefinitionSchema.parse({
    ...base,
    title: sessionTitle(session.topic, session.seriesTitle),
    date: session.date,
    stations,
    phases,
  });
  return { definition, harbourStationId: harbour.id };
}
