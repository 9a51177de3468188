/**
 * "Aufräumen" on a board: the active group's notes inside its frame, or, with
 * no group active, every group and the loose notes. One transaction with the
 * person's origin, so Ctrl+Z puts everything back where it was in one step.
 */
import { updateNotes, type NotePatch } from '@mutopia/shared';
import { updateGroup } from '@mutopia/shared/board/groups';
import { useBoardUi } from '../stores/boardUi';
import { fitMembership } from './group-actions';
import type { BoardSession } from './session';
import { tidyBoard, tidyGroup, type TidyResult } from './tidy-grid';

/** Tidies the active group, else the whole board; returns how many notes it moved. */
export function tidy(session: BoardSession): number {
  const { byId } = session.notes.getSnapshot();
  const groups = session.groups.getSnapshot();
  const notes = [...byId.values()];
  const activeId = useBoardUi.getState().activeGroupId;
  const active = activeId ? groups.byId.get(activeId) : undefined;
  const result: TidyResult = active
    ? tidyGroup(
        active,
        notes.filter((n) => n.groupId === active.id),
      )
    : tidyBoard(notes, groups.list);
  const patches = new Map<string, NotePatch>();
  for (const [id, p] of result.positions) {
    const note = byId.get(id);
    if (note && (note.x !== p.x || note.y !== p.y)) patches.set(id, { x: Math.round(p.x), y: Math.round(p.y) });
  }
  if (patches.size === 0 && result.frames.size === 0) return 0;
  session.undo.stopCapturing();
  session.doc.transact(() => {
    for (const [id, frame] of result.frames) updateGroup(session.doc, id, { h: Math.round(frame.h) }, session.origin);
    updateNotes(session.doc, patches, session.origin);
  }, session.origin);
  // The grid keeps notes where they belong; this only repairs what others changed meanwhile.
  fitMembership(session, [...patches.keys()]);
  session.undo.stopCapturing();
  return patches.size;
}
