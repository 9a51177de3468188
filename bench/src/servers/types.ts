/** The servers measured side by side. */
export type PeerKind = 'mutopia' | 'y-websocket' | 'y-websocket-leveldb' | 'hocuspocus';

export const ALL_PEERS: readonly PeerKind[] = ['mutopia', 'y-websocket', 'y-websocket-leveldb', 'hocuspocus'];

export const PEER_LABEL: Record<PeerKind, string> = {
  mutopia: 'Mutopia',
  'y-websocket': 'y-websocket@2 (memory)',
  'y-websocket-leveldb': 'y-websocket@2 + LevelDB',
  hocuspocus: 'Hocuspocus 3 + SQLite',
};

/** How a load client reaches one board's document on a server. */
export interface Target {
  kind: PeerKind;
  /** y-websocket framing (Mutopia and y-websocket) or Hocuspocus framing (document name in every message). */
  framing: 'y-websocket' | 'hocuspocus';
  wsUrl: string;
  httpUrl: string;
  /** Mutopia: the Yjs path prefix (`/yjs`); y-websocket: empty; Hocuspocus: unused. */
  yjsPath: string;
  /** Only Mutopia has the socket.io presence channel. */
  socketIo: boolean;
}

/** What the in-process preload reports (see preload-stats.ts). */
export interface ServerStats {
  eventLoopDelay: { count: number; p50: number; p99: number; max: number; mean: number };
  cpuMicros: number;
  rss: number;
  heapUsed: number;
  external: number;
  persisted: number;
  persistedBytes: number;
}
