import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type RunningServer } from './harness.js';

describe('GET /metrics on a single node', () => {
  let data: ReturnType<typeof tempDataDir>;
  let server: RunningServer;

  beforeEach(async () => {
    data = tempDataDir();
    // Lines are counted as they are logged: below the log level nothing is logged, so nothing is counted.
    server = await startServer(data.dir, { LOG_LEVEL: 'error', LOG_FORMAT: 'json' });
  });
  afterEach(async () => {
    await server.close();
    data.remove();
  });

  const read = async () => {
    const response = await fetch(`${server.httpUrl}/metrics`);
    expect(response.status).toBe(200);
    return response.text();
  };

  it('is open without METRICS_TOKEN, pings the database and leaves Redis out when there is none', async () => {
    const text = await read();
    expect(text).toMatch(/mutopia_backend_up\{target="database"\} 1/);
    expect(text).not.toContain('target="redis"');
  });

  it('counts every line logged at error level, wherever it was logged', async () => {
    const count = (text: string) => Number(/mutopia_errors_total\{level="error"\} (\d+)/.exec(text)?.[1]);
    const before = count(await read());
    server.app.log.error('writing board updates failed');
    server.app.log.child({ board: 'x' }).error('a child logger counts too');
    server.app.log.warn('a warning does not');
    expect(count(await read())).toBe(before + 2);
  });
});
