import { WebSocket } from 'ws';
import { DurationHistogram, type Percentiles } from './histogram.js';

/**
 * The outside proxy for a server's event-loop lag: a WebSocket ping every
 * `everyMs` on an otherwise idle connection; the server's ws library answers
 * from its event loop, so a busy loop shows as a slow pong. Includes the
 * loopback round trip (S0 gives that figure at rest).
 */
export class PingProbe {
  private readonly histogram = new DurationHistogram();
  private timer: NodeJS.Timeout | undefined;
  private sentAt = 0;
  private waiting = false;

  private constructor(private readonly ws: WebSocket) {
    ws.on('pong', () => {
      if (!this.waiting) return;
      this.waiting = false;
      this.histogram.recordMs(performance.now() - this.sentAt);
    });
    ws.on('message', () => {});
    ws.on('error', () => {});
  }

  static open(url: string, everyMs = 50): Promise<PingProbe> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { perMessageDeflate: false });
      ws.once('open', () => {
        const probe = new PingProbe(ws);
        probe.timer = setInterval(() => probe.ping(), everyMs);
        resolve(probe);
      });
      ws.once('error', reject);
    });
  }

  private ping(): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    // A pong still outstanding is a sample of at least this age; record it as such.
    if (this.waiting) this.histogram.recordMs(performance.now() - this.sentAt);
    this.waiting = true;
    this.sentAt = performance.now();
    this.ws.ping();
  }

  reset(): void {
    this.histogram.reset();
  }

  percentiles(): Percentiles {
    return this.histogram.percentiles();
  }

  close(): void {
    clearInterval(this.timer);
    this.ws.terminate();
  }
}
