/** Board tickets and where the server can be reached; answers are checked against the shared schemas. */
import { boardTicketSchema, serverInfoSchema, type BoardTicket, type ServerInfo } from '@mutopia/shared/access';
import { ApiError, request } from './http';

/** A ticket that opens `boardId`'s WebSocket once, within seconds (see docs/protocol.md). */
export async function fetchBoardTicket(boardId: string, token: string): Promise<BoardTicket> {
  const body = await request(`/boards/${encodeURIComponent(boardId)}/ticket`, { method: 'POST', token });
  const parsed = boardTicketSchema.safeParse(body);
  if (!parsed.success) throw new ApiError('internal', 'unexpected response shape');
  return parsed.data;
}

export async function fetchServerInfo(token: string): Promise<ServerInfo> {
  const parsed = serverInfoSchema.safeParse(await request('/server-info', { token }));
  if (!parsed.success) throw new ApiError('internal', 'unexpected response shape');
  return parsed.data;
}
