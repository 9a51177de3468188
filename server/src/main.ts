import { loadConfig } from './config.js';
import { buildApp } from './app.js';
import { ensureDemoBoard } from './demo/demo-board.js';
import { lanOrigins, startupLines } from './lan-origins.js';

const config = loadConfig();
const app = await buildApp(config);

const demo = config.DEMO_BOARD ? ensureDemoBoard(app.boards) : undefined;
await app.listen({ port: config.PORT, host: config.HOST });

const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.PORT;
const lan = lanOrigins(port, config.HOST);
for (const line of startupLines(config.PUBLIC_ORIGIN, port, lan)) app.log.info(line);
const origin = config.PUBLIC_ORIGIN ?? lan[0] ?? `http://localhost:${port}`;
if (demo) app.log.info(`Demo board: ${origin}/b/${demo}`);

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down: flushing boards');
  try {
    await app.close();
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
