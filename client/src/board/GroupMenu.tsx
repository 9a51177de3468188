import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useBoardUi } from '../stores/boardUi';
import { assignSelectionToGroup } from './group-actions';
import type { BoardSession } from './session';
import { useGroups } from './useGroups';
import { useNotes } from './useNotes';

/**
 * "To group …": the keyboard way to put the selected notes into a group (or
 * take them out). A menu button; the menu is portalled out of the toolbar,
 * which scrolls and would clip it.
 */
export function GroupMenu({ session }: { session: BoardSession }) {
  const { t } = useTranslation();
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<{ left: number; bottom: number } | null>(null);
  const selected = useBoardUi((s) => s.selected);
  const groups = useGroups(session);
  const { byId } = useNotes(session);

  // The group every selected note is in ('' = none), or null when they differ.
  let current: string | null = null;
  let first = true;
  for (const id of selected) {
    const groupId = byId.get(id)?.groupId;
    const live = groupId && groups.byId.has(groupId) ? groupId : '';
    if (first) current = live;
    else if (current !== live) current = null;
    first = false;
  }

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  useLayoutEffect(() => {
    if (!open || !button.current) return;
    const box = button.current.getBoundingClientRect();
    setPosition({
      left: Math.max(8, Math.min(box.left, window.innerWidth - 288)),
      bottom: window.innerHeight - box.top + 8,
    });
  }, [open]);

  useEffect(() => {
    if (!open || !position) return;
    const items = menu.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]');
    const checked = menu.current?.querySelector<HTMLElement>('[aria-checked="true"]');
    (checked ?? items?.[0])?.focus();
  }, [open, position]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  // The selection went away (deleted, Escape): nothing left to assign.
  useEffect(() => {
    if (selected.size === 0) setOpen(false);
  }, [selected]);

  const choose = (groupId: string | null) => {
    assignSelectionToGroup(session, groupId);
    close(true);
  };

  const onMenuKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => items[(i + items.length) % items.length]?.focus();
    // Handled here, so the board's shortcuts (arrows move notes) stay out of it.
    if (e.key === 'ArrowDown') focus(index + 1);
    else if (e.key === 'ArrowUp') focus(index - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(items.length - 1);
    else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const item = (groupId: string | null, label: string, key: string) => (
    <button
      key={key}
      type="button"
      role="menuitemradio"
      aria-checked={current === (groupId ?? '')}
      className="group-menu__item"
      tabIndex={-1}
      data-testid={groupId ? 'group-menu-item' : 'group-menu-none'}
      onClick={() => choose(groupId)}
    >
      {label}
    </button>
  );

  return (
    <>
      <button
        ref={button}
        type="button"
        className="toolbar__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        // Named by its visible text (WCAG 2.5.3); the title adds what it does, as the description.
        title={t('boardContent.groups.assignLabel')}
        disabled={selected.size === 0}
        data-testid="group-menu"
        onClick={() => setOpen(!open)}
      >
        <span className="toolbar__text">{t('boardContent.groups.assign')}</span>
      </button>
      {open &&
        position &&
        createPortal(
          <div
            ref={menu}
            id={menuId}
            role="menu"
            aria-label={t('boardContent.groups.assignLabel')}
            className="group-menu"
            style={{ left: position.left, bottom: position.bottom }}
            data-testid="group-menu-list"
            onKeyDown={onMenuKeyDown}
          >
            {groups.list.length === 0 && <p className="group-menu__empty">{t('boardContent.groups.noGroups')}</p>}
            {[...groups.list]
              .sort((a, b) => a.title.localeCompare(b.title))
              .map((g) => item(g.id, g.title.trim() || t('boardContent.groups.untitled'), g.id))}
            {item(null, t('boardContent.groups.noGroup'), '')}
          </div>,
          document.body,
        )}
    </>
  );
}
