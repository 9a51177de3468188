import { useContext, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { notesOf } from '@mutopia/shared';
import { announce } from '../stores/announcements';
import { AnnounceThrottle, summariseChanges, type NoteChange } from './announce-throttle';
import type { BoardSession } from './session';
import { NoteTeamsContext } from './useNoteTeams';

/** At most one announcement about other people's notes per this many ms. */
export const REMOTE_ANNOUNCE_MS = 5000;

/**
 * Says politely when someone else adds or deletes a note ("Neue Notiz von
 * Team 4"), throttled. Only changes that arrive over the wire once the board
 * is in sync count: the first load and a reconnect's catch-up are not news.
 */
export function useRemoteNoteAnnouncements(session: BoardSession): void {
  const { t } = useTranslation();
  const teams = useContext(NoteTeamsContext);
  const latest = useRef({ t, teams });
  latest.current = { t, teams };

  useEffect(() => {
    const throttle = new AnnounceThrottle<NoteChange>((changes) => {
      const { t } = latest.current;
      const text = summariseChanges(changes)
        .map((s) => t(`boardList.announce.${s.key}`, { count: s.count, team: s.team ?? '' }))
        .join('. ');
      announce(text, 'polite');
    }, REMOTE_ANNOUNCE_MS);
    const notes = notesOf(session.doc);
    const onChange = (event: Y.YMapEvent<Y.Map<unknown>>) => {
      if (event.transaction.origin !== session.provider || !session.provider.synced) return;
      for (const [id, change] of event.changes.keys) {
        if (change.action === 'add') {
          const teamId = notes.get(id)?.get('teamId');
          const team = typeof teamId === 'string' ? latest.current.teams.get(teamId)?.name : undefined;
          throttle.push({ kind: 'added', team });
        } else if (change.action === 'delete') {
          throttle.push({ kind: 'deleted' });
        }
      }
    };
    notes.observe(onChange);
    return () => {
      notes.unobserve(onChange);
      throttle.destroy();
    };
  }, [session]);
}
