import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  SOCKET_IO_PATH,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@mutopia/shared';
import { registerHeartbeat } from '../ui/connectivity';
import { Heartbeat } from '../ui/heartbeat';

export type PresenceSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: PresenceSocket | undefined;

/** One shared connection for the whole tab, opened on first use. */
export function presenceSocket(): PresenceSocket {
  if (!socket) {
    socket = io({ path: SOCKET_IO_PATH, auth: { protocol: PROTOCOL_VERSION } });
    // Plain boards have no session socket: this one's heartbeat tells the tab whether the server is reachable.
    registerHeartbeat(new Heartbeat(socket));
  }
  return socket;
}
