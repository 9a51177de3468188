import { Generator } from '../generator/process.js';
import { RunningPeer, type PeerOptions } from '../servers/peers.js';
import type { PeerKind } from '../servers/types.js';

/** Starts a fresh server of `kind` and a fresh generator, runs `fn`, and always stops both. */
export async function withPeer<T>(
  kind: PeerKind,
  fn: (peer: RunningPeer, generator: Generator) => Promise<T>,
  options: PeerOptions = {},
): Promise<T> {
  const peer = await RunningPeer.start(kind, options);
  let generator: Generator | undefined;
  try {
    generator = await Generator.start();
    return await fn(peer, generator);
  } finally {
    await generator?.stop();
    await peer.dispose();
  }
}

/** Runs `fn` for every peer in turn; a peer that fails is reported with its error and the others still run. */
export async function forEachPeer<T>(
  peers: readonly PeerKind[],
  log: (message: string) => void,
  fn: (kind: PeerKind) => Promise<T>,
): Promise<Array<{ kind: PeerKind; result?: T; error?: string }>> {
  const out: Array<{ kind: PeerKind; result?: T; error?: string }> = [];
  for (const kind of peers) {
    const started = Date.now();
    try {
      out.push({ kind, result: await fn(kind) });
      log(`  ${kind}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`  ${kind}: FAILED: ${message}`);
      out.push({ kind, error: message.split('\n')[0] });
    }
  }
  return out;
}
