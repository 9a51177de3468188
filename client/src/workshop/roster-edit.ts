import type { RosterEdit } from '@mutopia/shared/workshop/roster';
import type { CommandOutcome, WorkshopConnection } from './connection';

const ACK_TIMEOUT_MS = 8000;

/** Sends a roster edit; refused at once while offline, like session commands. */
export function sendRosterEdit(connection: WorkshopConnection, edit: RosterEdit): Promise<CommandOutcome> {
  if (!connection.isLive()) return Promise.resolve({ ok: false, error: 'offline' });
  return connection.socket
    .timeout(ACK_TIMEOUT_MS)
    .emitWithAck('roster:edit', edit)
    .then(
      (res: CommandOutcome | undefined) => res ?? { ok: false, error: 'unknown' },
      () => ({ ok: false, error: 'timeout' }),
    );
}
