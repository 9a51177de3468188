export type ConnectionStatus = 'online' | 'connecting' | 'offline';

export interface ConnectionFacts {
  /** WebSocket open and the first sync exchange with the server finished. */
  synced: boolean;
  /** Local edits made since the last time the server was in sync with us. */
  unsyncedChanges: number;
  /** `navigator.onLine`: false means the device knows it has no network. */
  browserOnline: boolean;
}

/**
 * "Offline" is only claimed when it matters to the person: their edits are
 * waiting, or the device itself says it has no network. Everything else that
 * is not fully synced is a (re)connection in progress.
 */
export function connectionStatus(facts: ConnectionFacts): ConnectionStatus {
  if (facts.synced) return 'online';
  if (facts.unsyncedChanges > 0 || !facts.browserOnline) return 'offline';
  return 'connecting';
}
