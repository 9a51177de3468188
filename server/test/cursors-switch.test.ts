import { describe, expect, it } from 'vitest';
import { workshopViewSchema } from '@mutopia/shared';
import * as Y from 'yjs';
import {
  api,
  connectProvider,
  connectSession,
  createWorkshop,
  destroyAll,
  joinWorkshop,
  serverPerTest,
  synced,
  waitFor,
} from './harness.js';

const suite = serverPerTest();

type Presence = { user?: { name: string }; cursor?: { x: number; y: number } | null };

describe("the facilitator's cursor switch", () => {
  it('stops relaying pointers to the other people on the board, keeps names, and brings cursors back', async () => {
    const w = await createWorkshop(suite.server, 'praxisaustausch');
    const view = await api(suite.server, 'GET', `/api/workshops/${w.workshopId}`, undefined, w.facilitatorToken);
    const boardId = workshopViewSchema.parse(view.body).boards['discussion']!;
    const ada = await joinWorkshop(suite.server, w.joinCode, 'Ada');
    const bo = await joinWorkshop(suite.server, w.joinCode, 'Bo');
    const a = connectProvider(suite.server, boardId, new Y.Doc(), ada.token);
    const b = connectProvider(suite.server, boardId, new Y.Doc(), bo.token);
    await Promise.all([synced(a), synced(b)]);
    const seenByB = () => b.awareness.getStates().get(a.awareness.clientID) as Presence | undefined;

    a.awareness.setLocalState({ user: { name: 'Ada', color: '#112233' }, cursor: { x: 1, y: 1 }, selection: [] });
    await waitFor(() => seenByB()?.cursor?.x === 1, "Ada's cursor at Bo");

    const facilitator = await connectSession(suite.server, w.facilitatorToken);
    expect((await facilitator.command({ type: 'cursors.set', on: false })).ok).toBe(true);
    await waitFor(() => seenByB()?.cursor === null, "Ada's cursor gone at Bo");
    a.awareness.setLocalStateField('cursor', { x: 2, y: 2 });
    a.awareness.setLocalStateField('user', { name: 'Ada L.', color: '#112233' });
    await waitFor(() => seenByB()?.user?.name === 'Ada L.', "Ada's new name at Bo");
    expect(seenByB()?.cursor).toBeNull();

    expect((await facilitator.command({ type: 'cursors.set', on: true })).ok).toBe(true);
    await waitFor(() => seenByB()?.cursor?.x === 2, "Ada's cursor back at Bo");

    const participant = await connectSession(suite.server, ada.token);
    expect((await participant.command({ type: 'cursors.set', on: false })).ok).toBe(false);
    facilitator.close();
    participant.close();
    destroyAll(a, b);
  });
});
