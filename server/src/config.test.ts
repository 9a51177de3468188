import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('config', () => {
  it('has defaults that serve on port 3000 with durable writes and a demo board', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, DB_SYNCHRONOUS: 'NORMAL', DEMO_BOARD: true, LOG_LEVEL: 'info' });
    expect(config.DATA_DIR).toMatch(/data$/);
  });

  it('reads and converts environment strings', () => {
    const config = loadConfig({ PORT: '8080', DEMO_BOARD: 'false', PUBLIC_ORIGIN: 'https://workshop.example.org' });
    expect(config).toMatchObject({ PORT: 8080, DEMO_BOARD: false, PUBLIC_ORIGIN: 'https://workshop.example.org' });
  });

  it('stores in SQLite unless a PostgreSQL URL is given, and refuses other URLs', () => {
    expect(loadConfig({}).DATABASE_URL).toBeUndefined();
    const config = loadConfig({ DATABASE_URL: 'postgresql://m:secret@db:5432/mutopia', DATABASE_POOL_SIZE: '25' });
    expect(config).toMatchObject({ DATABASE_URL: 'postgresql://m:secret@db:5432/mutopia', DATABASE_POOL_SIZE: 25 });
    expect(() => loadConfig({ DATABASE_URL: 'mysql://db/mutopia' })).toThrow(/DATABASE_URL/);
  });

  it('serves alone unless a Redis URL is given, and keeps /metrics open unless a long enough token is set', () => {
    const defaults = loadConfig({});
    expect(defaults.REDIS_URL).toBeUndefined();
    expect(defaults.METRICS_TOKEN).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'rediss://:pw@cache:6380/2' }).REDIS_URL).toBe('rediss://:pw@cache:6380/2');
    expect(() => loadConfig({ REDIS_URL: 'cache:6379' })).toThrow(/REDIS_URL/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('names every bad variable in one error', () => {
    expect(() => loadConfig({ PORT: 'abc', DB_SYNCHRONOUS: 'OFF' })).toThrow(/PORT[\s\S]*DB_SYNCHRONOUS/);
  });
});
