import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ship } from '@mutopia/shared/board/ships';
import { useDefinition } from '../../workshop/useWorkshop';
import { stepProgress } from './fleet';
import { ShipCargo } from './ShipCargo';
import { ShipDrawing } from './ShipDrawing';
import { shipMeta } from './shipMeta';

/**
 * One ship of a fleet: the drawing with its title, question and progress.
 * With `onOpen` the whole tile opens the ship (one button over the tile, so
 * the tile's text stays plain text for screen readers); `full` shows the
 * whole card (projector, print).
 */
export function ShipTile({ ship, onOpen, full = false }: { ship: Ship; onOpen?: () => void; full?: boolean }) {
  const { t } = useTranslation();
  const definition = useDefinition();
  const { perspective, budget, color } = shipMeta(definition, ship);
  const title = ship.title.trim() || t('boardContent.ships.untitled');
  const progress = stepProgress(ship);
  return (
    <article className="ship-tile" data-testid="ship-tile" data-ship-id={ship.id}>
      <ShipDrawing
        title={<h3 className="ship__title-text">{title}</h3>}
        color={color}
        hull={[perspective?.name, budget?.label].filter(Boolean).join(' · ')}
      >
        {full ? (
          <ShipCargo ship={ship} />
        ) : (
          <>
            {ship.questionText && <p className="ship-tile__question">{ship.questionText}</p>}
            {progress.total > 0 && (
              <p className="ship-tile__progress">
                <span
                  className="ship-tile__bar"
                  style={{ '--progress': `${(100 * progress.done) / progress.total}%` } as CSSProperties}
                  aria-hidden="true"
                />
                {t('boardContent.ships.progress', progress)}
              </p>
            )}
          </>
        )}
      </ShipDrawing>
      {onOpen && (
        <button
          type="button"
          className="ship-tile__open"
          aria-label={t('boardContent.ships.edit', { title })}
          data-testid="ship-open"
          onClick={onOpen}
        />
      )}
    </article>
  );
}
