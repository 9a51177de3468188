import type { Section } from '../scenarios/types.js';
import { ALL_PEERS, PEER_LABEL, type PeerKind } from '../servers/types.js';
import { table, verdict } from './markdown.js';

/** One line of issue 13's targets table, with Mutopia's figure and each peer's from the same run. */
export interface TargetLine {
  key: LineKey;
  mutopia: number | null;
  peers: Partial<Record<PeerKind, number | null>>;
  ok: boolean | undefined;
  /** Why the verdict is what it is, when the figures alone do not say (e.g. a peer reached the largest step). */
  note?: string;
}

type LineKey = (typeof LINES)[number]['key'];

/** The issue's table, in its order; `better` says which way the ratio to the best peer reads. */
const LINES = [
  {
    key: 's1',
    label: 'S1 conference',
    target: 'p99 ≤ 30 ms, below every peer (same window)',
    unit: 'ms',
    better: 'lower',
  },
  {
    key: 's2',
    label: 'S2 one board',
    target: '≥ 800 clients under p99 100 ms, ≥ 2× best peer',
    unit: 'clients',
    better: 'higher',
  },
  {
    key: 's3',
    label: 'S3 density',
    target: '≥ 800 boards of 6 under p99 100 ms, ≥ 2× best peer',
    unit: 'boards',
    better: 'higher',
  },
  {
    key: 's3mem',
    label: 'S3 memory per idle board',
    target: 'no worse than the peers',
    unit: 'KB heap',
    better: 'lower',
  },
  { key: 's4b', label: 'S4 (b) cold load, 20,000-update log', target: 'synced ≤ 150 ms', unit: 'ms', better: 'lower' },
  { key: 's4a', label: 'S4 (a) cold load, compacted', target: '≤ 100 ms', unit: 'ms', better: 'lower' },
  {
    key: 'c1frames',
    label: 'C1 2,000 notes, panning and zooming',
    target: 'p95 frame ≤ 16.7 ms',
    unit: 'ms',
    better: 'lower',
  },
  { key: 'c1js', label: 'C1 initial JS', target: '≤ 200 KB gzip', unit: 'KB', better: 'lower' },
  { key: 's7', label: 'S7 plenary (250 people, cursors on)', target: 'p99 ≤ 100 ms', unit: 'ms', better: 'lower' },
  { key: 's5', label: 'S5 durability (guard)', target: '0 lost', unit: 'lost', better: 'lower' },
  {
    key: 's6',
    label: 'S6 session control (guard)',
    target: '≤ 200 ms to the last participant',
    unit: 'ms',
    better: 'lower',
  },
  {
    key: 'h1',
    label: 'H1 hostile input',
    target: 'health p99 ≤ 2× baseline under each attack',
    unit: '× baseline',
    better: 'lower',
  },
] as const;

type Runs<T> = Array<{ kind: PeerKind; result?: T }>;
interface LoadLike {
  clients: number;
  latency: { allPeers: { p99: number } };
}
interface Stats {
  heapUsed: number;
}

const P99_LIMIT_MS = 100;
const CLIENTS_PER_BOARD = 6;

const finite = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const max = (values: number[]): number | null => (values.length ? Math.max(...values) : null);
const min = (values: number[]): number | null => (values.length ? Math.min(...values) : null);

function byKind<T>(runs: Runs<T>, figure: (result: T) => number | null): Pick<TargetLine, 'mutopia' | 'peers'> {
  const peers: TargetLine['peers'] = {};
  let mutopia: number | null = null;
  for (const run of Array.isArray(runs) ? runs : []) {
    let value: number | null = null;
    try {
      value = run.result === undefined ? null : finite(figure(run.result));
    } catch {
      value = null;
    }
    if (run.kind === 'mutopia') mutopia = value;
    else peers[run.kind] = value;
  }
  return { mutopia, peers };
}

const peerValues = (line: Pick<TargetLine, 'peers'>): number[] =>
  Object.values(line.peers).filter((v): v is number => v !== null && v !== undefined);

/** Largest step whose p99 stayed ≤ 100 ms (as s2.ts counts it). */
const sustainable = (steps: LoadLike[]): number =>
  steps.filter((s) => s.latency.allPeers.p99 <= P99_LIMIT_MS).reduce((m, s) => Math.max(m, s.clients), 0);

/** A capacity line: the target count, and 2× the best peer unless a peer reached the largest step (then not shown). */
function capacity(key: LineKey, figures: Pick<TargetLine, 'mutopia' | 'peers'>, need: number, largest: number) {
  const best = max(peerValues(figures));
  const m = figures.mutopia;
  if (m === null) return { key, ...figures, ok: undefined };
  if (m < need) return { key, ...figures, ok: false };
  if (best === null) return { key, ...figures, ok: true };
  if (m >= 2 * best && m > 0) return { key, ...figures, ok: true };
  if (best >= largest)
    return { key, ...figures, ok: undefined, note: 'a peer held the largest step run: 2× not shown' };
  return { key, ...figures, ok: false };
}

/** Issue-13 lines a section's figures give (computed from its raw data when the run ends, then stored). */
export function targetLines(section: Pick<Section, 'id' | 'data' | 'targets'>): TargetLine[] {
  const data = section.data as never;
  switch (section.id) {
    case 's1': {
      const f = byKind<LoadLike>(data, (r) => r.latency.allPeers.p99);
      const best = min(peerValues(f));
      const ok = f.mutopia === null ? undefined : f.mutopia <= 30 && (best === null || f.mutopia < best);
      return [{ key: 's1', ...f, ok }];
    }
    case 's2': {
      const runs = data as Runs<{ steps: LoadLike[] }>;
      const largest = max(runs.flatMap((r) => r.result?.steps.map((s) => s.clients) ?? [])) ?? 0;
      return [
        capacity(
          's2',
          byKind(runs, (r) => sustainable(r.steps)),
          800,
          largest,
        ),
      ];
    }
    case 's3': {
      const runs = data as Runs<{
        ramp: { steps: LoadLike[] };
        memory: { baseline: Stats; idleBoards: Stats; boardsForMemory: number };
      }>;
      const boards = (steps: LoadLike[]) => Math.round(sustainable(steps) / CLIENTS_PER_BOARD);
      const largest = Math.round((max(runs.flatMap((r) => r.result?.ramp.steps.map((s) => s.clients) ?? [])) ?? 0) / 6);
      const memory = byKind(
        runs,
        (r) => (r.memory.idleBoards.heapUsed - r.memory.baseline.heapUsed) / r.memory.boardsForMemory / 1024,
      );
      const worstPeer = max(peerValues(memory));
      return [
        capacity(
          's3',
          byKind(runs, (r) => boards(r.ramp.steps)),
          800,
          largest,
        ),
        {
          key: 's3mem',
          ...memory,
          // "No worse than the peers": at most the largest peer figure.
          ok: memory.mutopia === null ? undefined : worstPeer === null ? undefined : memory.mutopia <= worstPeer,
        },
      ];
    }
    case 's4': {
      type Variant = { variant: string; cold: { completeMs: number } };
      const runs = data as Runs<{ variants: Variant[] }>;
      const cold = (prefix: string) => (r: { variants: Variant[] }) =>
        r.variants.find((v) => v.variant.startsWith(prefix))?.cold.completeMs ?? null;
      const b = byKind(runs, cold('(b)'));
      const a = byKind(runs, cold('(a)'));
      return [
        { key: 's4b', ...b, ok: b.mutopia === null ? undefined : b.mutopia <= 150 },
        { key: 's4a', ...a, ok: a.mutopia === null ? undefined : a.mutopia <= 100 },
      ];
    }
    case 's5': {
      const f = byKind<{ lost: number; seen: number }>(data, (r) => (r.seen > 0 ? r.lost : null));
      return [{ key: 's5', ...f, ok: f.mutopia === null ? undefined : f.mutopia === 0 }];
    }
    case 's6': {
      const r = data as { roundMs?: number[]; summonMs?: number[] };
      const worst = max([...(r.roundMs ?? []), ...(r.summonMs ?? [])]);
      return [{ key: 's6', mutopia: worst, peers: {}, ok: worst === null ? undefined : worst <= 200 }];
    }
    case 'h1': {
      const r = data as { baseline?: { p99: number }; attacks?: Array<{ health: { p99: number } }> };
      const base = finite(r.baseline?.p99);
      const worst = max((r.attacks ?? []).map((a) => a.health.p99));
      const ratio = base && worst !== null ? worst / base : null;
      return [{ key: 'h1', mutopia: ratio, peers: {}, ok: ratio === null ? undefined : ratio <= 2 }];
    }
    case 'c1': {
      const r = data as { frames?: { p95: number }; boardJs?: Array<{ gzip: number }> };
      const p95 = finite(r.frames?.p95);
      const js = r.boardJs ? r.boardJs.reduce((s, f) => s + f.gzip, 0) / 1024 : null;
      return [
        // A frame on time at 60 Hz measures 16.7 ms ± vsync jitter (as c1.ts judges it).
        { key: 'c1frames', mutopia: p95, peers: {}, ok: p95 === null ? undefined : p95 <= 1000 / 60 + 1 },
        { key: 'c1js', mutopia: js, peers: {}, ok: js === null ? undefined : js <= 200 },
      ];
    }
    case 's7': {
      const f = byKind<LoadLike>(data, (r) => r.latency.allPeers.p99);
      // The section's own check decides when it has one (it knows what else S7 requires).
      const own = section.targets.find((t) => t.target.startsWith('S7'));
      return [{ key: 's7', ...f, ok: own ? own.ok : f.mutopia === null ? undefined : f.mutopia <= 100 }];
    }
    default:
      return [];
  }
}

const figure = (v: number | null | undefined): string =>
  v === null || v === undefined ? '–' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);

/** Mutopia against the best peer, read so that > 1 means Mutopia is better. */
function ratio(line: TargetLine, better: 'lower' | 'higher'): string {
  const values = peerValues(line);
  if (line.mutopia === null || values.length === 0) return '–';
  const best = better === 'lower' ? Math.min(...values) : Math.max(...values);
  const r = better === 'lower' ? best / line.mutopia : line.mutopia / best;
  return Number.isFinite(r) ? `${r.toFixed(2)}×` : '–';
}

/** The targets table at the top of docs/benchmarks.md: every line of the issue, run or not. */
export function targetsTable(lines: TargetLine[]): string {
  const peers = ALL_PEERS.filter((p) => p !== 'mutopia');
  const rows = LINES.map((def) => {
    const line = lines.find((l) => l.key === def.key);
    if (!line) return [def.label, def.target, def.unit, 'not run', ...peers.map(() => ''), '', '–'];
    return [
      def.label,
      def.target,
      def.unit,
      figure(line.mutopia),
      ...peers.map((p) => (p in line.peers ? figure(line.peers[p]) : '–')),
      ratio(line, def.better),
      `${verdict(line.ok)}${line.note ? ` (${line.note})` : ''}`,
    ];
  });
  return [
    table(['Line', 'Target', 'Unit', 'Mutopia', ...peers.map((p) => PEER_LABEL[p]), 'vs best peer', 'Verdict'], rows),
    '',
    '*vs best peer*: how many times better Mutopia is than the best peer in that run (> 1 is better; lower is better for times, memory and losses, higher for capacities). A peer that did not run or has no such figure shows –. H1 is the worst attack’s health p99 divided by the baseline p99; S6 the slowest of round change and summon.',
  ].join('\n');
}
