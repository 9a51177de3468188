export type ConnectionStatus = 'online' | 'connecting' | 'offline';

/** Whether a socket.io connection reaches the server right now (see ui/heartbeat.ts). */
export type LinkState = ConnectionStatus;

export interface ConnectionFacts {
  /** The board's WebSocket is open and the sync exchange with the server finished. */
  synced: boolean;
  /** The board was synced before in this session: not synced now means the connection was lost. */
  wasSynced: boolean;
  /** Local edits the server has not confirmed yet. */
  unconfirmed: number;
  /** `navigator.onLine`: false means the device knows it has no network. */
  browserOnline: boolean;
  /** The tab's heartbeat with the server (socket.io pings). */
  link: LinkState;
}

/**
 * "Offline" as soon as anything says the server cannot be reached: the device
 * has no network, the heartbeat stopped, or a board that was synced lost its
 * socket. Not yet connected for the first time, with nothing waiting, is
 * "connecting".
 */
export function connectionStatus(facts: ConnectionFacts): ConnectionStatus {
  if (!facts.browserOnline || facts.link === 'offline') return 'offline';
  if (facts.synced) return 'online';
  if (facts.wasSynced || facts.unconfirmed > 0) return 'offline';
  return 'connecting';
}

/** The worst of several: one board offline makes the tab offline. */
export function worstStatus(statuses: Iterable<ConnectionStatus>): ConnectionStatus {
  let worst: ConnectionStatus = 'online';
  for (const status of statuses) {
    if (status === 'offline') return 'offline';
    if (status === 'connecting') worst = 'connecting';
  }
  return worst;
}

/**
 * The offline line: shown while offline, and after the connection is back
 * until the server has confirmed every edit made meanwhile. Never for the
 * moment between an edit and its confirmation while all is well.
 */
export type OfflineLine = 'hidden' | 'offline' | 'sending';

export function nextOfflineLine(previous: OfflineLine, status: ConnectionStatus, unconfirmed: number): OfflineLine {
  if (status === 'offline') return 'offline';
  if (previous !== 'hidden' && (unconfirmed > 0 || status !== 'online')) return 'sending';
  return 'hidden';
}
