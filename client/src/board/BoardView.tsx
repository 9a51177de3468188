import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../app/useDocumentTitle';
import { useBoardMode } from '../stores/boardMode';
import { useBoardUi } from '../stores/boardUi';
import { useViewportStore } from '../stores/viewport';
import { BoardBody, type AsideTab } from './BoardBody';
import { BoardCanvas } from './BoardCanvas';
import { BoardList } from './BoardList';
import { BoardModeToggle } from './BoardModeToggle';
import { BoardHeader } from './BoardHeader';
import { KeyboardHelp } from './KeyboardHelp';
import { Toolbar } from './Toolbar';
import { BoardSessionContext, type BoardSession } from './session';
import { useBoardConnection } from './useBoardConnection';
import { useBoardTitle } from './useBoardTitle';
import { useDisplayIdentity } from './useDisplayIdentity';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { useLocalPresence } from './useAwareness';
import { useMembershipRepair } from './useMembershipRepair';
import { NoteTeamsContext, useNoteTeams } from './useNoteTeams';
import { usePlacementSettle } from './usePlacementSettle';
import { useWorkshopDeletedVerdict } from './useWorkshopDeletedVerdict';

import './board.css';
interface BoardViewProps {
  boardId: string;
  restTitle: string | undefined;
  openedOffline: boolean;
  /** A workshop token: workshop boards are only synced for members of the workshop. */
  token?: string | undefined;
  /** Projectors: no toolbar, no editing, no cursor; the board keeps itself in view. */
  readOnly?: boolean;
  /** Replaces the plain board header (workshop views show the station instead). */
  header?: (session: BoardSession | null) => ReactNode;
  /** Inside another page rather than the whole window; the page sets the document title. */
  embedded?: boolean;
  /** The board is the page's main landmark; an embedded board sits inside its page's own (default: not embedded). */
  landmark?: boolean;
  /** The name shown to others on the board (a workshop participant's display name). */
  displayName?: string | undefined;
  /** Typed content beside the canvas (a station's persona card, key insights, …). */
  aside?: ((session: BoardSession) => ReactNode) | undefined;
  /** Replaces the canvas when it returns something (the harbour, the question wall). */
  main?: ((session: BoardSession) => ReactNode) | undefined;
  /** On a phone the aside and the canvas become two tabs; this names the aside's. */
  asideTab?: AsideTab | undefined;
}

export function BoardView({
  boardId,
  restTitle,
  openedOffline,
  token,
  readOnly = false,
  header,
  embedded = false,
  landmark = !embedded,
  displayName,
  aside,
  main,
  asideTab,
}: BoardViewProps) {
  const { t } = useTranslation();
  const session = useBoardConnection(boardId, token, readOnly);
  useWorkshopDeletedVerdict(session);
  const title = useBoardTitle(session, boardId, restTitle) || t('board.untitled');
  useDocumentTitle(embedded ? undefined : title, embedded);
  const noteTeams = useNoteTeams();
  const teamsById = useMemo(() => new Map((noteTeams.teams ?? []).map((team) => [team.id, team])), [noteTeams.teams]);
  useEffect(() => {
    if (session) session.author.teamId = noteTeams.author;
  }, [session, noteTeams.author]);

  // Selection and view belong to this board only; the next board starts fresh.
  useEffect(
    () => () => {
      useBoardUi.getState().reset();
      useViewportStore.getState().reset();
    },
    [],
  );

  const classes = ['board-page'];
  if (embedded) classes.push('board-page--embedded');
  const Region = landmark ? 'main' : 'div';
  if (readOnly) classes.push('board-page--read-only');

  return (
    <div className={classes.join(' ')} data-testid="board-view" data-board-id={boardId}>
      {header ? header(session) : <BoardHeader boardId={boardId} title={title} session={session} />}
      <Region className="board-page__main">
        {openedOffline && (
          <p className="board-banner" role="note">
            {t('board.offlineOpen')}
          </p>
        )}
        {session ? (
          <BoardSessionContext.Provider value={session}>
            <NoteTeamsContext.Provider value={teamsById}>
              <BoardBody aside={aside?.(session)} main={main?.(session)} asideTab={asideTab}>
                {readOnly ? (
                  <div className="board-workspace">
                    <BoardCanvas session={session} autoFit />
                  </div>
                ) : (
                  <BoardWorkspace session={session} displayName={displayName} />
                )}
              </BoardBody>
            </NoteTeamsContext.Provider>
          </BoardSessionContext.Provider>
        ) : (
          <div className="page-loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('board.loading')}
          </div>
        )}
      </Region>
    </div>
  );
}

function BoardWorkspace({ session, displayName }: { session: BoardSession; displayName: string | undefined }) {
  const identity = useDisplayIdentity();
  useLocalPresence(session, displayName?.trim() || identity.name, identity.color);
  const ref = useRef<HTMLDivElement>(null);
  useKeyboardShortcuts(session, ref);
  useMembershipRepair(session);
  usePlacementSettle(session);
  const mode = useBoardMode((s) => s.mode);
  return (
    <div className="board-mode" data-mode={mode}>
      <div className="board-mode__bar">
        <BoardModeToggle />
      </div>
      {mode === 'list' ? (
        <BoardList session={session} />
      ) : (
        <div className="board-workspace" ref={ref}>
          <BoardCanvas session={session} />
          <Toolbar session={session} />
          <KeyboardHelp />
        </div>
      )}
    </div>
  );
}
