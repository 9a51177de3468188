import { useTranslation } from 'react-i18next';
import { useBoardMode, type BoardMode } from '../stores/boardMode';

/** "Leinwand" / "Liste": two buttons, the pressed one is the view shown. */
export function BoardModeToggle() {
  const { t } = useTranslation();
  const mode = useBoardMode((s) => s.mode);
  const option = (value: BoardMode) => (
    <button
      type="button"
      className="board-mode__option"
      aria-pressed={mode === value}
      data-testid={`board-mode-${value}`}
      onClick={() => useBoardMode.getState().setMode(value)}
    >
      {t(`boardList.toggle.${value}`)}
    </button>
  );
  return (
    <div className="board-mode__toggle" role="group" aria-label={t('boardList.toggle.label')}>
      {option('canvas')}
      {option('list')}
    </div>
  );
}
