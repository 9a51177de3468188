/** Messages between archive-decoder.ts (main thread) and archive-worker.ts. */
export type ArchiveJob =
  | { kind: 'check'; boards: Record<string, string> }
  | { kind: 'remap'; boards: Record<string, Uint8Array>; changed: Record<string, string> };

export type ArchiveJobResult =
  { ok: true; boards: Record<string, Uint8Array> } | { ok: false; status: 400 | 413; message: string };
