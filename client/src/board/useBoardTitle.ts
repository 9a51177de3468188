import { useEffect, useState } from 'react';
import { metaOf, readBoardTitle } from '@mutopia/shared';
import { useRecentBoards } from '../stores/recentBoards';
import type { BoardSession } from './session';

/** The title in the document wins (it is live); REST and the local list are fallbacks. */
export function useBoardTitle(session: BoardSession | null, boardId: string, restTitle?: string): string {
  const remembered = useRecentBoards((s) => s.boards.find((b) => b.id === boardId)?.title);
  const [docTitle, setDocTitle] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!session) return;
    const read = () => setDocTitle(readBoardTitle(session.doc));
    read();
    const meta = metaOf(session.doc);
    meta.observe(read);
    return () => meta.unobserve(read);
  }, [session]);

  return docTitle || restTitle || remembered || '';
}
