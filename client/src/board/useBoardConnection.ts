import { useEffect, useState } from 'react';
import { closeBoardSession, openBoardSession, type BoardSession } from './session';

/** Opens the board's document, sync and local persistence for as long as the caller is mounted. */
export function useBoardConnection(boardId: string, token?: string, readOnly = false): BoardSession | null {
  const [session, setSession] = useState<BoardSession | null>(null);
  useEffect(() => {
    const opened = openBoardSession(boardId, { token, readOnly });
    setSession(opened);
    // Deferred so a mount that is immediately undone (React StrictMode in
    // development) never opens a socket it would have to abort.
    const connect = setTimeout(() => opened.connection.start(), 0);
    return () => {
      clearTimeout(connect);
      setSession(null);
      closeBoardSession(opened);
    };
  }, [boardId, token, readOnly]);
  return session;
}
