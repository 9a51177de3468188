import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createShip } from '@mutopia/shared/board/ships';
import type { Station } from '@mutopia/shared/workshop/definition';
import type { BoardSession } from '../../board/session';
import { useNotes } from '../../board/useNotes';
import { useBoardUi } from '../../stores/boardUi';
import { useWorkshop } from '../../workshop/useWorkshop';
import { useSideDoc } from '../useSideDoc';
import { shipFromNote } from '@mutopia/shared/board/ship-from-note';
import { ShipDialog } from './ShipDialog';
import { ShipTile } from './ShipTile';
import { useQuestionChoices, useStationQuestion } from './useQuestionChoices';
import { useHarbourBoardId, useShips } from './useShips';

/**
 * The ships launched from an [M]Utopie station, beside its notes. They sail
 * in the harbour's document, so the harbour shows them the moment they are built.
 */
export function StationShips({
  station,
  session,
  readOnly,
}: {
  station: Station;
  session: BoardSession;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const { token } = useWorkshop();
  const harbourBoardId = useHarbourBoardId();
  const side = useSideDoc(harbourBoardId, token, readOnly);
  const ships = useShips(side?.doc);
  const questions = useQuestionChoices();
  const question = useStationQuestion(station);
  const [openId, setOpenId] = useState<string | null>(null);
  const [full, setFull] = useState(false);
  const headingId = useId();
  const note = useSelectedNoteText(session);

  const mine = (ships ?? []).filter((s) => s.originStationId === station.id);
  const openShip = mine.find((s) => s.id === openId);
  const build = (from: { title: string; approach: string }) => {
    if (!side) return;
    const id = createShip(
      side.doc,
      {
        ...from,
        originStationId: station.id,
        perspectiveId: station.perspectiveId ?? '',
        budgetTierId: station.budgetTierId ?? '',
        questionId: station.questionId ?? '',
        questionText: question,
      },
      side.origin,
    );
    setFull(id === null);
    setOpenId(id);
  };

  let body;
  if (!harbourBoardId) body = <p className="content-panel__hint">{t('boardContent.ships.noHarbour')}</p>;
  else if (!side || !ships) body = <p className="content-panel__hint">{t('boardContent.ships.loading')}</p>;
  else
    body = (
      <>
        {mine.length === 0 ? (
          <p className="content-panel__hint">{t('boardContent.ships.none')}</p>
        ) : (
          <ul className="station-ships__list">
            {mine.map((ship) => (
              <li key={ship.id}>
                <ShipTile ship={ship} onOpen={readOnly ? undefined : setOpenId} variant={readOnly ? 'full' : 'row'} />
              </li>
            ))}
          </ul>
        )}
        {!readOnly && (
          <div className="station-ships__actions">
            <button
              type="button"
              className="button button--primary button--small"
              data-testid="ship-build"
              onClick={() => build({ title: '', approach: '' })}
            >
              {t('boardContent.ships.build')}
            </button>
            {note && (
              <button
                type="button"
                className="button button--secondary button--small"
                data-testid="ship-build-from-note"
                onClick={() => build(shipFromNote(note))}
              >
                {t('boardContent.ships.buildFromNote')}
              </button>
            )}
          </div>
        )}
        {full && (
          <p className="form-error" role="alert">
            {t('boardContent.ships.harbourFull')}
          </p>
        )}
      </>
    );

  return (
    <section
      className={readOnly ? 'content-panel station-ships content-panel--large' : 'content-panel station-ships'}
      aria-labelledby={headingId}
      data-testid="station-ships"
    >
      <h2 className="content-panel__title" id={headingId}>
        {t('boardContent.ships.title')}
      </h2>
      {body}
      {side && openShip && (
        <ShipDialog
          doc={side.doc}
          origin={side.origin}
          ship={openShip}
          editable={!readOnly}
          questions={questions}
          onClose={() => setOpenId(null)}
        />
      )}
    </section>
  );
}

/** The text of the one note selected on the station's board, if exactly one with text is. */
function useSelectedNoteText(session: BoardSession): string | null {
  const selected = useBoardUi((s) => s.selected);
  const notes = useNotes(session);
  if (selected.size !== 1) return null;
  const [id] = selected;
  const text = notes.byId.get(id!)?.text.trim();
  return text ? text : null;
}
