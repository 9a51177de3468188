import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { IndexeddbPersistence } from 'y-indexeddb';
import { createContext, useContext } from 'react';
import { notesOf, YJS_PATH } from '@mutopia/shared';
import { groupsOf } from '@mutopia/shared/board/groups';
import { insightsOf } from '@mutopia/shared/board/insights';
import { GroupsCache } from './groups-cache';
import { NotesCache } from './notes-cache';
import { SyncTracker } from './sync-tracker';
import { plainConnection, ticketedConnection, type BoardConnection } from './ticketed-connection';
import type { Point } from './viewport-math';

/** Everything that lives exactly as long as one open board. */
export interface BoardSession {
  boardId: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Connects the provider: with a fresh ticket each time on a workshop board. */
  connection: BoardConnection;
  persistence: IndexeddbPersistence;
  /** Origin of this person's edits: the only ones undo may revert. */
  origin: object;
  /** Origin of edits nobody wants to undo, such as raising a clicked note. */
  quietOrigin: object;
  undo: Y.UndoManager;
  notes: NotesCache;
  groups: GroupsCache;
  sync: SyncTracker;
  /** A projector or observer: shows the board, never writes to it or shares a cursor. */
  readOnly: boolean;
  /** The workshop team new notes are signed with (set by the view; none on plain boards). */
  author: { teamId: string | undefined };
  /**
   * Notes this person created and where they were placed, until someone moves
   * them: a concurrent note from another phone may have landed on the same spot
   * (note-placement: settleConcurrent).
   */
  placed: Map<string, Point>;
}

export interface BoardSessionOptions {
  /** A workshop token, for the boards of a workshop; plain boards need none. */
  token?: string | undefined;
  readOnly?: boolean | undefined;
}

function websocketBase(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}${YJS_PATH}`;
}

export function openBoardSession(boardId: string, options: BoardSessionOptions = {}): BoardSession {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(`mutopia-board-${boardId}`, doc);
  // Connected by the caller once the session is really in use (see useBoardConnection).
  const provider = new WebsocketProvider(websocketBase(), boardId, doc, { connect: false });
  const readOnly = options.readOnly ?? false;
  // A read-only screen is nobody on the board: no name, no cursor, no selection to show.
  if (readOnly) provider.awareness.setLocalState(null);
  const origin = { kind: 'local-edit' };
  // Typed content that others add (ships, a persona) can join with session.undo.addToScope(type).
  const connection = options.token ? ticketedConnection(provider, boardId, options.token) : plainConnection(provider);
  const undo = new Y.UndoManager([notesOf(doc), groupsOf(doc), insightsOf(doc)], { trackedOrigins: new Set([origin]) });
  return {
    boardId,
    doc,
    provider,
    connection,
    persistence,
    origin,
    quietOrigin: { kind: 'local-view' },
    undo,
    notes: new NotesCache(doc),
    groups: new GroupsCache(doc),
    sync: new SyncTracker(doc, provider, new Set<unknown>([provider, persistence]), () => connection.restart()),
    readOnly,
    author: { teamId: undefined },
    placed: new Map(),
  };
}

export function closeBoardSession(session: BoardSession): void {
  session.sync.destroy();
  session.notes.destroy();
  session.groups.destroy();
  session.undo.destroy();
  session.provider.awareness.setLocalState(null);
  session.connection.stop();
  session.provider.destroy();
  void session.persistence.destroy();
  session.doc.destroy();
}

const DEFAULT_CAPTURE_MS = 500;

/** Makes everything until `endGesture` one undo step, however long the drag pauses. */
export function beginGesture(session: BoardSession): void {
  session.undo.stopCapturing();
  session.undo.captureTimeout = Number.POSITIVE_INFINITY;
}

/** A drag of this person's is under way (between beginGesture and endGesture). */
export function inGesture(session: BoardSession): boolean {
  return session.undo.captureTimeout === Number.POSITIVE_INFINITY;
}

export function endGesture(session: BoardSession): void {
  session.undo.captureTimeout = DEFAULT_CAPTURE_MS;
  session.undo.stopCapturing();
}

export const BoardSessionContext = createContext<BoardSession | null>(null);

export function useBoardSession(): BoardSession {
  const session = useContext(BoardSessionContext);
  if (!session) throw new Error('useBoardSession outside a board');
  return session;
}
