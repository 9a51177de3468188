import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { boardRefusalOf, type BoardRefusal } from './board-refusal';
import type { BoardSession } from './session';
import './board-refusal.css';

/** Says why the server closed this board for good (board full, text too long …); nothing otherwise. */
export function BoardRefusalNotice({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<BoardRefusal | null>(null);
  useEffect(() => {
    const onClose = (event: { code: number; reason?: string } | null) => {
      const next = boardRefusalOf(event?.code, event?.reason);
      if (next) setRefusal(next);
    };
    // A crowded board may let us in on a later try; the other refusals stand until a reload.
    const onStatus = ({ status }: { status: string }) => {
      if (status === 'connected') setRefusal((current) => (current === 'boardCrowded' ? null : current));
    };
    session.provider.on('connection-close', onClose);
    session.provider.on('status', onStatus);
    return () => {
      session.provider.off('connection-close', onClose);
      session.provider.off('status', onStatus);
    };
  }, [session]);
  if (!refusal) return null;
  return (
    <span className="board-refusal" role="alert" data-testid="board-refusal" data-refusal={refusal}>
      {t(`boardRefusal.${refusal}`)}
    </span>
  );
}
