import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_LIMITS } from '@mutopia/shared/board/content-limits';
import { setGroupTitle } from '@mutopia/shared/board/groups';
import { useBoardUi } from '../stores/boardUi';
import { useBoardSession } from './session';
import { mergeIntoField } from './text-merge';

/**
 * The frame's title while it is renamed. Uncontrolled like the note editor:
 * typing is written as a diff, a rename by someone else is merged in.
 */
export function GroupTitleEditor({ id, title }: { id: string; title: string }) {
  const { t } = useTranslation();
  const session = useBoardSession();
  const ref = useRef<HTMLInputElement>(null);

  useLayoutEffect(() => {
    if (ref.current) mergeIntoField(ref.current, title);
  }, [title]);

  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    field.focus({ preventScroll: true });
    field.select();
  }, []);

  const finish = (refocus: boolean) => {
    const ui = useBoardUi.getState();
    if (ui.renamingGroupId === id) ui.stopRenaming();
    if (refocus) {
      // The head becomes focusable again once the editor is gone.
      requestAnimationFrame(() =>
        document
          .querySelector<HTMLElement>(`[data-group-id="${id}"] [data-testid="group-head"]`)
          ?.focus({ preventScroll: true }),
      );
    }
  };

  return (
    <input
      ref={ref}
      className="group-frame__editor"
      defaultValue={title}
      maxLength={CONTENT_LIMITS.shortText}
      aria-label={t('boardContent.groups.titleLabel')}
      placeholder={t('boardContent.groups.titlePlaceholder')}
      data-testid="group-title-editor"
      onInput={(e) => setGroupTitle(session.doc, id, e.currentTarget.value, session.origin)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' || e.key === 'Enter') {
          e.preventDefault();
          e.stopPropagation();
          finish(true);
        }
      }}
      onBlur={() => finish(false)}
      onPointerDown={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
    />
  );
}
