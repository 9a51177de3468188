/**
 * The reference y-websocket server: y-websocket@2's bundled `setupWSConnection`,
 * wired the way its own bin/server.cjs does, on PORT (0 = any) at HOST. With
 * YPERSISTENCE set, y-websocket persists every update to LevelDB (y-leveldb).
 * Prints `BENCH_READY port=N` once listening.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
// The package's own server entry, as its CLI uses it.
import utils from 'y-websocket/bin/utils';

interface Persistence {
  provider: { storeUpdate: (name: string, update: Uint8Array) => Promise<unknown> };
}

const { setupWSConnection, getPersistence } = utils as {
  setupWSConnection: (conn: unknown, req: unknown) => void;
  getPersistence: () => Persistence | null;
};

// Count what LevelDB has accepted, for "updates persisted per second".
const persistence = getPersistence();
if (persistence) {
  const provider = persistence.provider;
  const storeUpdate = provider.storeUpdate.bind(provider);
  provider.storeUpdate = async (name, update) => {
    const result = await storeUpdate(name, update);
    const counters = globalThis.__benchCounters;
    if (counters) {
      counters.persisted++;
      counters.persistedBytes += update.byteLength;
    }
    return result;
  };
}

const wss = new WebSocketServer({ noServer: true });
wss.on('connection', setupWSConnection);

const server = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`BENCH_READY port=${(server.address() as AddressInfo).port}`);
});
