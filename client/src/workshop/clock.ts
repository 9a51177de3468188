/**
 * Clock offset between this device and the server. Timers are server times
 * (`endsAt`), so every countdown on every screen reads `Date.now() + offset`.
 */

/** One `time:sync` round trip: local send and receive times, and the server's clock in between. */
export interface ClockSample {
  sentAt: number;
  receivedAt: number;
  serverNow: number;
}

export interface ClockEstimate {
  /** Add to the local clock to get server time. */
  offsetMs: number;
  /** Round trip of the sample used; the offset is off by at most half of it. */
  roundTripMs: number;
}

/**
 * The offset from the sample with the shortest round trip: the server's
 * answer is assumed to sit at the midpoint of send and receive, which is
 * most nearly true when the trip was short. Samples that went backwards
 * (clock jumped during the trip) are ignored.
 */
export function estimateOffset(samples: readonly ClockSample[]): ClockEstimate | null {
  let best: ClockEstimate | null = null;
  for (const sample of samples) {
    const roundTripMs = sample.receivedAt - sample.sentAt;
    if (!Number.isFinite(roundTripMs) || roundTripMs < 0 || !Number.isFinite(sample.serverNow)) continue;
    if (best && roundTripMs >= best.roundTripMs) continue;
    best = { offsetMs: sample.serverNow - (sample.sentAt + sample.receivedAt) / 2, roundTripMs };
  }
  return best;
}

/**
 * A first guess from a snapshot's `serverNow` before any round trip was
 * measured: the message took some time to arrive, so the server is at least
 * this far ahead; good to a network latency.
 */
export function offsetFromSnapshot(serverNow: number, receivedAt: number): ClockEstimate {
  return { offsetMs: serverNow - receivedAt, roundTripMs: Number.POSITIVE_INFINITY };
}

/** Keeps the better of two estimates (the one from the shorter round trip). */
export function betterEstimate(a: ClockEstimate | null, b: ClockEstimate | null): ClockEstimate | null {
  if (!a) return b;
  if (!b) return a;
  return b.roundTripMs < a.roundTripMs ? b : a;
}
