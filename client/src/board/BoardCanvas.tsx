import { useContext, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '@mutopia/shared';
import { useBoardUi } from '../stores/boardUi';
import { useViewportStore } from '../stores/viewport';
import { remoteSelections } from './awareness-state';
import { Cursors } from './Cursors';
import { GroupFrame } from './GroupFrame';
import type { BoardSession } from './session';
import { rectsIntersect } from './selection-math';
import { StickyNote } from './StickyNote';
import { usePeers } from './useAwareness';
import { useCanvasGestures } from './useCanvasGestures';
import { useAutoFit } from './useAutoFit';
import { useCanvasSize } from './useCanvasSize';
import { useGroups } from './useGroups';
import { useInitialView } from './useInitialView';
import { useNotes } from './useNotes';
import { NoteTeamsContext } from './useNoteTeams';
import { visibleBoardRect, type Viewport } from './viewport-math';

/** Notes this far (screen px) outside the canvas are still rendered, so panning does not show pop-in. */
const CULL_MARGIN = 240;
const GRID = 24;
/** Below this zoom note text is too small to read, so it is not painted at all (big boards stay smooth). */
const TEXT_MIN_SCALE = 0.3;

/** Dots stay between ~12 and ~48 screen px apart at every zoom level. */
function gridStyle(vp: Viewport) {
  let spacing = GRID * vp.scale;
  while (spacing < 12) spacing *= 4;
  return {
    backgroundSize: `${spacing}px ${spacing}px`,
    backgroundPosition: `${vp.x}px ${vp.y}px`,
  };
}

interface BoardCanvasProps {
  session: BoardSession;
  /** Keep the whole board in view as it changes (projectors). */
  autoFit?: boolean;
}

export function BoardCanvas({ session, autoFit = false }: BoardCanvasProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const notes = useNotes(session);
  const groups = useGroups(session);
  const viewport = useViewportStore((s) => s.viewport);
  const size = useViewportStore((s) => s.size);
  const selected = useBoardUi((s) => s.selected);
  const editingId = useBoardUi((s) => s.editingId);
  const peers = usePeers(session);
  const remote = useMemo(() => remoteSelections(peers), [peers]);
  const teams = useContext(NoteTeamsContext);
  // Who wrote a note matters once several teams share the board; in a team's own space every note is theirs.
  const signed = useMemo(() => {
    const authors = new Set<string>();
    for (const note of notes.byId.values()) if (note.teamId && teams.has(note.teamId)) authors.add(note.teamId);
    return authors.size > 1;
  }, [notes, teams]);

  useCanvasSize(ref);
  const markInteraction = useInitialView(session, notes);
  useAutoFit(session, notes, groups, autoFit);
  const { selectionRect, handlers } = useCanvasGestures(ref, session, markInteraction);

  // Notes deleted by anyone leave the selection, and an editor closes when its note goes.
  useEffect(() => {
    useBoardUi.getState().prune((id) => notes.byId.has(id));
  }, [notes]);
  useEffect(() => {
    useBoardUi.getState().pruneGroups((id) => groups.byId.has(id));
  }, [groups]);

  const memberCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const note of notes.byId.values()) {
      if (note.groupId && groups.byId.has(note.groupId)) counts.set(note.groupId, (counts.get(note.groupId) ?? 0) + 1);
    }
    return counts;
  }, [notes, groups]);

  const visible = useMemo(() => {
    const area = visibleBoardRect(viewport, size, CULL_MARGIN);
    const out: Note[] = [];
    for (const id of notes.order) {
      const note = notes.byId.get(id);
      if (!note) continue;
      // Selected and edited notes stay mounted so focus and pointer capture survive panning.
      if (rectsIntersect(note, area) || selected.has(id) || id === editingId) out.push(note);
    }
    return out;
  }, [notes, viewport, size, selected, editingId]);

  return (
    <div
      ref={ref}
      className="board-canvas"
      style={gridStyle(viewport)}
      role="region"
      aria-label={t('board.canvas')}
      data-testid="board-canvas"
      data-note-count={notes.order.length}
      data-group-count={groups.list.length}
      data-rendered-count={visible.length}
      data-scale={viewport.scale.toFixed(3)}
      {...handlers}
    >
      <div
        className={viewport.scale < TEXT_MIN_SCALE ? 'board-layer is-far' : 'board-layer'}
        style={{ transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.scale})` }}
      >
        {groups.list.map((group) => (
          <GroupFrame key={group.id} group={group} memberCount={memberCounts.get(group.id) ?? 0} />
        ))}
        {visible.map((note) => {
          const r = remote.get(note.id);
          const group = note.groupId ? groups.byId.get(note.groupId) : undefined;
          return (
            <StickyNote
              key={note.id}
              note={note}
              remoteColor={r?.color}
              remoteNames={r?.names}
              team={signed && note.teamId ? teams.get(note.teamId) : undefined}
              groupTitle={group ? group.title.trim() || t('boardContent.groups.untitled') : undefined}
            />
          );
        })}
      </div>
      {selectionRect && (
        <div
          className="selection-rect"
          style={{ left: selectionRect.x, top: selectionRect.y, width: selectionRect.w, height: selectionRect.h }}
        />
      )}
      <Cursors peers={peers} viewport={viewport} size={size} />
    </div>
  );
}
