import { useEffect } from 'react';
import { useViewportStore } from '../stores/viewport';
import { fitView } from './actions';
import type { GroupsSnapshot } from './groups-cache';
import type { NotesSnapshot } from './notes-cache';
import type { BoardSession } from './session';

/**
 * For screens nobody touches (projectors): every change of the notes, frames or of
 * the screen size fits the whole board again, enlarged up to `maxScale` so
 * the text is readable across a room.
 */
export function useAutoFit(
  session: BoardSession,
  notes: NotesSnapshot,
  groups: GroupsSnapshot,
  enabled: boolean,
  maxScale = 2.5,
): void {
  const size = useViewportStore((s) => s.size);
  useEffect(() => {
    if (!enabled || size.width === 0) return;
    fitView(session, maxScale, Math.round(Math.min(size.width, size.height) * 0.04));
  }, [enabled, session, notes, groups, size, maxScale]);
}
