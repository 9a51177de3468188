import { loadConfig } from './config.js';
import { buildApp } from './app.js';
import { ensureDemoBoard } from './demo/demo-board.js';

const config = loadConfig();
const app = await buildApp(config);

const demo = config.DEMO_BOARD ? ensureDemoBoard(app.boards) : undefined;
await app.listen({ port: config.PORT, host: config.HOST });

const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.PORT;
const origin = config.PUBLIC_ORIGIN ?? `http://localhost:${port}`;
app.log.info(`Mutopia is running at ${origin}/`);
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
