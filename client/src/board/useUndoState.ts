import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { BoardSession } from './session';

interface UndoState {
  canUndo: boolean;
  canRedo: boolean;
}

export function useUndoState(session: BoardSession): UndoState {
  const last = useRef<UndoState>({ canUndo: false, canRedo: false });
  const subscribe = useCallback(
    (notify: () => void) => {
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
      for (const name of events) session.undo.on(name, notify);
      return () => {
        for (const name of events) session.undo.off(name, notify);
      };
    },
    [session],
  );
  const getSnapshot = useCallback(() => {
    const canUndo = session.undo.canUndo();
    const canRedo = session.undo.canRedo();
    if (canUndo !== last.current.canUndo || canRedo !== last.current.canRedo) last.current = { canUndo, canRedo };
    return last.current;
  }, [session]);
  return useSyncExternalStore(subscribe, getSnapshot);
}
