import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { cursorIntervalMs } from '@mutopia/shared/board/presence-rate';
import { useBoardUi } from '../stores/boardUi';
import { parsePeer, shareableSelection, type Peer } from './awareness-state';
import type { BoardSession } from './session';
import { throttle } from './throttle';
import type { Point } from './viewport-math';

/** Shares this person's name, colour and selection with everyone on the board. */
export function useLocalPresence(session: BoardSession, name: string, color: string): void {
  const { awareness } = session.provider;
  useEffect(() => {
    awareness.setLocalStateField('user', { name, color });
  }, [awareness, name, color]);

  useEffect(() => {
    if (awareness.getLocalState()?.['selection'] === undefined) {
      awareness.setLocalStateField('selection', shareableSelection(useBoardUi.getState().selected));
    }
    return useBoardUi.subscribe((state, previous) => {
      if (state.selected !== previous.selected)
        awareness.setLocalStateField('selection', shareableSelection(state.selected));
    });
  }, [awareness]);
}

/**
 * A throttled publisher of the pointer position in board coordinates: 20 Hz
 * in a team room, fewer moves per second the more people the board holds.
 */
export function useCursorPublisher(session: BoardSession): (point: Point | null) => void {
  const { awareness } = session.provider;
  const { readOnly } = session;
  const publish = useMemo(
    () =>
      throttle(
        (point: Point | null) => {
          // A read-only screen has no awareness state of its own to put a cursor in.
          if (!readOnly) awareness.setLocalStateField('cursor', point);
        },
        () => cursorIntervalMs(awareness.getStates().size),
      ),
    [awareness, readOnly],
  );
  useEffect(() => () => publish.cancel(), [publish]);
  return publish;
}

/** Everyone else on the board, re-read whenever awareness changes. */
export function usePeers(session: BoardSession): readonly Peer[] {
  const { awareness } = session.provider;
  const cache = useRef<readonly Peer[]>([]);
  const subscribe = useCallback(
    (notify: () => void) => {
      const onChange = () => {
        const peers: Peer[] = [];
        for (const [clientId, state] of awareness.getStates()) {
          if (clientId === awareness.clientID) continue;
          const peer = parsePeer(clientId, state);
          if (peer) peers.push(peer);
        }
        cache.current = peers;
        notify();
      };
      onChange();
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );
  return useSyncExternalStore(subscribe, () => cache.current);
}
