import { io, type Socket } from 'socket.io-client';
import type { Traffic } from './traffic.js';

/** Mutopia's protocol version and socket.io path (shared/src/protocol.ts). */
import { PROTOCOL_VERSION, SOCKET_IO_PATH } from '@mutopia/shared';

/** One person's socket.io session: joins the presence room of each board it looks at. */
export class PresenceClient {
  private socket: Socket | undefined;

  constructor(
    private readonly httpUrl: string,
    private readonly traffic: Traffic,
  ) {}

  async connect(boardIds: readonly string[], timeoutMs = 30_000): Promise<void> {
    const socket = io(this.httpUrl, {
      path: SOCKET_IO_PATH,
      auth: { protocol: PROTOCOL_VERSION },
      transports: ['websocket'],
      reconnection: false,
      timeout: timeoutMs,
    });
    this.socket = socket;
    socket.onAny(() => {
      this.traffic.msgsIn++;
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    for (const boardId of boardIds) {
      this.traffic.msgsOut++;
      const ack = (await socket.timeout(timeoutMs).emitWithAck('presence:join', { boardId })) as { ok: boolean };
      if (!ack.ok) throw new Error(`presence:join refused: ${JSON.stringify(ack)}`);
    }
  }

  close(): void {
    this.socket?.disconnect();
  }
}
