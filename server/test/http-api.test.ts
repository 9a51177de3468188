import { describe, expect, it } from 'vitest';
import { errorBodySchema, LIMITS } from '@mutopia/shared';
import { createBoard, serverPerTest } from './harness.js';

const suite = serverPerTest();

function post(path: string, body: string): Promise<Response> {
  return fetch(`${suite.server.httpUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
}

describe('HTTP API', () => {
  it('creates a board and returns it by id', async () => {
    const created = await createBoard(suite.server, '  Lösungsraum 1  ');
    expect(created.title).toBe('Lösungsraum 1');
    expect(created.id).toMatch(/^[A-Za-z0-9]{12}$/);
    // The creator alone gets the key that deletes the board; reading the board never reveals it.
    const { deleteKey, ...meta } = created as typeof created & { deleteKey?: string };
    expect(deleteKey).toMatch(/^\S{16,64}$/);
    const fetched = await fetch(`${suite.server.httpUrl}/api/boards/${created.id}`);
    expect(await fetched.json()).toEqual(meta);
  });

  it('answers bad input with a 400 naming the field, and unknown boards with a 404', async () => {
    const bad = await post('/api/boards', JSON.stringify({ title: '' }));
    expect(bad.status).toBe(400);
    const body = errorBodySchema.parse(await bad.json());
    expect(body.error.code).toBe('bad_request');
    expect(body.error.issues?.[0]?.path).toBe('title');

    const notJson = await post('/api/boards', '{oops');
    expect(notJson.status).toBe(400);
    expect(JSON.stringify(await notJson.json())).not.toMatch(/at .*\.js/);

    const missing = await fetch(`${suite.server.httpUrl}/api/boards/nonexistent`);
    expect(missing.status).toBe(404);
    expect(errorBodySchema.parse(await missing.json()).error.code).toBe('not_found');
  });

  it('refuses oversize bodies', async () => {
    const huge = await post('/api/boards', JSON.stringify({ title: 'x'.repeat(100_000) }));
    expect(huge.status).toBe(413);
    expect(errorBodySchema.parse(await huge.json()).error.code).toBe('payload_too_large');
  });

  it('refuses board creations beyond the rate limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i <= LIMITS.boardCreatesPerMinute; i++) {
      statuses.push((await post('/api/boards', JSON.stringify({ title: `B${i}` }))).status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 201)).toHaveLength(LIMITS.boardCreatesPerMinute);
  });

  it('reports health with the database reachable', async () => {
    const response = await fetch(`${suite.server.httpUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('sends a content security policy that allows only this server', async () => {
    const response = await fetch(`${suite.server.httpUrl}/healthz`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
