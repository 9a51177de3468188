import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createNote,
  workshopViewSchema,
  type PresenceCount,
  type RosterEntry,
  type VoteAck,
  type VoteMinePayload,
  type WorkshopView,
} from '@mutopia/shared';
import type { Socket } from 'socket.io-client';
import {
  api,
  connectProvider,
  connectSession,
  connectSocket,
  createBoard,
  createWorkshop,
  destroyAll,
  joinWorkshop,
  synced,
  waitFor,
  type RunningServer,
  type SessionClient,
} from '../harness.js';
import { connectVoter, type VoteClient } from '../vote-clients.js';
import { startFleet, type Fleet, type ServerNode } from './nodes.js';

/** The vote helpers only use the node's address. */
const asServer = (node: ServerNode) => node as unknown as RunningServer;

async function viewOn(node: ServerNode, workshopId: string, token: string): Promise<WorkshopView> {
  const res = await api(node, 'GET', `/api/workshops/${workshopId}`, undefined, token);
  return workshopViewSchema.parse(res.body);
}

/**
 * Issue 15, session state: three real server processes sharing one PostgreSQL and
 * one Redis. Nodes A, B and C each cache workshops; commands for one workshop
 * arrive at any of them.
 */
describe('session state on three nodes sharing PostgreSQL and Redis', () => {
  let fleet: Fleet | undefined;
  const closers: Array<() => void> = [];
  const nodes = () => fleet!.nodes as [ServerNode, ServerNode, ServerNode];

  beforeAll(async () => {
    // Every join comes from 127.0.0.1: a large join allowance, counted in Redis for the fleet.
    fleet = await startFleet(3, { postgres: true, env: { JOIN_BURST: '1000', JOINS_PER_SECOND: '100' } });
  }, 240_000);

  afterAll(async () => {
    for (const close of closers) close();
    await fleet?.stop();
  }, 60_000);

  const session = async (node: ServerNode, token: string): Promise<SessionClient> => {
    const client = await connectSession(node, token);
    closers.push(client.close);
    return client;
  };

  it('a facilitator on A changes the phase, and participants on B and C follow; B and C serve the new programme', async () => {
    const [a, b, c] = nodes();
    const w = await createWorkshop(a);
    const facilitator = await session(a, w.facilitatorToken);
    const onB = await session(b, (await joinWorkshop(b, w.joinCode, 'Ada')).token);
    const onC = await session(c, (await joinWorkshop(c, w.joinCode, 'Bea')).token);
    // B and C now hold the workshop in memory; what A changes must not stay hidden behind their copies.
    const before = await viewOn(c, w.workshopId, w.facilitatorToken);

    expect(await facilitator.command({ type: 'phase.goto', phaseIndex: 2 })).toEqual({ ok: true });
    await waitFor(() => onB.last()?.state.phaseIndex === 2, 'phase 3 on node B', 10_000);
    await waitFor(() => onC.last()?.state.phaseIndex === 2, 'phase 3 on node C', 10_000);

    // The next command reaches C, which must build on A's change, not on the state it cached before.
    const onCFacilitator = await session(c, w.facilitatorToken);
    expect(await onCFacilitator.command({ type: 'phase.next' })).toEqual({ ok: true });
    await waitFor(() => onB.last()?.state.phaseIndex === 3, 'phase 4 on node B', 10_000);

    const definition = { ...before.definition, title: `${before.definition.title} (geändert auf A)` };
    const edited = await api(a, 'PUT', `/api/workshops/${w.workshopId}/definition`, { definition }, w.facilitatorToken);
    expect(edited.status).toBe(200);
    for (const node of [b, c]) {
      let title = '';
      await waitFor(
        async () =>
          (title = (await viewOn(node, w.workshopId, w.facilitatorToken)).definition.title) === definition.title,
        `the new title on node ${node.name} (has "${title}")`,
        10_000,
      );
    }
  }, 60_000);

  it('lets a person who joined on B connect to A at once, although A held the workshop from before', async () => {
    const [a, b] = nodes();
    const w = await createWorkshop(a);
    // A caches the workshop (with nobody in it) through the facilitator's session.
    await session(a, w.facilitatorToken);
    for (const name of ['Ada', 'Bea', 'Cem', 'Dana', 'Eli', 'Fritz', 'Gül', 'Hanne']) {
      const joined = await joinWorkshop(b, w.joinCode, name);
      // A load balancer may send the very next connection to another node, before that node heard of the join.
      const onA = await session(a, joined.token);
      expect(onA.last()?.workshopId).toBe(w.workshopId);
    }
  });

  it('applies 2×20 timer changes sent at once to nodes A and B: none is lost', async () => {
    const [a, b] = nodes();
    const w = await createWorkshop(a);
    const onA = await session(a, w.facilitatorToken);
    const onB = await session(b, w.facilitatorToken);
    expect(await onA.command({ type: 'phase.goto', phaseIndex: 0 })).toEqual({ ok: true });
    // A paused timer of one minute: each change adds one, whichever node applies it.
    expect(await onA.command({ type: 'timer.set', minutes: 1 })).toEqual({ ok: true });
    await waitFor(() => onB.last()?.state.timer?.durationMs === 60_000, 'the timer on node B', 10_000);

    const acks = await Promise.all(
      [onA, onB].flatMap((client) =>
        Array.from({ length: 20 }, () => client.command({ type: 'timer.add', minutes: 1 })),
      ),
    );
    expect(acks).toEqual(Array(40).fill({ ok: true }));
    const minutes = (client: SessionClient) => (client.last()?.state.timer?.durationMs ?? 0) / 60_000;
    await waitFor(() => minutes(onA) === 41 && minutes(onB) === 41, 'both screens at 41 minutes', 10_000);
    // What is stored, seen by a third node that never took part.
    const fresh = await session(nodes()[2], w.facilitatorToken);
    expect(minutes(fresh)).toBe(41);
  }, 60_000);

  it('20 sockets of one participant on two nodes casting at once store exactly the budget', async () => {
    const [a, b, c] = nodes();
    const w = await createWorkshop(a, 'weiterbildungskonferenz', { teamCount: 2 });
    const view = await viewOn(a, w.workshopId, w.facilitatorToken);
    const station = view.definition.stations.find((s) => s.kind === 'mutopia')!;
    const boardId = view.boards[station.id]!;
    const doc = new Y.Doc();
    const provider = connectProvider(a, boardId, doc, w.facilitatorToken);
    closers.push(() => destroyAll(provider));
    await synced(provider);
    const noteA = createNote(doc, { x: 0, y: 0, text: 'Fähre' });
    const noteB = createNote(doc, { x: 200, y: 0, text: 'Brücke' });

    const facilitator = await connectVoter(asServer(a), w.facilitatorToken);
    closers.push(facilitator.close);
    const open = {
      stationId: station.id,
      title: 'Abstimmung',
      items: [
        { kind: 'note', id: noteA },
        { kind: 'note', id: noteB },
      ],
      budget: 7,
    };
    // The notes reach node A's copy of the board a moment after the provider sent them.
    let opened: VoteAck = { ok: false, error: 'not_yet' } as unknown as VoteAck;
    await waitFor(async () => (opened = await facilitator.emit('vote:open', open)).ok, 'the vote open', 10_000);
    const { sessionId } = opened as unknown as { sessionId: string };

    const me = await joinWorkshop(a, w.joinCode, 'Ada');
    const devices: VoteClient[] = await Promise.all(
      Array.from({ length: 20 }, (_, i) => connectVoter(asServer(i % 2 ? b : a), me.token)),
    );
    for (const device of devices) closers.push(device.close);
    const acks = await Promise.all(
      devices.map((device, i) => device.emit('vote:cast', { sessionId, itemId: i % 3 ? noteA : noteB })),
    );
    expect(acks.filter((ack) => ack.ok)).toHaveLength(7);
    expect(acks.filter((ack) => !ack.ok)).toEqual(Array(13).fill({ ok: false, error: 'budget_exhausted' }));

    // Another device on a third node reads what is stored.
    const later = await connectVoter(asServer(c), me.token);
    closers.push(later.close);
    await waitFor(() => later.events.some((e) => e.event === 'vote:mine'), 'my dots on node C', 10_000);
    const mine = later.events.filter((e) => e.event === 'vote:mine').at(-1)!.payload as VoteMinePayload;
    expect(Object.values(mine.dots).reduce((sum, n) => sum + n, 0)).toBe(7);
  }, 90_000);

  it('revoking a participant on A disconnects their socket on B, and a reconnect to any node is refused', async () => {
    const [a, b, c] = nodes();
    const w = await createWorkshop(a);
    const ada = await joinWorkshop(a, w.joinCode, 'Ada');
    const phone = await session(b, ada.token);
    const bystander = await session(b, (await joinWorkshop(b, w.joinCode, 'Bea')).token);
    let reason = '';
    phone.socket.once('disconnect', (why) => (reason = why));

    const revoked = await api(
      a,
      'POST',
      `/api/workshops/${w.workshopId}/participants/${ada.participantId}/revoke`,
      undefined,
      w.facilitatorToken,
    );
    expect(revoked.status).toBe(200);
    // The answer comes once every node has taken the revocation in: at once, no node admits the old token.
    for (const node of [c, b, a]) {
      await expect(connectSession(node, ada.token), `reconnect on ${node.name}`).rejects.toThrow('invalid_token');
    }
    await waitFor(() => reason !== '', 'the socket on node B closed', 10_000);
    // Disconnected by the server (not a dropped transport), so the client does not come back by itself.
    expect(reason).toBe('io server disconnect');
    expect(bystander.socket.connected).toBe(true);
  }, 60_000);

  it('shows a facilitator on A who is online on B and C, and counts the viewers of a board on every node', async () => {
    const [a, b, c] = nodes();
    const w = await createWorkshop(a);
    const ada = await joinWorkshop(a, w.joinCode, 'Ada');
    const bea = await joinWorkshop(a, w.joinCode, 'Bea');
    const desk = await session(a, w.facilitatorToken);
    let roster: RosterEntry[] = [];
    desk.socket.on('session:roster', (payload: { participants: RosterEntry[] }) => (roster = payload.participants));
    const online = (id: string) => roster.find((p) => p.id === id)?.online;
    const onB = await session(b, ada.token);
    await session(c, bea.token);
    await waitFor(
      () => online(ada.participantId) === true && online(bea.participantId) === true,
      'both online',
      10_000,
    );
    onB.close();
    await waitFor(() => online(ada.participantId) === false, 'Ada offline', 10_000);
    expect(online(bea.participantId)).toBe(true);

    const board = await createBoard(a, 'Gezählt');
    const [onA, viewerB] = [connectSocket(a), connectSocket(b)];
    closers.push(
      () => onA.disconnect(),
      () => viewerB.disconnect(),
    );
    const counts: number[] = [];
    onA.on('presence:count', (p: PresenceCount) => counts.push(p.count));
    const join = (socket: Socket) =>
      new Promise((resolve) => socket.emit('presence:join', { boardId: board.id }, resolve));
    expect(await join(onA)).toEqual({ ok: true });
    expect(await join(viewerB)).toEqual({ ok: true });
    await waitFor(() => counts.at(-1) === 2, 'two viewers, one on each node', 10_000);
    viewerB.disconnect();
    await waitFor(() => counts.at(-1) === 1, 'one viewer after B left', 10_000);
  }, 60_000);

  it('deleting a workshop on A ends its sessions on B and C, and no node serves it from memory', async () => {
    const [a, b, c] = nodes();
    const w = await createWorkshop(a);
    const onB = await session(b, (await joinWorkshop(a, w.joinCode, 'Ada')).token);
    const ended: string[] = [];
    onB.socket.on('session:ended', (p: { reason: string }) => ended.push(p.reason));
    // B and C hold it in memory now.
    for (const node of [b, c]) expect((await viewOn(node, w.workshopId, w.facilitatorToken)).id).toBe(w.workshopId);

    expect((await api(a, 'DELETE', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).status).toBe(200);
    await waitFor(() => ended.includes('deleted') && !onB.socket.connected, 'the session on B ended', 10_000);
    for (const node of [b, c]) {
      await waitFor(
        async () =>
          (await api(node, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken)).status === 410,
        `the workshop gone on node ${node.name}`,
        10_000,
      );
    }
  }, 60_000);
});
