import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { simpleDiffString } from 'lib0/diff';
import { LIMITS, setNoteText } from '@mutopia/shared';
import { useBoardUi } from '../stores/boardUi';
import { useBoardSession } from './session';

/** Where a caret at `pos` ends up after the text changed by `diff`. */
function shiftPosition(pos: number, diff: { index: number; remove: number; insert: string }): number {
  if (pos <= diff.index) return pos;
  if (pos >= diff.index + diff.remove) return pos - diff.remove + diff.insert.length;
  return diff.index + diff.insert.length;
}

/**
 * In-place editor. The textarea is uncontrolled: local typing is written to
 * the document as a diff, and remote edits are merged into the field while
 * keeping the caret where the person was typing.
 */
export function NoteEditor({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const ref = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    const field = ref.current;
    if (!field || field.value === text) return;
    const diff = simpleDiffString(field.value, text);
    const { selectionStart, selectionEnd } = field;
    field.value = text;
    field.setSelectionRange(shiftPosition(selectionStart, diff), shiftPosition(selectionEnd, diff));
  }, [text]);

  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.focus({ preventScroll: true });
    field.setSelectionRange(field.value.length, field.value.length);
  }, []);

  const finish = (refocusNote: boolean) => {
    const ui = useBoardUi.getState();
    if (ui.editingId === id) ui.stopEditing();
    if (refocusNote) ref.current?.closest<HTMLElement>('[data-note-id]')?.focus({ preventScroll: true });
  };

  return (
    <textarea
      ref={ref}
      className="note__editor"
      defaultValue={text}
      maxLength={LIMITS.noteTextMaxLength}
      aria-label={t('note.editLabel')}
      data-testid="note-editor"
      spellCheck
      onInput={(e) => setNoteText(session.doc, id, e.currentTarget.value, session.origin)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          finish(true);
        }
      }}
      onBlur={() => finish(false)}
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}
