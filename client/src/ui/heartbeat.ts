import type { Socket } from 'socket.io-client';
import { HEARTBEAT } from '@mutopia/shared/protocol';
import type { LinkState } from '../board/connection-status';

/** A timer this late means the tab was busy or asleep: let pings that queued meanwhile arrive before judging. */
const LATE_MS = 500;
const RECHECK_MS = 50;

/**
 * Whether a socket.io connection really reaches the server right now. A
 * network that dies without closing the TCP connection (Wi-Fi gone, laptop
 * lid) leaves `socket.connected` true until the ping timeout; the server pings
 * every second, so two missed pings are enough to tell the person. The
 * connection itself is left alone: if the network comes back, pings resume.
 */
export class Heartbeat {
  private state: LinkState;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dueAt = 0;
  private rechecking = false;
  private readonly listeners = new Set<() => void>();
  private readonly lostListeners = new Set<() => void>();

  constructor(private readonly socket: Socket) {
    this.state = socket.connected ? 'online' : 'connecting';
    socket.on('connect', this.onAlive);
    socket.io.on('ping', this.onAlive);
    socket.on('disconnect', this.onDisconnect);
    socket.on('connect_error', this.onDown);
    window.addEventListener('offline', this.onDown);
    if (socket.connected) this.arm();
  }

  readonly getSnapshot = (): LinkState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Called when the transport is really gone, so other sockets to the same server can start over too. */
  onLost(listener: () => void): () => void {
    this.lostListeners.add(listener);
    return () => this.lostListeners.delete(listener);
  }

  /** Connected and heard from the server within the last two pings. */
  get live(): boolean {
    return this.state === 'online' && this.socket.connected && navigator.onLine;
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.socket.off('connect', this.onAlive);
    this.socket.io.off('ping', this.onAlive);
    this.socket.off('disconnect', this.onDisconnect);
    this.socket.off('connect_error', this.onDown);
    window.removeEventListener('offline', this.onDown);
    this.listeners.clear();
    this.lostListeners.clear();
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.rechecking = false;
    this.dueAt = Date.now() + HEARTBEAT.staleAfterMs;
    this.timer = setTimeout(this.check, HEARTBEAT.staleAfterMs);
  }

  private readonly check = (): void => {
    if (!this.rechecking && Date.now() - this.dueAt > LATE_MS) {
      this.rechecking = true;
      this.timer = setTimeout(this.check, RECHECK_MS);
      return;
    }
    this.set('offline');
  };

  private readonly onAlive = (): void => {
    // The device says it has no network: a ping still in flight does not change that.
    if (!navigator.onLine) return;
    this.arm();
    this.set('online');
  };

  private readonly onDown = (): void => {
    clearTimeout(this.timer);
    this.set('offline');
  };

  private readonly onDisconnect = (reason: Socket.DisconnectReason): void => {
    this.onDown();
    if (reason !== 'io client disconnect') for (const listener of this.lostListeners) listener();
  };

  private set(state: LinkState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
