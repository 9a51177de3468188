import { useSyncExternalStore } from 'react';
import type { GroupsSnapshot } from './groups-cache';
import type { BoardSession } from './session';

export function useGroups(session: BoardSession): GroupsSnapshot {
  return useSyncExternalStore(session.groups.subscribe, session.groups.getSnapshot);
}
