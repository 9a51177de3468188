import {
  createNote,
  PROTOCOL_VERSION,
  workshopViewSchema,
  type VoteAck,
  type VoteSessionsPayload,
  type VoteSessionView,
  type WorkshopView,
} from '@mutopia/shared';
import type { Socket } from 'socket.io-client';
import { api, connectSocket, type RunningServer } from './harness.js';

/** A workshop socket that records every event it receives. */
export interface VoteClient {
  socket: Socket;
  events: Array<{ event: string; payload: unknown }>;
  sessions: () => VoteSessionView[];
  emit: (event: string, payload: unknown) => Promise<VoteAck>;
  close: () => void;
}

export async function connectVoter(server: RunningServer, token: string): Promise<VoteClient> {
  const socket = connectSocket(server, { protocol: PROTOCOL_VERSION, token });
  const events: VoteClient['events'] = [];
  socket.onAny((event: string, payload: unknown) => events.push({ event, payload }));
  // The votes feature sends its state once it is attached; only then are its events handled.
  await new Promise<void>((resolve, reject) => {
    socket.once('vote:sessions', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    socket,
    events,
    sessions: () => (events.filter((e) => e.event === 'vote:sessions').at(-1)?.payload as VoteSessionsPayload).sessions,
    emit: (event, payload) => new Promise<VoteAck>((resolve) => socket.emit(event, payload, resolve)),
    close: () => socket.disconnect(),
  };
}

export async function workshopView(server: RunningServer, workshopId: string, token: string): Promise<WorkshopView> {
  return workshopViewSchema.parse((await api(server, 'GET', `/api/workshops/${workshopId}`, undefined, token)).body);
}

/** Puts notes on a board the way the server itself edits boards, left to right. */
export async function addNotes(server: RunningServer, boardId: string, texts: string[], y = 0): Promise<string[]> {
  return (await server.app.boardHost.edit(boardId, (doc) =>
    texts.map((text, i) => createNote(doc, { x: i * 200, y, text })),
  ))!;
}
