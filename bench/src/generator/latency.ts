import { DurationHistogram, type Percentiles } from '../metrics/histogram.js';

interface Sample {
  sentAt: number;
  remaining: number;
  max: number;
  inWindow: boolean;
}

export interface LatencyReport {
  /** Edit-to-peer latency per receiving peer. */
  perPeer: Percentiles;
  /** Per edit, the latency until the last peer on its board had applied it (the headline). */
  allPeers: Percentiles;
  editsSent: number;
  /** Edits still missing at some peer when the drain ended; counted in allPeers at their age then. */
  incomplete: number;
}

/**
 * Edit-to-peer latency. Senders register each edit (sender id, sequence
 * number, how many peers must apply it); receivers report when they applied
 * it. All clients live in this one process, so one clock serves both ends.
 */
export class LatencyTracker {
  private readonly pending = new Map<number, Map<number, Sample>>();
  private readonly perPeer = new DurationHistogram();
  private readonly allPeers = new DurationHistogram();
  private windowOpen = false;
  private sent = 0;
  private incomplete = 0;
  /** Called whenever a sample completes; the closed loop of S0 waits on it. */
  onComplete: ((sender: number, seq: number) => void) | undefined;

  openWindow(): void {
    this.perPeer.reset();
    this.allPeers.reset();
    this.sent = 0;
    this.incomplete = 0;
    this.windowOpen = true;
  }

  closeWindow(): void {
    this.windowOpen = false;
  }

  register(sender: number, seq: number, expected: number): void {
    if (expected <= 0) return;
    let bySeq = this.pending.get(sender);
    if (!bySeq) {
      bySeq = new Map();
      this.pending.set(sender, bySeq);
    }
    bySeq.set(seq, { sentAt: performance.now(), remaining: expected, max: 0, inWindow: this.windowOpen });
    if (this.windowOpen) this.sent++;
  }

  /** A peer that synced at `peerSyncedAt` has applied edit `seq` of `sender`. */
  delivered(sender: number, seq: number, peerSyncedAt: number, now: number): void {
    const bySeq = this.pending.get(sender);
    const sample = bySeq?.get(seq);
    if (!sample || peerSyncedAt > sample.sentAt) return;
    const latency = now - sample.sentAt;
    if (sample.inWindow) this.perPeer.recordMs(latency);
    if (latency > sample.max) sample.max = latency;
    if (--sample.remaining === 0) {
      if (sample.inWindow) this.allPeers.recordMs(sample.max);
      bySeq!.delete(seq);
      this.onComplete?.(sender, seq);
    }
  }

  /** In-window samples still waiting for a peer. */
  get outstanding(): number {
    let n = 0;
    for (const bySeq of this.pending.values()) for (const s of bySeq.values()) if (s.inWindow) n++;
    return n;
  }

  /** Closes the books: incomplete in-window samples are recorded at their current age. */
  report(): LatencyReport {
    const now = performance.now();
    for (const bySeq of this.pending.values()) {
      for (const [seq, sample] of bySeq) {
        if (sample.inWindow) {
          this.incomplete++;
          this.allPeers.recordMs(Math.max(sample.max, now - sample.sentAt));
        }
        bySeq.delete(seq);
      }
    }
    return {
      perPeer: this.perPeer.percentiles(),
      allPeers: this.allPeers.percentiles(),
      editsSent: this.sent,
      incomplete: this.incomplete,
    };
  }

  /** Forgets every pending sample (between phases). */
  clear(): void {
    this.pending.clear();
  }
}
