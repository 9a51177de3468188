import { useEffect, type RefObject } from 'react';
import { useBoardUi } from '../stores/boardUi';
import {
  addNoteAtCenter,
  clearAll,
  deleteSelection,
  fitView,
  nudgeSelection,
  panView,
  redo,
  selectAll,
  undo,
  zoomIn,
  zoomOut,
} from './actions';
import { createGroupFromSelection } from './group-actions';
import { focusNearest } from './roving-actions';
import type { Direction } from './roving-focus';
import type { BoardSession } from './session';

const NUDGE = 10;
const NUDGE_FAST = 50;
const PAN = 60;
const PAN_FAST = 240;

const DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

const ARROWS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Typing in a field must never trigger board shortcuts. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Enter and space keep their native meaning on buttons and links. */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'BUTTON' || target.tagName === 'A');
}

/**
 * Board shortcuts belong to the board: they act while it is on screen and the
 * key was pressed on it (or with nothing focused), never while a hidden board
 * sits behind another tab or focus is on a panel, dialog or header beside it.
 */
function isForBoard(root: HTMLElement | null, target: EventTarget | null): boolean {
  // A board inside a hidden tab panel (display: none) has no boxes.
  if (!root || root.getClientRects().length === 0) return false;
  if (target === document.body || target === document.documentElement || target === document) return true;
  return target instanceof Node && root.contains(target);
}

function noteIdOf(target: EventTarget | null): string | null {
  return target instanceof HTMLElement
    ? (target.closest<HTMLElement>('[data-note-id]')?.dataset['noteId'] ?? null)
    : null;
}

/** `root` is the board's workspace: canvas, toolbar and the keyboard help. */
export function useKeyboardShortcuts(session: BoardSession, root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || isTypingTarget(e.target)) return;
      if (!isForBoard(root.current, e.target)) return;
      const ui = useBoardUi.getState();
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;

      if (mod && !e.altKey) {
        if (key === 'z') {
          e.preventDefault();
          if (e.shiftKey) redo(session);
          else undo(session);
        } else if (key === 'y') {
          e.preventDefault();
          redo(session);
        } else if (key === 'a') {
          e.preventDefault();
          selectAll(session);
        }
        // Other combinations (browser zoom, copy, reload …) stay the browser's.
        return;
      }
      const arrow = ARROWS[e.key];
      if (arrow && e.altKey && !e.shiftKey) {
        // Alt+arrow goes from note to note (the browser's Alt+Left "back" must not leave the board).
        e.preventDefault();
        focusNearest(session, DIRECTIONS[e.key]!, noteIdOf(e.target));
        return;
      }
      if (e.altKey) return;

      if (arrow) {
        e.preventDefault();
        if (ui.selected.size > 0) {
          const step = e.shiftKey ? NUDGE_FAST : NUDGE;
          nudgeSelection(session, arrow[0] * step, arrow[1] * step, e.repeat);
        } else {
          const step = e.shiftKey ? PAN_FAST : PAN;
          // Arrow keys move the view the way they would scroll a page.
          panView(-arrow[0] * step, -arrow[1] * step);
        }
        return;
      }

      switch (key) {
        case 'n':
          e.preventDefault();
          addNoteAtCenter(session);
          break;
        case 'g':
          e.preventDefault();
          createGroupFromSelection(session);
          break;
        case 'Delete':
        case 'Backspace':
          if (ui.selected.size > 0) {
            e.preventDefault();
            deleteSelection(session);
          }
          break;
        case 'Enter': {
          if (isActivatable(e.target)) return;
          const target = noteIdOf(e.target) ?? (ui.selected.size === 1 ? [...ui.selected][0] : undefined);
          if (target) {
            e.preventDefault();
            ui.startEditing(target);
          }
          break;
        }
        case 'Escape':
          if (ui.helpOpen) ui.setHelpOpen(false);
          else clearAll();
          break;
        case '+':
        case '=':
          e.preventDefault();
          zoomIn();
          break;
        case '-':
        case '_':
          e.preventDefault();
          zoomOut();
          break;
        case '0':
          e.preventDefault();
          fitView(session);
          break;
        case '?':
          e.preventDefault();
          ui.setHelpOpen(!ui.helpOpen);
          break;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session, root]);
}
