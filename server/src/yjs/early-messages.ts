import { LIMITS, WS_CLOSE } from '@mutopia/shared';
import type { WebSocket } from 'ws';

/** More than a client sends before its board answers, in bytes: past it the connection is flooding. */
const MAX_EARLY_BYTES = 8 * 1024 * 1024;

/**
 * Keeps what a WebSocket receives while its board is still loading, in order,
 * for the SyncConnection that takes over once it is loaded: `ws` drops a
 * message nobody listens for, and a y-websocket client sends its sync step 1
 * right after connecting. More than the rate limit's burst, or a few MiB,
 * closes the connection as the rate limit would.
 */
export class EarlyMessages {
  readonly messages: Array<[Buffer, boolean]> = [];
  overflowed = false;
  private bytes = 0;

  constructor(private readonly ws: WebSocket) {
    ws.on('message', this.onMessage);
    ws.on('error', this.onError);
  }

  private readonly onMessage = (data: Buffer, isBinary: boolean): void => {
    if (this.overflowed) return;
    this.bytes += data.byteLength;
    if (this.messages.length >= LIMITS.wsMessageBurst || this.bytes > MAX_EARLY_BYTES) {
      this.overflowed = true;
      this.messages.length = 0;
      this.ws.close(WS_CLOSE.rateLimited.code, WS_CLOSE.rateLimited.reason);
      return;
    }
    this.messages.push([data, isBinary]);
  };

  private readonly onError = (): void => {
    this.ws.terminate();
  };

  /** Stops listening; `messages` keeps what came so far. */
  stop(): void {
    this.ws.off('message', this.onMessage);
    this.ws.off('error', this.onError);
  }
}
