import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { SOCKET_IO_PATH, YJS_PATH } from '@mutopia/shared';

/** Upgrades these prefixes are answered by their own plugins (yjs-plugin, socket.io's engine). */
const OWNED = [`${YJS_PATH}/`, `${SOCKET_IO_PATH}/`];

/**
 * Once anyone listens for 'upgrade', Node leaves every upgrade request to the
 * listeners; one nobody owns would stay open for good and hold a file handle.
 * This answers those with 404 and closes them.
 */
export async function strayUpgrades(app: FastifyInstance): Promise<void> {
  const onUpgrade = (request: IncomingMessage, socket: Duplex): void => {
    const path = (request.url ?? '/').split('?')[0]!;
    if (OWNED.some((prefix) => path.startsWith(prefix))) return;
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    // A client that never reads would keep a half-closed socket; it gets no second chance.
    setTimeout(() => socket.destroy(), 1000).unref();
  };
  app.server.on('upgrade', onUpgrade);
  app.addHook('preClose', async () => {
    app.server.off('upgrade', onUpgrade);
  });
}
