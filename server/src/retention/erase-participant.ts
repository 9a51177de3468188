import { eq } from 'drizzle-orm';
import type { StoreDb } from '../db/store-db.js';

/**
 * Erases a person's personal data: their name, which is stored only in their
 * `participants` row. Board content carries no author name (a note keeps the
 * author's team only), votes and questions hold a random id or a team, and
 * presence (awareness) is never stored. `secure_delete` zeroes the row and the
 * checkpoint clears the WAL, so the name is not readable in either file.
 * Idempotent: the roster's removal may have deleted the row already.
 */
export async function erasePersonalData(
  database: Pick<StoreDb, 'db' | 't' | 'checkpoint'>,
  participantId: string,
): Promise<void> {
  const { participants } = database.t;
  await database.db.delete(participants).where(eq(participants.id, participantId));
  await database.checkpoint();
}
