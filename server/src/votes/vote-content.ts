/**
 * Where a vote touches other content: the labels of the items (notes and
 * groups from the station's board, the teams' questions) and what promotion
 * makes of the winners (ships in the harbour, the question shortlist).
 */
import {
  CONTENT_LIMITS,
  createShip,
  groupMembers,
  readGroups,
  readNotes,
  shipFromGroup,
  shipFromNote,
  type ShipText,
  VOTE_LIMITS,
  wholeBoardBallot,
  workshopDefinitionSchema,
  type Question,
  type Station,
  type VoteError,
  type VoteItem,
  type VoteItemRef,
  type WholeBoardBallot,
  type WorkshopDefinition,
} from '@mutopia/shared';
import type * as Y from 'yjs';
import type { BoardHost } from '../yjs/board-host.js';
import type { LiveWorkshop, WorkshopSessions } from '../workshops/workshop-sessions.js';
import type { VoteSessionRecord } from './vote-store.js';

export interface VoteContentDeps {
  boardHost: BoardHost;
  stationBoards: (workshopId: string) => Promise<Record<string, string>>;
  sessions: WorkshopSessions;
  /** The question wall, when its plugin is registered. */
  questions?: {
    list: (workshopId: string) => Promise<Question[]>;
    promote: (
      workshopId: string,
      orderedIds: readonly string[],
    ) => Promise<{ ok: true } | { ok: false; error: string }>;
  };
}

/** A board item as voted on (`label`) and as a ship would carry it. */
interface BoardItemText {
  label: string;
  ship: ShipText;
}

const HARBOUR_NAME = { de: 'Hafen', en: 'Harbour' } as const;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function boardItems(doc: Y.Doc): Map<string, BoardItemText & { kind: 'note' | 'group' }> {
  const out = new Map<string, BoardItemText & { kind: 'note' | 'group' }>();
  for (const note of readNotes(doc)) {
    out.set(note.id, { kind: 'note', label: note.text.trim(), ship: shipFromNote(note.text) });
  }
  const members = groupMembers(doc);
  for (const group of readGroups(doc)) {
    const ship = shipFromGroup(group.title, members.get(group.id) ?? []);
    out.set(group.id, { kind: 'group', label: ship.title, ship });
  }
  return out;
}

/** A board's ballot for a whole-board vote, with the labels its items carry. */
function wholeBoard(doc: Y.Doc): { ballot: WholeBoardBallot; items: ReturnType<typeof boardItems> } {
  return { ballot: wholeBoardBallot(readNotes(doc), readGroups(doc)), items: boardItems(doc) };
}

/** The items with their labels as they read now; an item that does not exist refuses the whole vote. */
export async function resolveItems(
  deps: VoteContentDeps,
  workshop: LiveWorkshop,
  stationId: string | null,
  refs: readonly VoteItemRef[],
): Promise<VoteItem[] | VoteError> {
  let onBoard: ReturnType<typeof boardItems> | undefined;
  if (stationId !== null) {
    if (!workshop.definition.stations.some((s) => s.id === stationId)) return 'unknown_station';
    const boardId = (await deps.stationBoards(workshop.id))[stationId];
    onBoard = boardId ? await deps.boardHost.read(boardId, boardItems) : undefined;
    if (!onBoard) return 'unknown_station';
  }
  const questions = refs.some((r) => r.kind === 'question')
    ? new Map(((await deps.questions?.list(workshop.id)) ?? []).map((q) => [q.id, q]))
    : new Map<string, Question>();
  const items: VoteItem[] = [];
  for (const ref of refs) {
    if (ref.kind === 'question') {
      const question = questions.get(ref.id);
      if (!question) return 'unknown_item';
      items.push({ ...ref, label: clip(question.text, VOTE_LIMITS.labelMaxLength) });
    } else {
      const item = onBoard?.get(ref.id);
      if (!item || item.kind !== ref.kind) return 'unknown_item';
      items.push({ ...ref, label: clip(item.label, VOTE_LIMITS.labelMaxLength) });
    }
  }
  return items;
}

/** What a whole-board vote at the station would hold: every group and every note outside one. */
export async function wholeBoardPreview(
  deps: VoteContentDeps,
  workshop: LiveWorkshop,
  stationId: string,
): Promise<{ ballot: WholeBoardBallot; items: VoteItem[] } | VoteError> {
  if (!workshop.definition.stations.some((s) => s.id === stationId)) return 'unknown_station';
  const boardId = (await deps.stationBoards(workshop.id))[stationId];
  const read = boardId ? await deps.boardHost.read(boardId, wholeBoard) : undefined;
  if (!read) return 'unknown_station';
  const items = read.ballot.items.map((ref) => ({
    ...ref,
    label: clip(read.items.get(ref.id)?.label ?? '', VOTE_LIMITS.labelMaxLength),
  }));
  return { ballot: read.ballot, items };
}

/** The items of a vote over a whole station's board; `no_items` when it holds nothing to vote on. */
export async function wholeBoardVoteItems(
  deps: VoteContentDeps,
  workshop: LiveWorkshop,
  stationId: string,
): Promise<VoteItem[] | VoteError> {
  const preview = await wholeBoardPreview(deps, workshop, stationId);
  if (typeof preview === 'string') return preview;
  return preview.items.length > 0 ? preview.items : 'no_items';
}

/** The workshop's harbour, added to the definition (with its board) if it has none yet. */
async function ensureHarbour(deps: VoteContentDeps, workshop: LiveWorkshop): Promise<Station | null> {
  const existing = workshop.definition.stations.find((s) => s.kind === 'harbour');
  if (existing) return existing;
  const ids = new Set(workshop.definition.stations.map((s) => s.id));
  let id = 'harbour';
  for (let n = 2; ids.has(id); n++) id = `harbour-${n}`;
  const next: WorkshopDefinition = {
    ...workshop.definition,
    stations: [
      ...workshop.definition.stations,
      { id, kind: 'harbour', name: HARBOUR_NAME[workshop.definition.locale], prompt: '' },
    ],
  };
  const parsed = workshopDefinitionSchema.safeParse(next);
  if (!parsed.success) return null;
  const saved = await deps.sessions.updateDefinition(workshop, parsed.data);
  if (!saved.ok) return null;
  return parsed.data.stations.find((s) => s.id === id) ?? null;
}

/**
 * Launches one ship per promoted note or group in the harbour, carrying the
 * station's question, perspective and budget tier. Returns the ids launched
 * (fewer than asked when the harbour is full).
 */
async function launchShips(
  deps: VoteContentDeps,
  workshop: LiveWorkshop,
  session: VoteSessionRecord,
  itemIds: readonly string[],
): Promise<string[] | VoteError> {
  if (itemIds.length === 0) return [];
  const harbour = await ensureHarbour(deps, workshop);
  const boards = await deps.stationBoards(workshop.id);
  const harbourBoard = harbour ? boards[harbour.id] : undefined;
  if (!harbourBoard) return 'harbour_full';
  const station = workshop.definition.stations.find((s) => s.id === session.stationId);
  const originBoard = session.stationId ? boards[session.stationId] : undefined;
  const current =
    (originBoard && (await deps.boardHost.read(originBoard, boardItems))) || new Map<string, BoardItemText>();
  // Added to stations by the question wall's [M]Utopie generation; absent on older definitions.
  const questionId = (station as (Station & { questionId?: string }) | undefined)?.questionId ?? '';
  const launched = await deps.boardHost.edit(harbourBoard, (doc) => {
    const ids: string[] = [];
    for (const itemId of itemIds) {
      const item = session.items.find((i) => i.id === itemId);
      // The item may have been deleted from the board since: its label is what people voted on.
      const text = current.get(itemId)?.ship ?? shipFromNote(item?.label ?? '');
      const shipId = createShip(doc, {
        title: clip(text.title || '…', CONTENT_LIMITS.shortText),
        approach: text.approach,
        originStationId: session.stationId ?? '',
        perspectiveId: station?.perspectiveId ?? '',
        budgetTierId: station?.budgetTierId ?? '',
        questionId: questionId.slice(0, 64),
        questionText: clip(station?.prompt ?? '', CONTENT_LIMITS.longText),
      });
      if (shipId === null) break;
      ids.push(itemId);
    }
    return ids;
  });
  if (!launched) return 'harbour_full';
  return launched;
}

/**
 * Promotes the given winners (not promoted before): notes and groups become
 * ships, questions join the promoted questions after those this vote promoted
 * earlier. Returns the item ids that were promoted now.
 */
export async function promoteItems(
  deps: VoteContentDeps,
  workshop: LiveWorkshop,
  session: VoteSessionRecord,
  fresh: readonly string[],
): Promise<string[] | VoteError> {
  const kindOf = new Map(session.items.map((i) => [i.id, i.kind]));
  const boardIds = fresh.filter((id) => kindOf.get(id) !== 'question');
  const questionIds = fresh.filter((id) => kindOf.get(id) === 'question');
  const promoted: string[] = [];
  if (questionIds.length > 0) {
    if (!deps.questions) return 'unknown_item';
    const earlier = session.promoted.filter((id) => kindOf.get(id) === 'question');
    const outcome = await deps.questions.promote(workshop.id, [...earlier, ...questionIds]);
    if (!outcome.ok) return 'unknown_item';
    promoted.push(...questionIds);
  }
  const ships = await launchShips(deps, workshop, session, boardIds);
  if (typeof ships === 'string') return promoted.length > 0 ? promoted : ships;
  promoted.push(...ships);
  if (ships.length < boardIds.length && promoted.length === 0) return 'harbour_full';
  // Keep the ranking order whatever the kinds.
  return fresh.filter((id) => promoted.includes(id));
}
