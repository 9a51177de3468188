import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNote, type SessionSnapshot } from '@mutopia/shared';
import type { Socket } from 'socket.io-client';
import {
  api,
  connectProvider,
  connectSession,
  createBoard,
  createWorkshop,
  destroyAll,
  joinWorkshop,
  synced,
  waitFor,
  type SessionClient,
} from '../harness.js';
import { startRedis, type RedisProcess } from '../services/redis-server.js';
import { startFleet, type Fleet } from './nodes.js';

const METRICS_TOKEN = 'metrics-token-for-the-fleet-test';

/** Cuts the client's transport as a lost network would, without telling the server it is leaving. */
function dropTransport(socket: Socket): Promise<void> {
  socket.io.reconnection(false);
  const gone = new Promise<void>((resolve) => socket.once('disconnect', () => resolve()));
  socket.io.engine.close();
  return gone;
}

/** Reconnects to another node, as a load balancer may send the next connection elsewhere. */
function reconnectTo(socket: Socket, httpUrl: string): void {
  (socket.io as unknown as { uri: string }).uri = httpUrl;
  socket.connect();
}

/** The value of one unlabelled series in a Prometheus text answer. */
function sample(text: string, name: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

async function metrics(url: string, token?: string): Promise<Response> {
  return fetch(`${url}/metrics`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
}

async function sessionsOn(node: { httpUrl: string }): Promise<number> {
  return sample(await (await metrics(node.httpUrl, METRICS_TOKEN)).text(), 'mutopia_socketio_sessions')!;
}

/**
 * Drops the transport and waits until the node has noticed (its session gauge falls): only then has it
 * stored the session in Redis for a recovery, as it has long before a real client's reconnect delay is over.
 */
async function dropAndWait(socket: Socket, node: { httpUrl: string }): Promise<void> {
  const before = await sessionsOn(node);
  await dropTransport(socket);
  for (let i = 0; i < 100 && (await sessionsOn(node)) >= before; i++) await new Promise((r) => setTimeout(r, 50));
  expect(await sessionsOn(node)).toBe(before - 1);
}

describe('two nodes sharing one Redis', () => {
  let redis: RedisProcess | undefined;
  let fleet: Fleet | undefined;
  const clients: SessionClient[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    // A small join allowance, all but spent by the tests before the last one, which spends the rest.
    fleet = await startFleet(2, {
      env: { REDIS_URL: redis.url, METRICS_TOKEN, JOIN_BURST: '8', JOINS_PER_SECOND: '0.1' },
    });
  }, 180_000);

  afterAll(async () => {
    for (const client of clients) client.close();
    await fleet?.stop();
    await redis?.stop();
  }, 60_000);

  it('brings a phase change made on node A to a participant connected to node B, also after Redis restarted', async () => {
    const [a, b] = fleet!.nodes as [Fleet['nodes'][0], Fleet['nodes'][0]];
    const w = await createWorkshop(a);
    const facilitator = await connectSession(a, w.facilitatorToken);
    clients.push(facilitator);
    const joined = await joinWorkshop(a, w.joinCode, 'Ada');
    const participant = await connectSession(b, joined.token);
    clients.push(participant);
    const phase = () => participant.last()?.state.phaseIndex;
    expect(phase()).not.toBe(1);

    expect(await facilitator.command({ type: 'phase.goto', phaseIndex: 1 })).toEqual({ ok: true });
    // Only Redis carries A's broadcast to B: B's own server never saw the command.
    await waitFor(() => phase() === 1, 'the new phase on node B', 10_000);

    // Redis dies and comes back empty; the sockets to the nodes stay open, the next event must still cross.
    await redis!.restart();
    expect(await facilitator.command({ type: 'phase.goto', phaseIndex: 2 })).toEqual({ ok: true });
    await waitFor(() => phase() === 2, 'the phase after the restart', 20_000);
    expect(participant.socket.connected).toBe(true);
  }, 60_000);

  it('answers GET /metrics on every node with the fleet series, only with the token', async () => {
    const [a, b] = fleet!.nodes as [Fleet['nodes'][0], Fleet['nodes'][0]];
    expect((await metrics(a.httpUrl)).status).toBe(401);
    expect((await metrics(a.httpUrl, 'wrong-token-of-the-same-size-xxxx')).status).toBe(401);

    const w = await createWorkshop(a);
    const before = await (await metrics(b.httpUrl, METRICS_TOKEN)).text();
    const joined = await joinWorkshop(a, w.joinCode, 'Grace');
    const client = await connectSession(b, joined.token);
    clients.push(client);
    const response = await metrics(b.httpUrl, METRICS_TOKEN);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    for (const name of [
      'mutopia_socketio_connections',
      'mutopia_socketio_sessions',
      'mutopia_yjs_connections',
      'mutopia_boards_hosted',
      'mutopia_update_log_flush_seconds',
      'mutopia_errors_total',
      'mutopia_round_trip_seconds',
      'mutopia_nodejs_eventloop_lag_seconds',
    ]) {
      expect(text, name).toContain(`# TYPE ${name} `);
    }
    // The new participant's socket shows up on the node it connected to.
    expect(sample(text, 'mutopia_socketio_sessions')).toBe(sample(before, 'mutopia_socketio_sessions')! + 1);
    expect(text).toMatch(/mutopia_round_trip_seconds_count\{target="redis"\} [1-9]/);
    expect(text).toMatch(/mutopia_round_trip_seconds_count\{target="database"\} [1-9]/);
    expect(text).toContain('mutopia_backend_up{target="redis"} 1');
  }, 30_000);

  it('counts a board connection, the hosted board and the update-log flushes of its edits', async () => {
    const b = fleet!.nodes[1]!;
    const read = async () => (await metrics(b.httpUrl, METRICS_TOKEN)).text();
    const before = await read();
    const board = await createBoard(b, 'Metrics');
    const provider = connectProvider(b, board.id);
    try {
      await synced(provider);
      createNote(provider.doc, { x: 0, y: 0, text: 'gezählt' });
      let text = before;
      for (let i = 0; i < 50 && !/mutopia_update_log_updates_total [1-9]/.test(text); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        text = await read();
      }
      expect(sample(text, 'mutopia_yjs_connections')).toBe(sample(before, 'mutopia_yjs_connections')! + 1);
      expect(sample(text, 'mutopia_boards_hosted')).toBe(sample(before, 'mutopia_boards_hosted')! + 1);
      expect(sample(text, 'mutopia_update_log_flush_seconds_count')).toBeGreaterThan(0);
      expect(sample(text, 'mutopia_update_log_updates_total')).toBeGreaterThan(0);
    } finally {
      destroyAll(provider);
    }
  }, 30_000);

  it('recovers a dropped connection on another node with the events it missed, and still refuses a revoked token', async () => {
    const [a, b] = fleet!.nodes as [Fleet['nodes'][0], Fleet['nodes'][0]];
    const w = await createWorkshop(a);
    const facilitator = await connectSession(a, w.facilitatorToken);
    clients.push(facilitator);
    const ada = await joinWorkshop(a, w.joinCode, 'Ada');
    const phone = await connectSession(b, ada.token);
    clients.push(phone);
    // A broadcast gives the client an offset into the stream, from which a recovery replays.
    expect(await facilitator.command({ type: 'phase.goto', phaseIndex: 1 })).toEqual({ ok: true });
    await waitFor(() => phone.last()?.state.phaseIndex === 1, 'phase 1 on the phone');

    await dropAndWait(phone.socket, b);
    expect(await facilitator.command({ type: 'phase.goto', phaseIndex: 2 })).toEqual({ ok: true });
    const replayed: SessionSnapshot[] = [];
    phone.socket.on('session:state', (snapshot: SessionSnapshot) => replayed.push(snapshot));
    reconnectTo(phone.socket, a.httpUrl);
    await waitFor(() => phone.socket.connected, 'the phone back, on node A', 10_000);
    // Node A restored B's session from Redis: same session, rooms kept, missed events delivered.
    expect(phone.socket.recovered).toBe(true);
    await waitFor(() => replayed.some((s) => s.state.phaseIndex === 2), 'the missed phase', 5_000);

    // Dropped again; meanwhile the facilitator signs Ada's devices out. A recovery must not bypass the token check.
    await dropAndWait(phone.socket, a);
    const revoked = await api(
      a,
      'POST',
      `/api/workshops/${w.workshopId}/participants/${ada.participantId}/revoke`,
      undefined,
      w.facilitatorToken,
    );
    expect(revoked.status).toBe(200);
    const outcome = new Promise<string>((resolve) => {
      phone.socket.once('connect_error', (e) => resolve(e.message));
      phone.socket.once('connect', () => resolve('recovered past the token check'));
    });
    reconnectTo(phone.socket, a.httpUrl);
    expect(await outcome).toBe('invalid_token');
    expect(phone.socket.connected).toBe(false);
  }, 30_000);

  it('counts joins from one address on all nodes together', async () => {
    const [a, b] = fleet!.nodes as [Fleet['nodes'][0], Fleet['nodes'][0]];
    const w = await createWorkshop(a);
    const join = async (node: { httpUrl: string }, name: string) =>
      (await api(node, 'POST', `/api/join/${w.joinCode}`, { displayName: name })).status;
    const statuses: number[] = [];
    while (statuses.at(-1) !== 429 && statuses.length < 20) statuses.push(await join(a, `Person ${statuses.length}`));
    expect(statuses.at(-1)).toBe(429);
    expect(statuses).toContain(201);
    // Node B never saw these joins; it refuses because the bucket lives in Redis.
    expect(await join(b, 'Late')).toBe(429);
  }, 30_000);

  it('counts the per-route limits (board creation) on all nodes together', async () => {
    const [a, b] = fleet!.nodes as [Fleet['nodes'][0], Fleet['nodes'][0]];
    const create = async (node: { httpUrl: string }) => (await api(node, 'POST', '/api/boards', { title: 'x' })).status;
    const statuses: number[] = [];
    while (statuses.at(-1) !== 429 && statuses.length < 40) statuses.push(await create(a));
    expect(statuses.at(-1)).toBe(429);
    expect(await create(b)).toBe(429);
  }, 30_000);
});
