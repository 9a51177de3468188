import { eq } from 'drizzle-orm';
import { checkpoint } from '../db/database.js';
import type { StoreDb } from '../db/store-db.js';
import { participants } from '../db/schema.js';

/**
 * Erases a person's personal data: their name, which is stored only in their
 * `participants` row. Board content carries no author name (a note keeps the
 * author's team only), votes and questions hold a random id or a team, and
 * presence (awareness) is never stored. `secure_delete` zeroes the row and the
 * checkpoint clears the WAL, so the name is not readable in either file.
 * Idempotent: the roster's removal may have deleted the row already.
 */
export function erasePersonalData(database: Pick<StoreDb, 'db' | 'sqlite'>, participantId: string): void {
  database.db.delete(participants).where(eq(participants.id, participantId)).run();
  checkpoint(database.sqlite!);
}
