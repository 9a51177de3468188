/**
 * A token bucket per client address for opening board WebSockets. A venue
 * NAT puts everyone behind one address, so the burst must cover a whole room
 * reconnecting at once (120 people × a few boards) while the refill rate keeps
 * one client that reconnects in a loop from costing the server more than a
 * few board loads a second.
 */
export interface ConnectLimiterOptions {
  burst: number;
  perSecond: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class ConnectLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;

  constructor(private readonly options: ConnectLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Takes one connect from the address's bucket; false when it is empty. */
  tryConnect(address: string): boolean {
    const now = this.now();
    const bucket = this.buckets.get(address) ?? { tokens: this.options.burst, at: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.options.perSecond);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(address, bucket);
      return false;
    }
    bucket.tokens -= 1;
    this.buckets.set(address, bucket);
    return true;
  }

  /** Forgets addresses whose bucket has filled up again: they are as good as new. */
  prune(): void {
    const now = this.now();
    const refillMs = (this.options.burst / this.options.perSecond) * 1000;
    for (const [address, bucket] of this.buckets) {
      if (now - bucket.at >= refillMs) this.buckets.delete(address);
    }
  }

  get size(): number {
    return this.buckets.size;
  }
}
