import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findTemplate, type SessionState } from '@mutopia/shared';
import { openSqliteStore } from '../db/database.js';
import type { StoreDb } from '../db/store-db.js';
import { BoardStore } from '../persistence/board-store.js';
import type { Actor } from './workshop-sessions.js';
import { WorkshopSessions } from './workshop-sessions.js';
import { WorkshopStore } from './workshop-store.js';

/** A store whose saves take a while (like a database across the network) and can be made to fail. */
class SlowStore extends WorkshopStore {
  readonly saved: number[] = [];
  failNext = false;

  override async saveState(id: string, state: SessionState): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('database unavailable');
    }
    await super.saveState(id, state);
    this.saved.push(state.revision);
  }
}

let dir: string;
let database: StoreDb;
let store: SlowStore;
let workshopId: string;
let facilitator: Actor;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mutopia-sessions-'));
  database = openSqliteStore(dir, 'NORMAL');
  store = new SlowStore(database, new BoardStore(database));
  const definition = findTemplate('weiterbildungskonferenz')!.build({ teamCount: 2 }, 'de');
  workshopId = (await store.create(definition)).workshop.id;
  facilitator = {
    workshopId,
    role: 'facilitator',
    participantId: null,
    teamId: null,
    displayName: null,
    projectorId: null,
    tokenVersion: 0,
  };
});

afterEach(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('WorkshopSessions', () => {
  it('applies commands sent at once one after another: each sees the state the one before saved', async () => {
    const sessions = new WorkshopSessions(store);
    const start = (await sessions.get(workshopId))!.state.revision;
    const outcomes = await Promise.all([1, 2, 3].map(() => sessions.command(facilitator, { type: 'phase.next' })));
    expect(outcomes).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(store.saved).toEqual([start + 1, start + 2, start + 3]);
    // What a restart reads is what the last command left.
    const reread = await new WorkshopSessions(store).get(workshopId);
    expect(reread!.state).toEqual((await sessions.get(workshopId))!.state);
  });

  it('leaves the session as it was when saving fails, and goes on with the next command', async () => {
    const sessions = new WorkshopSessions(store);
    const before = (await sessions.get(workshopId))!.state;
    const states: SessionState[] = [];
    sessions.on('state', (workshop) => states.push(workshop.state));
    store.failNext = true;
    const failed = sessions.command(facilitator, { type: 'phase.next' });
    const next = sessions.command(facilitator, { type: 'phase.next' });
    await expect(failed).rejects.toThrow('database unavailable');
    expect(await next).toEqual({ ok: true });
    expect(states).toHaveLength(1);
    expect(states[0]!.revision).toBe(before.revision + 1);
  });

  it('loads a workshop once when many ask for it at the same moment', async () => {
    const sessions = new WorkshopSessions(store);
    const loaded = await Promise.all([1, 2, 3, 4].map(() => sessions.get(workshopId)));
    expect(new Set(loaded).size).toBe(1);
    expect(sessions.cached(workshopId)).toBe(loaded[0]);
  });

  it('lets no burst of joins pass the participant limit', async () => {
    const sessions = new WorkshopSessions(store);
    const workshop = (await sessions.get(workshopId))!;
    const joins = await Promise.all(
      Array.from({ length: 8 }, (_, i) => sessions.join(workshop, `Person ${i + 1}`, undefined, 5)),
    );
    expect(joins.filter((j) => j === 'workshop_full')).toHaveLength(3);
    expect(await store.participants(workshopId)).toHaveLength(5);
    // Join order survives a restart, also for people who joined in the same millisecond.
    expect((await store.participants(workshopId)).map((p) => p.displayName)).toEqual(
      workshop.participants.map((p) => p.displayName),
    );
  });
});
