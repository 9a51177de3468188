import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  SOCKET_IO_PATH,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@mutopia/shared';

export type PresenceSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: PresenceSocket | undefined;

/** One shared connection for the whole tab, opened on first use. */
export function presenceSocket(): PresenceSocket {
  socket ??= io({ path: SOCKET_IO_PATH, auth: { protocol: PROTOCOL_VERSION } });
  return socket;
}
