import {
  locate,
  PROTOCOL_VERSION,
  SOCKET_IO_PATH,
  type Ack,
  type CreatedWorkshop,
  type Joined,
  type Location,
  type SessionSnapshot,
  type TokenResponse,
  type WorkshopView,
} from '@mutopia/shared';
import { io, type Socket } from 'socket.io-client';

export interface SessionControlRequest {
  httpUrl: string;
  participants: number;
  teams: number;
  repeats: number;
}

export interface SessionControlResult {
  participants: number;
  /** Per repeat: ms from the facilitator's command until the last participant's screen knows its new room. */
  roundMs: number[];
  /** Per repeat: ms until every participant is summoned to the plenary. */
  summonMs: number[];
  /** Per repeat, per participant: ms until that participant had it (all repeats together). */
  perParticipantRoundMs: number[];
  generatorCpuMs: number;
}

async function call<T>(httpUrl: string, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`${httpUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

interface Client {
  socket: Socket;
  participantId: string;
  teamId: string | null;
  last?: SessionSnapshot;
  onState?: (snapshot: SessionSnapshot) => void;
}

function connect(httpUrl: string, token: string): Promise<Socket> {
  const socket = io(httpUrl, {
    path: SOCKET_IO_PATH,
    auth: { protocol: PROTOCOL_VERSION, token },
    transports: ['websocket'],
  });
  return new Promise((resolve, reject) => {
    socket.once('session:state', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

const same = (a: Location, b: Location): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * S6: a facilitator and N participants on socket.io, all in this process so one
 * clock times the command and every arrival. Each participant works out its
 * room with `locate()`, as the browser does.
 */
export async function sessionControl(p: SessionControlRequest): Promise<SessionControlResult> {
  const cpuStart = process.cpuUsage();
  const created = await call<CreatedWorkshop>(p.httpUrl, 'POST', '/api/workshops', {
    templateId: 'weiterbildungskonferenz',
    locale: 'de',
    params: { teamCount: p.teams },
  });
  const { token } = await call<TokenResponse>(p.httpUrl, 'POST', `/api/workshops/${created.workshopId}/login`, {
    secret: created.facilitatorSecret,
  });
  const view = await call<WorkshopView>(p.httpUrl, 'GET', `/api/workshops/${created.workshopId}`, undefined, token);
  const definition = view.definition;
  const clients: Client[] = [];
  for (let i = 0; i < p.participants; i++) {
    const joined = await call<Joined>(p.httpUrl, 'POST', `/api/join/${created.joinCode}`, { displayName: `P${i}` });
    const socket = await connect(p.httpUrl, joined.token);
    const client: Client = { socket, participantId: joined.participantId, teamId: joined.teamId };
    socket.on('session:state', (snapshot: SessionSnapshot) => {
      client.last = snapshot;
      client.onState?.(snapshot);
    });
    clients.push(client);
  }
  const facilitator = await connect(p.httpUrl, token);
  const command = (c: unknown) =>
    new Promise<Ack>((resolve) => facilitator.emit('session:command', c, (ack: Ack) => resolve(ack)));

  /** Sends a command and resolves with each participant's time until `done` held for it. */
  const timed = async (c: unknown, done: (client: Client, where: Location) => boolean): Promise<number[]> => {
    const start = performance.now();
    const arrivals = clients.map(
      (client) =>
        new Promise<number>((resolve, reject) => {
          const timeout = setTimeout(() => reject(new Error('a participant never got the change')), 10_000);
          client.onState = (snapshot) => {
            const where = locate(definition, snapshot.state, { id: client.participantId, teamId: client.teamId });
            if (!done(client, where)) return;
            clearTimeout(timeout);
            client.onState = undefined;
            resolve(performance.now() - start);
          };
        }),
    );
    const ack = await command(c);
    if (!ack.ok) throw new Error(`command refused: ${ack.error}`);
    return Promise.all(arrivals);
  };

  const rotation = definition.phases.findIndex((phase) => phase.mode === 'rotation');
  await command({ type: 'phase.goto', phaseIndex: rotation });
  await new Promise((resolve) => setTimeout(resolve, 200));
  const roundMs: number[] = [];
  const summonMs: number[] = [];
  const perParticipantRoundMs: number[] = [];
  const rounds = definition.phases[rotation]!.rounds;
  for (let r = 0; r < p.repeats; r++) {
    // Back and forth through the rounds: every step moves every team.
    const forward = clients[0]!.last!.state.round < rounds - 1;
    const before = new Map(
      clients.map((c) => [c, locate(definition, c.last!.state, { id: c.participantId, teamId: c.teamId })]),
    );
    const times = await timed(
      { type: forward ? 'round.next' : 'round.previous' },
      (c, where) => !same(where, before.get(c)!),
    );
    roundMs.push(Math.max(...times));
    perParticipantRoundMs.push(...times);

    const summon = await timed(
      { type: 'summon', target: { kind: 'all' }, toStationId: null },
      (_c, where) => where.kind === 'plenary',
    );
    summonMs.push(Math.max(...summon));
    await command({ type: 'summon.clear' });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const c of clients) c.socket.disconnect();
  facilitator.disconnect();
  const cpu = process.cpuUsage(cpuStart);
  return {
    participants: p.participants,
    roundMs,
    summonMs,
    perParticipantRoundMs,
    generatorCpuMs: (cpu.user + cpu.system) / 1000,
  };
}
