import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardUi } from '../stores/boardUi';
import { CloseIcon } from '../ui/icons';

import './keyboard-help.css';
const SHORTCUTS = [
  'newNote',
  'edit',
  'stopEditing',
  'delete',
  'move',
  'moveFast',
  'selectMore',
  'selectRect',
  'selectAll',
  'undo',
  'redo',
  'pan',
  'zoom',
  'fit',
  'help',
] as const;

export function KeyboardHelp() {
  const { t } = useTranslation();
  const open = useBoardUi((s) => s.helpOpen);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeButton.current?.focus();
    return () => returnTo?.focus({ preventScroll: true });
  }, [open]);

  if (!open) return null;
  const close = () => useBoardUi.getState().setHelpOpen(false);
  return (
    <section
      id="keyboard-help"
      className="help-popover"
      role="dialog"
      aria-labelledby="keyboard-help-title"
      data-testid="keyboard-help"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <header className="help-popover__header">
        <h2 id="keyboard-help-title">{t('help.title')}</h2>
        <button
          ref={closeButton}
          type="button"
          className="icon-button"
          aria-label={t('help.close')}
          title={t('help.close')}
          onClick={close}
        >
          <CloseIcon size={18} />
        </button>
      </header>
      <dl className="help-popover__list">
        {SHORTCUTS.map((id) => (
          <div key={id} className="help-popover__row">
            <dt>
              <kbd>{t(`help.keys.${id}`)}</kbd>
            </dt>
            <dd>{t(`help.actions.${id}`)}</dd>
          </div>
        ))}
        <div className="help-popover__row">
          <dt>
            <kbd>{t('boardList.roveKey')}</kbd>
          </dt>
          <dd>{t('boardList.roveAction')}</dd>
        </div>
        <div className="help-popover__row">
          <dt>
            <kbd>{t('boardContent.groups.helpKey')}</kbd>
          </dt>
          <dd>{t('boardContent.groups.helpAction')}</dd>
        </div>
        <div className="help-popover__row">
          <dt>
            <kbd>{t('boardContent.groups.helpFrameKey')}</kbd>
          </dt>
          <dd>{t('boardContent.groups.helpFrameAction')}</dd>
        </div>
        <div className="help-popover__row">
          <dt>{t('boardList.listKey')}</dt>
          <dd>{t('boardList.listAction')}</dd>
        </div>
      </dl>
    </section>
  );
}
