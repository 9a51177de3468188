import { asc, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { first } from '../../src/db/store-db.js';
import { describeStores } from './engines.js';

describeStores('tables', (store) => {
  const createdAt = new Date('2026-12-03T10:18:00.123Z');

  it('keeps every column type as written: text, numbers, booleans, dates with milliseconds, nulls', async () => {
    const { db, t } = store();
    await db.insert(t.workshops).values({
      id: 'w1',
      joinCode: 'ABCD-1234',
      definition: '{"title":"Zukunftswerkstatt – Ölmühle"}',
      state: '{}',
      facilitatorSecretHash: 'f',
      cofacilitatorSecretHash: 'c',
      createdAt,
      published: true,
      keepResults: false,
      seriesId: null,
    });
    const row = await first(db.select().from(t.workshops).where(eq(t.workshops.id, 'w1')));
    expect(row).toEqual({
      id: 'w1',
      joinCode: 'ABCD-1234',
      definition: '{"title":"Zukunftswerkstatt – Ölmühle"}',
      state: '{}',
      facilitatorSecretHash: 'f',
      cofacilitatorSecretHash: 'c',
      facilitatorTokenVersion: 1,
      createdAt,
      questionsOpen: true,
      published: true,
      publishVersion: 0,
      seriesId: null,
      keepResults: false,
    });
    expect(row?.createdAt).toBeInstanceOf(Date);
  });

  it('keeps bytes as written (every byte value) and numbers update ids in append order', async () => {
    const { db, t } = store();
    await db.insert(t.boards).values({ id: 'b1', title: 'Board', createdAt });
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    const empty = Buffer.alloc(0);
    const inserted = await db
      .insert(t.boardUpdates)
      .values([
        { boardId: 'b1', data: bytes },
        { boardId: 'b1', data: empty },
      ])
      .returning({ id: t.boardUpdates.id });
    expect(inserted.map((r) => typeof r.id)).toEqual(['number', 'number']);
    expect(inserted[1]!.id).toBeGreaterThan(inserted[0]!.id);
    const rows = await db.select().from(t.boardUpdates).orderBy(asc(t.boardUpdates.id));
    expect(rows.map((r) => Buffer.isBuffer(r.data))).toEqual([true, true]);
    expect(rows.map((r) => [...r.data])).toEqual([[...bytes], []]);

    await db.insert(t.boardSnapshots).values({ boardId: 'b1', data: bytes, updatedAt: createdAt });
    const snapshot = await first(db.select().from(t.boardSnapshots));
    expect(snapshot?.data.equals(bytes)).toBe(true);
    expect(snapshot?.updatedAt).toEqual(createdAt);
  });

  it('keeps optional dates and numbers null until set', async () => {
    const { db, t } = store();
    await db.insert(t.workshops).values({
      id: 'w1',
      joinCode: 'J',
      definition: '{}',
      state: '{}',
      facilitatorSecretHash: 'f',
      cofacilitatorSecretHash: 'c',
      createdAt,
    });
    await db.insert(t.voteSessions).values({
      id: 'v1',
      workshopId: 'w1',
      title: 'Dots',
      items: '[]',
      budget: 5,
      status: 'open',
      createdAt,
    });
    const open = await first(db.select().from(t.voteSessions));
    expect(open).toMatchObject({ stationId: null, capPerItem: null, promoted: null, phaseIndex: null });
    expect(open).toMatchObject({ closedAt: null, revealedAt: null });
    const closedAt = new Date('2026-12-03T11:00:00.999Z');
    await db
      .update(t.voteSessions)
      .set({ status: 'closed', closedAt, phaseIndex: 0 })
      .where(eq(t.voteSessions.id, 'v1'));
    expect(await first(db.select().from(t.voteSessions))).toMatchObject({ status: 'closed', closedAt, phaseIndex: 0 });
  });

  it('refuses a second board for the same station and a participant of no workshop', async () => {
    const { db, t } = store();
    await db.insert(t.workshops).values({
      id: 'w1',
      joinCode: 'J',
      definition: '{}',
      state: '{}',
      facilitatorSecretHash: 'f',
      cofacilitatorSecretHash: 'c',
      createdAt,
    });
    await db.insert(t.boards).values({ id: 'b1', title: 'A', createdAt, workshopId: 'w1', stationId: 's1' });
    await expect(
      db.insert(t.boards).values({ id: 'b2', title: 'B', createdAt, workshopId: 'w1', stationId: 's1' }),
    ).rejects.toThrow();
    await expect(
      db.insert(t.participants).values({ id: 'p1', workshopId: 'nope', displayName: 'Ana', createdAt }),
    ).rejects.toThrow();
  });

  it('deletes a workshop’s rows with it and its boards (cascade), and nothing of another workshop', async () => {
    const { db, t } = store();
    for (const id of ['w1', 'w2']) {
      await db.insert(t.workshops).values({
        id,
        joinCode: `J-${id}`,
        definition: '{}',
        state: '{}',
        facilitatorSecretHash: 'f',
        cofacilitatorSecretHash: 'c',
        createdAt,
      });
      await db.insert(t.participants).values({ id: `p-${id}`, workshopId: id, displayName: 'Ana', createdAt });
      await db.insert(t.tokenVersions).values({ workshopId: id, subject: `participant:p-${id}`, version: 2 });
      await db.insert(t.boards).values({ id: `b-${id}`, title: 'B', createdAt, workshopId: id, stationId: 's1' });
      await db.insert(t.boardUpdates).values({ boardId: `b-${id}`, data: Buffer.from([1]) });
      await db.insert(t.boardSnapshots).values({ boardId: `b-${id}`, data: Buffer.from([2]), updatedAt: createdAt });
      await db.insert(t.questions).values({
        id: `q-${id}`,
        workshopId: id,
        teamId: 't1',
        text: 'Wie könnten wir …?',
        createdAt,
        updatedAt: createdAt,
      });
      await db.insert(t.voteSessions).values({
        id: `v-${id}`,
        workshopId: id,
        title: 'Dots',
        items: '[]',
        budget: 5,
        status: 'open',
        createdAt,
      });
      await db.insert(t.votes).values({ sessionId: `v-${id}`, participantId: `p-${id}`, itemId: 'i', createdAt });
    }
    // The SQLite file's boards.workshop_id was added by ALTER TABLE without the cascade schema.ts
    // declares (migration 0001), so a workshop's boards go first, as deleteWorkshop does.
    await db.delete(t.boards).where(eq(t.boards.workshopId, 'w1'));
    await db.delete(t.workshops).where(eq(t.workshops.id, 'w1'));
    const left = {
      participants: (await db.select().from(t.participants)).map((r) => r.id),
      tokenVersions: (await db.select().from(t.tokenVersions)).map((r) => r.workshopId),
      boards: (await db.select().from(t.boards)).map((r) => r.id),
      boardUpdates: (await db.select().from(t.boardUpdates)).map((r) => r.boardId),
      boardSnapshots: (await db.select().from(t.boardSnapshots)).map((r) => r.boardId),
      questions: (await db.select().from(t.questions)).map((r) => r.id),
      voteSessions: (await db.select().from(t.voteSessions)).map((r) => r.id),
      votes: (await db.select().from(t.votes)).map((r) => r.sessionId),
    };
    expect(left).toEqual({
      participants: ['p-w2'],
      tokenVersions: ['w2'],
      boards: ['b-w2'],
      boardUpdates: ['b-w2'],
      boardSnapshots: ['b-w2'],
      questions: ['q-w2'],
      voteSessions: ['v-w2'],
      votes: ['v-w2'],
    });
  });
});
