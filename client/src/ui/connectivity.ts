/**
 * What this tab knows about reaching the server, for the offline line and the
 * connection pills: the heartbeats of its socket.io connections and the sync
 * state of every board it has open. One tab, one answer.
 */
import {
  nextOfflineLine,
  worstStatus,
  type ConnectionStatus,
  type LinkState,
  type OfflineLine,
} from '../board/connection-status';
import type { Heartbeat } from './heartbeat';

/** An open board as the tab sees it (a SyncTracker). */
export interface BoardLink {
  status(): ConnectionStatus;
  unconfirmed(): number;
  /** Re-derive the status: the heartbeat changed. */
  refresh(): void;
  /** Drop the board's socket and connect again. */
  reconnect(): void;
}

export interface Connectivity {
  status: ConnectionStatus;
  /** Local edits on all open boards the server has not confirmed. */
  unconfirmed: number;
  line: OfflineLine;
}

const heartbeats = new Set<Heartbeat>();
const boards = new Set<BoardLink>();
const listeners = new Set<() => void>();
let snapshot: Connectivity = { status: 'online', unconfirmed: 0, line: 'hidden' };

/** The worst heartbeat of the tab; with none, nothing contradicts the boards. */
export function linkState(): LinkState {
  return worstStatus([...heartbeats].map((h) => h.getSnapshot()));
}

export function registerHeartbeat(heartbeat: Heartbeat): () => void {
  heartbeats.add(heartbeat);
  const offChange = heartbeat.subscribe(onLinkChange);
  // The same server, the same network: a board socket that outlived the session socket is most likely dead too.
  const offLost = heartbeat.onLost(() => {
    for (const board of boards) board.reconnect();
  });
  onLinkChange();
  return () => {
    offChange();
    offLost();
    heartbeats.delete(heartbeat);
    onLinkChange();
  };
}

export function registerBoard(board: BoardLink): () => void {
  boards.add(board);
  connectivityChanged();
  return () => {
    boards.delete(board);
    connectivityChanged();
  };
}

function onLinkChange(): void {
  for (const board of boards) board.refresh();
  connectivityChanged();
}

/** Something a board or heartbeat reports changed: recompute the tab's answer. */
export function connectivityChanged(): void {
  const boardList = [...boards];
  const status = navigator.onLine ? worstStatus([linkState(), ...boardList.map((b) => b.status())]) : 'offline';
  const unconfirmed = boardList.reduce((sum, b) => sum + b.unconfirmed(), 0);
  const line = nextOfflineLine(snapshot.line, status, unconfirmed);
  if (status === snapshot.status && unconfirmed === snapshot.unconfirmed && line === snapshot.line) return;
  snapshot = { status, unconfirmed, line };
  for (const listener of listeners) listener();
}

export const getConnectivity = (): Connectivity => snapshot;

export function subscribeConnectivity(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') {
  window.addEventListener('offline', connectivityChanged);
  window.addEventListener('online', connectivityChanged);
}
