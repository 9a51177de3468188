import { loadConfig } from './config.js';
import { buildApp } from './app.js';
import { DEMO_PROJECTOR } from './demo/demo-content.js';
import { demoLines, ensureDemo } from './demo/demo-workshop.js';
import { lanOrigins, startupLines } from './lan-origins.js';

const config = loadConfig();
const app = await buildApp(config);

const demo = config.DEMO_BOARD ? await ensureDemo(app, config.DATA_DIR) : null;
await app.listen({ port: config.PORT, host: config.HOST });

const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.PORT;
const lan = lanOrigins(port, config.HOST);
for (const line of startupLines(config.PUBLIC_ORIGIN, port, lan)) app.log.info(line);
// The demo's links go where phones in the room reach them, like the console's join links.
const origin = config.PUBLIC_ORIGIN ? new URL(config.PUBLIC_ORIGIN).origin : (lan[0] ?? `http://localhost:${port}`);
if (demo) {
  // Viewer tokens expire: a fresh one on each start keeps the printed projector link working.
  const projectorToken = await app.workshops.tokens.sign({ wid: demo.workshopId, role: 'viewer', prj: DEMO_PROJECTOR });
  for (const line of demoLines(origin, demo, projectorToken, DEMO_PROJECTOR)) app.log.info(line);
}

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
