import { useSyncExternalStore } from 'react';
import type { BoardSession } from './session';
import type { NotesSnapshot } from './notes-cache';

export function useNotes(session: BoardSession): NotesSnapshot {
  return useSyncExternalStore(session.notes.subscribe, session.notes.getSnapshot);
}
