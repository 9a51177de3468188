import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Team } from '@mutopia/shared/workshop/definition';
import { WorkshopContext } from '../workshop/workshop-context';

/** The teams of the workshop a board belongs to, and the one this person writes for. */
export interface NoteTeams {
  /** The team new notes are signed with: a participant's team, none for facilitators and plain boards. */
  author: string | undefined;
  teams: readonly Team[] | undefined;
}

const NONE: NoteTeams = { author: undefined, teams: undefined };
const noSubscription = () => () => {};

/**
 * Read from the workshop connection when the board is part of one: a note
 * stores only its team's id, so a renamed team shows its new name at once.
 */
export function useNoteTeams(): NoteTeams {
  const workshop = useContext(WorkshopContext);
  const subscribe = workshop ? workshop.store.subscribe : noSubscription;
  const author = useSyncExternalStore(subscribe, () => workshop?.store.getState().welcome?.teamId ?? undefined);
  const teams = useSyncExternalStore(subscribe, () => workshop?.store.getState().view?.definition.teams);
  return workshop ? { author, teams } : NONE;
}

/** Team id → the team, for the notes on the canvas. */
export const NoteTeamsContext = createContext<ReadonlyMap<string, Team>>(new Map());

export function useTeamOf(teamId: string | undefined): Team | undefined {
  const teams = useContext(NoteTeamsContext);
  return teamId === undefined ? undefined : teams.get(teamId);
}
