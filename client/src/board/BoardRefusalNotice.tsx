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
    const onClose = (event: { code: number } | null) => {
      const next = boardRefusalOf(event?.code);
      if (next) setRefusal(next);
    };
    session.provider.on('connection-close', onClose);
    return () => session.provider.off('connection-close', onClose);
  }, [session]);
  if (!refusal) return null;
  return (
    <span className="board-refusal" role="alert" data-testid="board-refusal" data-refusal={refusal}>
      {t(`boardRefusal.${refusal}`)}
    </span>
  );
}
