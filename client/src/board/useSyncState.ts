import { useSyncExternalStore } from 'react';
import type { BoardSession } from './session';
import type { SyncState } from './sync-tracker';

export function useSyncState(session: BoardSession): SyncState {
  return useSyncExternalStore(session.sync.subscribe, session.sync.getSnapshot);
}
