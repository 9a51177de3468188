import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, setNoteText } from '@mutopia/shared';
import { useBoardUi } from '../stores/boardUi';
import { useBoardSession } from './session';
import { mergeIntoField } from './text-merge';

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
    if (ref.current) mergeIntoField(ref.current, text);
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
