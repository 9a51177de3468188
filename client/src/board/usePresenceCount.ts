import { useEffect, useState } from 'react';
import type { PresenceCount } from '@mutopia/shared';
import { presenceSocket } from '../api/socket';

/** How many people have this board open, or null until the server has said. */
export function usePresenceCount(boardId: string): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const socket = presenceSocket();
    const join = () => socket.emit('presence:join', { boardId });
    const onCount = (payload: PresenceCount) => {
      if (payload.boardId === boardId) setCount(payload.count);
    };
    const onDisconnect = () => setCount(null);
    socket.on('presence:count', onCount);
    // Rooms do not survive a reconnect, so join again every time.
    socket.on('connect', join);
    socket.on('disconnect', onDisconnect);
    if (socket.connected) join();
    return () => {
      socket.off('presence:count', onCount);
      socket.off('connect', join);
      socket.off('disconnect', onDisconnect);
      if (socket.connected) socket.emit('presence:leave', { boardId });
      setCount(null);
    };
  }, [boardId]);
  return count;
}
