import * as hdr from 'hdr-histogram-js';

/** Percentiles of a set of durations, in milliseconds. */
export interface Percentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

export const EMPTY_PERCENTILES: Percentiles = { count: 0, p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };

/** An HDR histogram of durations recorded in milliseconds (kept at microsecond resolution, 3 digits). */
export class DurationHistogram {
  private readonly histogram = hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 10 * 60 * 1_000_000,
    numberOfSignificantValueDigits: 3,
  });

  recordMs(ms: number): void {
    const micros = Math.max(1, Math.round(ms * 1000));
    this.histogram.recordValue(Math.min(micros, 10 * 60 * 1_000_000));
  }

  get count(): number {
    return this.histogram.totalCount;
  }

  reset(): void {
    this.histogram.reset();
  }

  percentiles(): Percentiles {
    const h = this.histogram;
    if (h.totalCount === 0) return { ...EMPTY_PERCENTILES };
    const ms = (micros: number): number => Math.round(micros) / 1000;
    return {
      count: h.totalCount,
      p50: ms(h.getValueAtPercentile(50)),
      p95: ms(h.getValueAtPercentile(95)),
      p99: ms(h.getValueAtPercentile(99)),
      max: ms(h.maxValue),
      mean: ms(h.mean),
    };
  }
}

/** Percentiles of a plain list (small samples: frame times, sync times). */
export function percentilesOf(values: readonly number[]): Percentiles {
  if (values.length === 0) return { ...EMPTY_PERCENTILES };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
  const round = (v: number): number => Math.round(v * 1000) / 1000;
  return {
    count: sorted.length,
    p50: round(at(50)),
    p95: round(at(95)),
    p99: round(at(99)),
    max: round(sorted[sorted.length - 1]!),
    mean: round(sorted.reduce((s, v) => s + v, 0) / sorted.length),
  };
}
