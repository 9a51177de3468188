import { randomBytes } from 'node:crypto';
import type { Actor } from '../workshops/workshop-sessions.js';

/** Who a ticket was issued to, as the Yjs endpoint needs it after the upgrade. */
export interface TicketHolder {
  /** Carries the version its token was signed with, so a revoked token's tickets can be told apart. */
  actor: Actor;
}

interface Entry extends TicketHolder {
  boardId: string;
  expiresAt: number;
}

export interface BoardTicketsOptions {
  ttlMs: number;
  /** Beyond this many outstanding tickets the oldest are dropped, so a flood cannot grow memory. */
  maxTickets: number;
}

/**
 * Short-lived, single-use tickets that open one workshop board's WebSocket.
 * They replace the bearer token in the URL, which proxies log. Tickets carry
 * 128 random bits, live in memory only for seconds and are deleted on first
 * use, so they are kept as they are, unhashed: whoever can read this process's
 * memory can read the token signing key as well.
 */
export class BoardTickets {
  private readonly tickets = new Map<string, Entry>();

  constructor(private readonly options: BoardTicketsOptions) {}

  /** The clock tickets expire by; tests replace it instead of waiting. */
  now(): number {
    return Date.now();
  }

  issue(boardId: string, holder: TicketHolder): { ticket: string; expiresInMs: number } {
    this.evict();
    const ticket = randomBytes(16).toString('base64url');
    this.tickets.set(ticket, { ...holder, boardId, expiresAt: this.now() + this.options.ttlMs });
    return { ticket, expiresInMs: this.options.ttlMs };
  }

  /** The holder if the ticket is valid for this board; any attempt uses the ticket up. */
  redeem(ticket: string | null, boardId: string): TicketHolder | null {
    if (!ticket) return null;
    const entry = this.tickets.get(ticket);
    if (!entry) return null;
    this.tickets.delete(ticket);
    if (entry.boardId !== boardId || entry.expiresAt <= this.now()) return null;
    return { actor: entry.actor };
  }

  /** Drops the outstanding tickets `match` selects (a replaced facilitator link's). */
  revoke(match: (holder: TicketHolder) => boolean): void {
    for (const [ticket, entry] of this.tickets) if (match(entry)) this.tickets.delete(ticket);
  }

  get size(): number {
    return this.tickets.size;
  }

  private evict(): void {
    if (this.tickets.size < this.options.maxTickets) return;
    const now = this.now();
    for (const [ticket, entry] of this.tickets) if (entry.expiresAt <= now) this.tickets.delete(ticket);
    // Map order is insertion order: what is left at the front is the oldest.
    for (const ticket of this.tickets.keys()) {
      if (this.tickets.size < this.options.maxTickets) break;
      this.tickets.delete(ticket);
    }
  }
}
