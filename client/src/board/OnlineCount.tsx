import { useTranslation } from 'react-i18next';
import { UsersIcon } from '../ui/icons';
import { usePresenceCount } from './usePresenceCount';

export function OnlineCount({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const count = usePresenceCount(boardId);
  if (count === null) return null;
  return (
    <span
      className="pill pill--online"
      data-testid="online-count"
      data-count={count}
      title={t('board.onlineLabel', { count })}
    >
      <UsersIcon size={16} />
      <span className="pill__number">{count}</span> <span className="pill__suffix">{t('board.onlineWord')}</span>
    </span>
  );
}
