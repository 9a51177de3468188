import { useTranslation } from 'react-i18next';
import { NOTE_COLORS, type NoteColor } from '@mutopia/shared';
import { useBoardUi } from '../stores/boardUi';
import { colorSelection } from './actions';
import type { BoardSession } from './session';
import { useNotes } from './useNotes';

/** The colour shared by the whole selection, or the colour for new notes when nothing is selected. */
function useActiveColor(session: BoardSession): NoteColor | null {
  const { byId } = useNotes(session);
  const selected = useBoardUi((s) => s.selected);
  const newNoteColor = useBoardUi((s) => s.newNoteColor);
  if (selected.size === 0) return newNoteColor;
  let shared: NoteColor | null = null;
  for (const id of selected) {
    const color = byId.get(id)?.color;
    if (!color) continue;
    if (shared && shared !== color) return null;
    shared = color;
  }
  return shared;
}

export function ColorPalette({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const active = useActiveColor(session);
  return (
    <div className="palette" role="group" aria-label={t('toolbar.colors')}>
      {NOTE_COLORS.map((color) => {
        const name = t(`colors.${color}`);
        return (
          <button
            key={color}
            type="button"
            className={`palette__swatch note--${color}`}
            aria-label={t('toolbar.colorOption', { color: name })}
            aria-pressed={active === color}
            title={name}
            data-testid={`color-${color}`}
            onClick={() => colorSelection(session, color)}
          />
        );
      })}
    </div>
  );
}
