/**
 * Hocuspocus 3 with its SQLite extension at default settings (store debounce
 * 2 s, max 10 s), database file in DATA_DIR. Prints `BENCH_READY port=N`.
 */
import { join } from 'node:path';
import { Server, type Extension } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';

/** Counts the document stores Hocuspocus completes, for "updates persisted per second". */
const storeCounter: Extension = {
  extensionName: 'bench-store-counter',
  async afterStoreDocument() {
    const counters = globalThis.__benchCounters;
    if (counters) counters.persisted++;
  },
};

const dataDir = process.env.DATA_DIR ?? '.';
const server = new Server({
  port: Number(process.env.PORT ?? 0),
  address: process.env.HOST ?? '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: join(dataDir, 'hocuspocus.sqlite') }), storeCounter],
});

await server.listen();
console.log(`BENCH_READY port=${server.address.port}`);
