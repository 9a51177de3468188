import { describe, expect, it } from 'vitest';
import { freePort } from '../services/free-port.js';
import { startFleet } from './nodes.js';

describe('a node whose Redis is not there', () => {
  it('refuses to start instead of serving an island of its own', async () => {
    const port = await freePort();
    await expect(startFleet(1, { env: { REDIS_URL: `redis://127.0.0.1:${port}` } })).rejects.toThrow(
      /exited with 1[\s\S]*Redis at redis:\/\/127\.0\.0\.1:\d+ not reachable/,
    );
  }, 60_000);
});
