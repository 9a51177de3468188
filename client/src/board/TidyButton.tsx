import { useTranslation } from 'react-i18next';
import { useBoardUi } from '../stores/boardUi';
import type { BoardSession } from './session';
import { tidy } from './tidy-actions';
import { useGroups } from './useGroups';

/** A 2×2 grid: what "Aufräumen" makes of a pile. */
function TidyIcon() {
  return (
    <svg
      width={20}
      height={20}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="3" y="3" width="7.5" height="7.5" rx="1" />
      <rect x="13.5" y="3" width="7.5" height="7.5" rx="1" />
      <rect x="3" y="13.5" width="7.5" height="7.5" rx="1" />
      <rect x="13.5" y="13.5" width="7.5" height="7.5" rx="1" />
    </svg>
  );
}

/** "Aufräumen": the active group if one is active, else the whole board (tidy-actions). */
export function TidyButton({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const activeId = useBoardUi((s) => s.activeGroupId);
  const groups = useGroups(session);
  const active = activeId ? groups.byId.get(activeId) : undefined;
  const label = active
    ? t('boardLayout.tidyGroup', { title: active.title.trim() || t('boardContent.groups.untitled') })
    : t('boardLayout.tidyBoard');
  return (
    <button
      type="button"
      className="toolbar__button"
      aria-label={label}
      title={label}
      data-testid="tidy"
      data-scope={active ? 'group' : 'board'}
      onClick={() => tidy(session)}
    >
      <TidyIcon />
      <span className="toolbar__text">{t('boardLayout.tidy')}</span>
    </button>
  );
}
