import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { deleteShip, type Ship } from '@mutopia/shared/board/ships';
import { CloseIcon, TrashIcon } from '../../ui/icons';
import { useDefinition } from '../../workshop/useWorkshop';
import type { QuestionChoice } from './fleet';
import { printOnly } from './print';
import { ShipCargo } from './ShipCargo';
import { ShipDrawing } from './ShipDrawing';
import { ShipEditor } from './ShipEditor';
import { shipMeta } from './shipMeta';

import './ship-dialog.css';
/**
 * One ship opened in a modal dialog: the editor for those on board, its card
 * for those who only look. The native dialog keeps focus inside and closes on Escape.
 */
export function ShipDialog({
  doc,
  origin,
  ship,
  editable,
  questions,
  onClose,
}: {
  doc: Y.Doc;
  origin: object;
  ship: Ship;
  editable: boolean;
  questions: readonly QuestionChoice[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const definition = useDefinition();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { perspective, budget, color } = shipMeta(definition, ship);
  const title = ship.title.trim() || t('boardContent.ships.untitled');

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="ship-dialog"
      aria-labelledby={titleId}
      data-testid="ship-dialog"
      data-ship-id={ship.id}
      onClose={onClose}
    >
      <div className="ship-dialog__bar no-print">
        <button type="button" className="button button--secondary button--small" onClick={() => printOnly('ship')}>
          {t('boardContent.ships.print')}
        </button>
        {editable && (
          <button
            type="button"
            className="button button--secondary button--small ship-dialog__delete"
            data-testid="ship-delete"
            onClick={() => {
              if (window.confirm(t('boardContent.ships.confirmDelete', { title }))) {
                deleteShip(doc, ship.id, origin);
                onClose();
              }
            }}
          >
            <TrashIcon size={16} />
            {t('boardContent.ships.delete')}
          </button>
        )}
        <button
          type="button"
          className="icon-button ship-dialog__close"
          aria-label={t('boardContent.ships.close')}
          title={t('boardContent.ships.close')}
          data-testid="ship-dialog-close"
          onClick={() => ref.current?.close()}
        >
          <CloseIcon size={20} />
        </button>
      </div>
      <ShipDrawing
        className="ship--open"
        title={<h2 className="ship__title-text">{title}</h2>}
        titleId={titleId}
        color={color}
        hull={[perspective?.name, budget?.label].filter(Boolean).join(' · ')}
      >
        {editable ? (
          <>
            <div className="no-print">
              <ShipEditor doc={doc} origin={origin} ship={ship} questions={questions} />
            </div>
            <div className="print-only">
              <ShipCargo ship={ship} />
            </div>
          </>
        ) : (
          <ShipCargo ship={ship} />
        )}
      </ShipDrawing>
    </dialog>
  );
}
