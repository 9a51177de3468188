/**
 * The demo created on the first start: a small seed conference (6 teams, a few
 * personas and notes, a question wall with questions) plus the free demo
 * board. Only the hash of a link secret is stored in the database, so the
 * demo's facilitator secret is kept in DATA_DIR (mode 0600, like the token
 * key) to print a working link on every later start.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addPainPoint,
  createNote,
  DEMO_BOARD_ID,
  findTemplate,
  setGermanLevel,
  setPersonaText,
  type PersonaTextField,
} from '@mutopia/shared';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { NODE_LOCKS, withNodeLock } from '../cluster/node-lock.js';
import { secretMatches } from '../workshops/secrets.js';
import { ensureDemoBoard } from './demo-board.js';
import {
  DEMO_PAIN_POINTS,
  DEMO_PERSONAS,
  DEMO_QUESTIONS,
  DEMO_ROOM_NOTES,
  DEMO_TEAM_NOTES,
  DEMO_TEAMS,
  DEMO_TITLE,
  welcomeNotes,
} from './demo-content.js';

export const DEMO_FILE = 'demo-workshop.json';

const demoFileSchema = z.object({ workshopId: z.string(), facilitatorSecret: z.string() });

export interface Demo {
  workshopId: string;
  joinCode: string;
  facilitatorSecret: string;
  /** The free board (`/b/demo`), when it exists. */
  boardId: string | null;
  /** True on the start that created it. */
  created: boolean;
}

/**
 * Creates the demo on an empty database (no board at all, so no workshop
 * either), else finds the one made earlier. Null when there is none, or when
 * its facilitator link was replaced since: the stored secret no longer opens it.
 */
export async function ensureDemo(app: FastifyInstance, dataDir: string): Promise<Demo | null> {
  // Nodes starting together on one empty PostgreSQL take turns: the first creates the demo, the others find boards.
  const demo = await withNodeLock(app.database, NODE_LOCKS.demo, 'wait', () => findOrCreateDemo(app, dataDir));
  return demo === 'skipped' ? null : demo;
}

async function findOrCreateDemo(app: FastifyInstance, dataDir: string): Promise<Demo | null> {
  const file = join(dataDir, DEMO_FILE);
  if ((await app.boards.count()) === 0) return { ...(await createDemo(app, file)), created: true };
  if (!existsSync(file)) return null;
  const stored = demoFileSchema.safeParse(readJson(file));
  const workshop = stored.success ? await app.workshops.store.get(stored.data.workshopId) : undefined;
  if (!stored.success || !workshop || !secretMatches(stored.data.facilitatorSecret, workshop.facilitatorSecretHash))
    return null;
  return {
    workshopId: workshop.id,
    joinCode: workshop.joinCode,
    facilitatorSecret: stored.data.facilitatorSecret,
    boardId: (await app.boards.get(DEMO_BOARD_ID)) ? DEMO_BOARD_ID : null,
    created: false,
  };
}

/** A damaged file must not keep the server from starting: the demo's links are then just not printed. */
function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

async function createDemo(app: FastifyInstance, file: string): Promise<Omit<Demo, 'created'>> {
  const boardId = (await ensureDemoBoard(app.boards)) ?? null;
  const template = findTemplate('weiterbildungskonferenz');
  if (!template) throw new Error('the seed conference template is missing');
  const definition = { ...template.build({ teamCount: DEMO_TEAMS }, 'de'), title: DEMO_TITLE };
  const { workshop, facilitatorSecret } = await app.workshops.store.create(definition);
  writeFileSync(file, JSON.stringify({ workshopId: workshop.id, facilitatorSecret }), { mode: 0o600 });
  // The mode above only applies to a new file; a stale one from a deleted database keeps its own.
  chmodSync(file, 0o600);

  const boards = await app.boards.stationBoards(workshop.id);
  const edit = async (stationId: string, change: Parameters<typeof app.boardHost.edit>[1]) => {
    const board = boards[stationId];
    if (board) await app.boardHost.edit(board, change);
  };
  for (const [teamId, persona] of Object.entries(DEMO_PERSONAS)) {
    await edit(`space-${teamId}`, (doc) => {
      for (const [field, value] of Object.entries(persona)) {
        if (field === 'germanLevel') setGermanLevel(doc, persona.germanLevel ?? '');
        else if (typeof value === 'string') setPersonaText(doc, field as PersonaTextField, value);
      }
      for (const point of DEMO_PAIN_POINTS[teamId] ?? []) addPainPoint(doc, point, []);
      for (const note of DEMO_TEAM_NOTES[teamId] ?? []) createNote(doc, { ...note, teamId });
    });
  }
  await edit('solution-room-sprache', (doc) => DEMO_ROOM_NOTES.forEach((note) => createNote(doc, note)));
  await edit('plenary', (doc) => welcomeNotes(boardId && `/b/${boardId}`).forEach((note) => createNote(doc, note)));
  for (const question of DEMO_QUESTIONS)
    await app.questions.store.submit(workshop.id, question.teamId, question.text, question.themeId);
  return { workshopId: workshop.id, joinCode: workshop.joinCode, facilitatorSecret, boardId };
}

/** The links `pnpm start` prints for the demo, at the origin phones in the room can reach. */
export function demoLines(origin: string, demo: Demo, projectorToken: string, projectorId: string): string[] {
  const id = encodeURIComponent(demo.workshopId);
  return [
    demo.created ? 'A demo workshop was created (6 teams, personas, notes, questions):' : 'Demo workshop:',
    `  Facilitator console: ${origin}/w/${id}/facilitate#key=${demo.facilitatorSecret}`,
    `  Join code: ${demo.joinCode} (participants open ${origin}/j/${demo.joinCode})`,
    `  Projector: ${origin}/w/${id}/projector/${projectorId}#token=${projectorToken}`,
    ...(demo.boardId ? [`  Free demo board: ${origin}/b/${demo.boardId}`] : []),
  ];
}
