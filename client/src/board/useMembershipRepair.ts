import { useEffect } from 'react';
import type * as Y from 'yjs';
import { notesOf } from '@mutopia/shared';
import { groupsOf } from '@mutopia/shared/board/groups';
import { fitMembership } from './group-actions';
import { inGesture, type BoardSession } from './session';

/** How long notes and frames must rest after someone else's change before membership is checked. */
const SETTLE_MS = 800;

/**
 * This person's own moves fit membership as they happen (group-actions). What
 * arrives from elsewhere can still leave a frame lying: two people moving a
 * note and its frame at the same moment, an undo, a board saved before this
 * rule. Once such changes settle, the picture decides again. The fix is not
 * this person's edit, so it uses the quiet origin and undo leaves it alone;
 * every editor arrives at the same answer, so a second fix writes nothing.
 */
export function useMembershipRepair(session: BoardSession): void {
  useEffect(() => {
    if (session.readOnly) return;
    const watched = new Set<unknown>([notesOf(session.doc), groupsOf(session.doc)]);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const repair = () => {
      timer = undefined;
      // Mid-drag here: the drop fits membership, and a check now would see a passing position.
      if (inGesture(session)) schedule();
      else fitMembership(session, undefined, session.quietOrigin);
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(repair, SETTLE_MS);
    };
    const onTransaction = (tr: Y.Transaction) => {
      if (tr.origin === session.origin || tr.origin === session.quietOrigin) return;
      // changedParentTypes holds every ancestor of a changed type: a note's x counts as the notes map.
      for (const type of tr.changedParentTypes.keys()) if (watched.has(type)) return schedule();
    };
    session.doc.on('afterTransaction', onTransaction);
    // What was loaded before this view opened is checked once, too.
    schedule();
    return () => {
      session.doc.off('afterTransaction', onTransaction);
      clearTimeout(timer);
    };
  }, [session]);
}
