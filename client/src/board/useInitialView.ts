import { useCallback, useEffect, useRef } from 'react';
import { useViewportStore } from '../stores/viewport';
import { fitView } from './actions';
import type { NotesSnapshot } from './notes-cache';
import type { BoardSession } from './session';
import { centeredOrigin } from './viewport-math';

/**
 * Places the view once the canvas is measured, then fits the notes the first
 * time some arrive (from the local copy or the server) — unless the person has
 * already started moving around, which always wins.
 * Returns the callback that marks such an interaction.
 */
export function useInitialView(session: BoardSession, notes: NotesSnapshot): () => void {
  const size = useViewportStore((s) => s.size);
  const placed = useViewportStore((s) => s.placed);
  const fitPending = useRef(true);

  useEffect(() => {
    if (size.width > 0 && !placed) useViewportStore.getState().place(centeredOrigin(size));
  }, [size, placed]);

  useEffect(() => {
    if (!fitPending.current || !placed || notes.order.length === 0) return;
    fitPending.current = false;
    fitView(session);
  }, [session, notes, placed]);

  // An empty board after the first server sync stays as it is: notes added later by others should not move the view.
  useEffect(() => {
    const onSync = (synced: boolean) => {
      if (synced && session.notes.getSnapshot().order.length === 0) fitPending.current = false;
    };
    session.provider.on('sync', onSync);
    return () => session.provider.off('sync', onSync);
  }, [session]);

  return useCallback(() => {
    fitPending.current = false;
  }, []);
}
