import { z } from 'zod';

/**
 * Board tickets: a workshop board's WebSocket URL carries a ticket instead of
 * the long-lived bearer token, because URLs end up in proxy logs. A ticket is
 * fetched over HTTPS with the token, opens one board once, and expires soon.
 */
export const BOARD_TICKET_PARAM = 'ticket';

export const boardTicketSchema = z.object({
  /** 128 random bits, base64url. */
  ticket: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
  /** How long the ticket stays valid after it was issued. */
  expiresInMs: z.number().int().min(0),
});
export type BoardTicket = z.infer<typeof boardTicketSchema>;

/**
 * Where people can reach this server, for the links a console prints:
 * `PUBLIC_ORIGIN` when configured, else the addresses of its network
 * interfaces (for a console opened on `localhost`).
 */
export const serverInfoSchema = z.object({
  publicOrigin: z.string().nullable(),
  lanOrigins: z.array(z.string()),
});
export type ServerInfo = z.infer<typeof serverInfoSchema>;
