/**
 * Memory of the phases and rounds a facilitator left, so that ◀ and ▶ bring
 * back what people did instead of starting over. Pure, like the reducer.
 */
import type { Phase, WorkshopDefinition } from './definition.js';
import { effectivePhaseIndex } from './phases.js';
import type { SavedTimer, SessionHistory, SessionState, TimerState } from './session-state.js';

type Assignment = Record<string, string>;
type Visits = Record<string, string[]>;

/** Where people are in a chain of phases at one round. */
export interface Places {
  round: number;
  split: Assignment;
  choices: Assignment;
  visited: Visits;
}

export interface Marks {
  done: Record<string, boolean>;
  /** Paused at what was left, so nobody's time runs out while the facilitator looks back. */
  timer: TimerState | null;
}

function saveTimer(timer: TimerState | null, now: number): SavedTimer | null {
  if (!timer) return null;
  const remainingMs = timer.running && timer.endsAt !== null ? Math.max(0, timer.endsAt - now) : timer.remainingMs;
  return { durationMs: timer.durationMs, remainingMs };
}

function pausedTimer(saved: SavedTimer): TimerState {
  return { durationMs: saved.durationMs, remainingMs: saved.remainingMs, endsAt: null, running: false };
}

function chainHead(definition: WorkshopDefinition, phaseIndex: number): Phase | undefined {
  return definition.phases[effectivePhaseIndex(definition, phaseIndex)];
}

/** Only assignments to stations the phase still uses (the agenda may have been edited meanwhile). */
function onStations(assignment: Assignment, stationIds: readonly string[]): Assignment {
  const allowed = new Set(stationIds);
  return Object.fromEntries(Object.entries(assignment).filter(([, stationId]) => allowed.has(stationId)));
}

/** The history with the current phase and round written into it; unchanged before the start. */
export function remember(definition: WorkshopDefinition, state: SessionState, now: number): SessionHistory {
  const phase = state.phaseIndex === null ? undefined : definition.phases[state.phaseIndex];
  const head = state.phaseIndex === null ? undefined : chainHead(definition, state.phaseIndex);
  if (!phase || !head) return state.history;
  const round = String(state.round);
  const { places, marks } = state.history;
  return {
    places: {
      ...places,
      [head.id]: {
        round: state.round,
        split: state.split,
        rounds: { ...places[head.id]?.rounds, [round]: { choices: state.choices, visited: state.visited } },
      },
    },
    marks: {
      ...marks,
      [phase.id]: { ...marks[phase.id], [round]: { done: state.done, timer: saveTimer(state.timer, now) } },
    },
  };
}

/** Where the chain `phaseIndex` belongs to left people, if it was ever left. */
export function rememberedPlaces(
  definition: WorkshopDefinition,
  history: SessionHistory,
  phaseIndex: number,
): Places | undefined {
  const head = chainHead(definition, phaseIndex);
  const saved = head && history.places[head.id];
  if (!head || !saved) return undefined;
  const round = Math.min(saved.round, head.rounds - 1);
  const inRound = saved.rounds[String(round)];
  return {
    round,
    split: onStations(saved.split, head.stationIds),
    choices: onStations(inRound?.choices ?? {}, head.stationIds),
    visited: inRound?.visited ?? {},
  };
}

/** Choices and visits of one round of the chain `phaseIndex` belongs to, if it was ever left. */
export function rememberedRound(
  definition: WorkshopDefinition,
  history: SessionHistory,
  phaseIndex: number,
  round: number,
): Pick<Places, 'choices' | 'visited'> | undefined {
  const head = chainHead(definition, phaseIndex);
  const saved = head && history.places[head.id]?.rounds[String(round)];
  if (!head || !saved) return undefined;
  return { choices: onStations(saved.choices, head.stationIds), visited: saved.visited };
}

/** Done signals and the countdown of one phase's round, if it was ever left. */
export function rememberedMarks(history: SessionHistory, phaseId: string, round: number): Marks | undefined {
  const saved = history.marks[phaseId]?.[String(round)];
  return saved && { done: saved.done, timer: saved.timer && pausedTimer(saved.timer) };
}

/** Everybody's visits with this round's choices added. */
export function withVisits(visited: Visits, choices: Assignment): Visits {
  const out = { ...visited };
  for (const [participantId, stationId] of Object.entries(choices)) {
    out[participantId] = [...(out[participantId] ?? []), stationId];
  }
  return out;
}

/**
 * A later round's choices, brought back: a choice that now repeats a room the
 * person visited (they changed their earlier round meanwhile) is dropped, and
 * they choose again.
 */
export function withoutRevisits(choices: Assignment, visited: Visits): Assignment {
  return Object.fromEntries(
    Object.entries(choices).filter(([participantId, stationId]) => !visited[participantId]?.includes(stationId)),
  );
}
