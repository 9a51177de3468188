import { useContext, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '@mutopia/shared';
import { useBoardUi } from '../stores/boardUi';
import { useViewportStore } from '../stores/viewport';
import { remoteSelections, type Peer } from './awareness-state';
import { Cursors } from './Cursors';
import { GroupFrame } from './GroupFrame';
import type { BoardSession } from './session';
import { StickyNote } from './StickyNote';
import { usePeers } from './useAwareness';
import { useCanvasGestures } from './useCanvasGestures';
import { useAutoFit } from './useAutoFit';
import { useCanvasSize } from './useCanvasSize';
import { useGroups } from './useGroups';
import { useInitialView } from './useInitialView';
import { useNotes } from './useNotes';
import { NoteTeamsContext } from './useNoteTeams';
import { idsToRender, isFar, renderArea } from './culling';
import { FarCanvas } from './FarCanvas';
import { FarNotes } from './FarNotes';
import { useViewportLayer } from './useViewportLayer';

/**
 * From this many far cards on, they are drawn into one canvas instead of one
 * element each: Chromium's per-frame cost grows with the elements on screen
 * (C1 benchmark). Fewer stay elements, which the browser hit-tests and finds.
 */
const CANVAS_CARDS = 150;
/** More full notes than this in a new area in mid-gesture are drawn as cards first (on the canvas, since that is more than CANVAS_CARDS). */
const GESTURE_FULL_NOTES = 150;

interface BoardCanvasProps {
  session: BoardSession;
  /** Keep the whole board in view as it changes (projectors). */
  autoFit?: boolean;
}

export function BoardCanvas({ session, autoFit = false }: BoardCanvasProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const notes = useNotes(session);
  const groups = useGroups(session);
  const { rendered, size, resting } = useViewportLayer(ref, layerRef, gridRef);
  const selected = useBoardUi((s) => s.selected);
  const editingId = useBoardUi((s) => s.editingId);
  const activeGroupId = useBoardUi((s) => s.activeGroupId);
  const renamingGroupId = useBoardUi((s) => s.renamingGroupId);
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

  // Selected and edited notes are always drawn in full, wherever they are: focus, pointer capture and the keyboard keep them.
  const keep = useMemo(() => {
    const ids = new Set(selected);
    if (editingId) ids.add(editingId);
    return ids;
  }, [selected, editingId]);
  const area = useMemo(() => renderArea(rendered, size), [rendered, size]);
  const { full, cards, far } = useMemo(() => {
    const ids = idsToRender(notes.order, notes.byId, area, keep);
    // Mounting hundreds of full notes takes longer than a frame: in mid-gesture they are drawn as cards until the view rests.
    const far = isFar(rendered.scale) || (!resting && ids.length - keep.size > GESTURE_FULL_NOTES);
    const full: Note[] = [];
    const cards: Note[] = [];
    for (const id of ids) {
      const note = notes.byId.get(id)!;
      if (far && !keep.has(id)) cards.push(note);
      else full.push(note);
    }
    return { full, cards, far };
  }, [notes, area, keep, rendered.scale, resting]);
  const shownGroups = useMemo(() => {
    const kept = new Set([activeGroupId, renamingGroupId].filter((id): id is string => id !== null));
    return idsToRender(
      groups.list.map((g) => g.id),
      groups.byId,
      area,
      kept,
    ).map((id) => groups.byId.get(id)!);
  }, [groups, area, activeGroupId, renamingGroupId]);

  return (
    <div
      ref={ref}
      className="board-canvas"
      role="region"
      aria-label={t('board.canvas')}
      data-testid="board-canvas"
      data-note-count={notes.order.length}
      data-group-count={groups.list.length}
      data-rendered-count={full.length + cards.length}
      data-detail={far ? 'far' : 'near'}
      {...handlers}
    >
      <div ref={gridRef} className="board-grid" aria-hidden="true" />
      {/* Its transform is written by useViewportLayer on every frame of a gesture, without React. */}
      <div ref={layerRef} className={far ? 'board-layer is-far' : 'board-layer'}>
        {shownGroups.map((group) => (
          <GroupFrame key={group.id} group={group} memberCount={memberCounts.get(group.id) ?? 0} />
        ))}
        {cards.length >= CANVAS_CARDS ? (
          <FarCanvas notes={cards} area={area} scale={rendered.scale} words={resting} session={session} />
        ) : (
          <FarNotes notes={cards} session={session} />
        )}
        {full.map((note) => {
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
      <LiveCursors peers={peers} />
    </div>
  );
}

/** Cursors are drawn in screen space, so unlike the notes they follow the view on every frame. */
function LiveCursors({ peers }: { peers: readonly Peer[] }) {
  const viewport = useViewportStore((s) => s.viewport);
  const size = useViewportStore((s) => s.size);
  return <Cursors peers={peers} viewport={viewport} size={size} />;
}
