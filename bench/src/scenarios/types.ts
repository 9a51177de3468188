import type { PeerKind } from '../servers/types.js';

export interface ScenarioOptions {
  /** Client counts (S0, S2) or boards (S3) to run instead of the defaults. */
  clients?: number[];
  boards?: number[];
  /** Measured seconds per window (S1 Mutopia; peers use `peerDurationS`). */
  durationS?: number;
  peerDurationS?: number;
  /** S4: notes and updates of the stored board; S4 storm size. */
  notes?: number;
  updates?: number;
  storm?: number;
  /** Tiny sizes for the smoke test. */
  smoke?: boolean;
}

export interface ScenarioContext {
  peers: PeerKind[];
  options: ScenarioOptions;
  log: (message: string) => void;
}

export interface TargetCheck {
  target: string;
  measured: string;
  ok: boolean | undefined;
}

/** One scenario's part of docs/benchmarks.md. */
export interface Section {
  id: string;
  title: string;
  /** Markdown below the section heading: what ran, tables, chart links, notes. */
  body: string;
  charts: Array<{ file: string; svg: string }>;
  targets: TargetCheck[];
  /** The raw figures, for the smoke test and for the JSON written beside the report. */
  data: unknown;
}

export interface Scenario {
  id: string;
  title: string;
  run(context: ScenarioContext): Promise<Section>;
}
