import { memo, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ship } from '@mutopia/shared/board/ships';
import { useDefinition } from '../../workshop/useWorkshop';
import { stepProgress } from './fleet';
import { ShipCargo } from './ShipCargo';
import { ShipDrawing, ShipIcon } from './ShipDrawing';
import { shipMeta } from './shipMeta';

import './ships.css';
function Progress({ ship }: { ship: Ship }) {
  const { t } = useTranslation();
  const progress = stepProgress(ship);
  if (progress.total === 0) return null;
  return (
    <p className="ship-tile__progress">
      <span
        className="ship-tile__bar"
        style={{ '--progress': `${(100 * progress.done) / progress.total}%` } as CSSProperties}
        aria-hidden="true"
      />
      {t('boardContent.ships.progress', progress)}
    </p>
  );
}

/**
 * One ship of a fleet. With `onOpen` the whole tile opens the ship (one
 * button over the tile, so its text stays plain text for screen readers).
 * `tile`: the drawing with question and progress (the harbour); `full`: the
 * drawing with the whole card (print); `present`: the approach instead of the
 * question, for a projector that shows the fleet grouped by question; `row`:
 * a small line beside the notes of a station.
 */
export const ShipTile = memo(function ShipTile({
  ship,
  onOpen,
  variant = 'tile',
}: {
  ship: Ship;
  /** Stable (a state setter), so that tiles of unchanged ships skip rendering. */
  onOpen?: ((shipId: string) => void) | undefined;
  variant?: 'tile' | 'present' | 'full' | 'row';
}) {
  const { t } = useTranslation();
  const definition = useDefinition();
  const { perspective, budget, color } = shipMeta(definition, ship);
  const title = ship.title.trim() || t('boardContent.ships.untitled');
  const open = onOpen && (
    <button
      type="button"
      className="ship-tile__open"
      aria-label={t('boardContent.ships.edit', { title })}
      data-testid="ship-open"
      onClick={() => onOpen(ship.id)}
    />
  );
  if (variant === 'row') {
    return (
      <article className="ship-row" data-testid="ship-tile" data-ship-id={ship.id}>
        <ShipIcon color={color} />
        <div className="ship-row__text">
          <h3 className="ship-row__title">{title}</h3>
          <Progress ship={ship} />
        </div>
        {open}
      </article>
    );
  }
  return (
    <article className="ship-tile" data-testid="ship-tile" data-ship-id={ship.id}>
      <ShipDrawing
        title={<h3 className="ship__title-text">{title}</h3>}
        color={color}
        hull={[perspective?.name, budget?.label].filter(Boolean).join(' · ')}
      >
        {variant === 'full' ? (
          <ShipCargo ship={ship} />
        ) : variant === 'present' ? (
          <>
            {ship.approach && <p className="ship-tile__approach">{ship.approach}</p>}
            <Progress ship={ship} />
          </>
        ) : (
          <>
            {ship.questionText && <p className="ship-tile__question">{ship.questionText}</p>}
            <Progress ship={ship} />
          </>
        )}
      </ShipDrawing>
      {open}
    </article>
  );
});
