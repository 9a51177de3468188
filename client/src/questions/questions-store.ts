/**
 * The question wall as this device knows it: one small zustand store per
 * workshop connection, fed by `questions:state` broadcasts. The server sends the
 * wall when a socket attaches; a store created after that asks for it once.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { QuestionsState } from '@mutopia/shared/questions/question-schemas';
import type { WorkshopConnection } from '../workshop/connection';

export interface QuestionsStore {
  wall: QuestionsState | null;
}

const stores = new WeakMap<WorkshopConnection, StoreApi<QuestionsStore>>();

export function questionsStore(connection: WorkshopConnection): StoreApi<QuestionsStore> {
  let store = stores.get(connection);
  if (store) return store;
  const created = createStore<QuestionsStore>(() => ({ wall: null }));
  connection.socket.on('questions:state', (wall) => {
    if (wall.workshopId === connection.workshopId) created.setState({ wall });
  });
  // Connected already: the attach-time broadcast went by before anyone listened.
  if (connection.socket.connected) connection.socket.emit('question:sync', {});
  stores.set(connection, created);
  store = created;
  return store;
}

const ACK_TIMEOUT_MS = 8000;

/** A question event's outcome: a QuestionError code, or `offline`/`timeout` from this side. */
export type QuestionOutcome = { ok: true } | { ok: false; error: string };

type QuestionEvent =
  | ['question:submit', { text: string; themeId: string | null; teamId?: string }]
  | ['question:open', { open: boolean }]
  | ['question:promote', { ids: string[] }]
  | ['question:edit', { id: string; text: string; themeId: string | null }]
  | ['question:remove', { id: string }]
  | ['question:generate-stations', Record<string, never>];

export function sendQuestionEvent(connection: WorkshopConnection, ...[event, payload]: QuestionEvent) {
  const socket = connection.socket;
  if (!connection.isLive()) return Promise.resolve<QuestionOutcome>({ ok: false, error: 'offline' });
  return (
    socket
      .timeout(ACK_TIMEOUT_MS)
      // The tuple keeps event and payload matched; emitWithAck cannot see that through the union.
      .emitWithAck(event as 'question:open', payload as { open: boolean })
      .then(
        (res: QuestionOutcome | undefined): QuestionOutcome => res ?? { ok: false, error: 'unknown' },
        (): QuestionOutcome => ({ ok: false, error: 'timeout' }),
      )
  );
}
