import { create } from 'zustand';
import type { NoteColor } from '@mutopia/shared';

const EMPTY: ReadonlySet<string> = new Set();

interface BoardUiState {
  selected: ReadonlySet<string>;
  editingId: string | null;
  helpOpen: boolean;
  /** Colour for the next note; the palette sets it when nothing is selected too. */
  newNoteColor: NoteColor;
  /** The group frame last clicked or focused (its controls show); independent of the note selection. */
  activeGroupId: string | null;
  renamingGroupId: string | null;
  /** The frame a dragged note would join if dropped now. */
  dropTargetId: string | null;
  select: (ids: Iterable<string>) => void;
  toggle: (id: string) => void;
  clearSelection: () => void;
  startEditing: (id: string) => void;
  stopEditing: () => void;
  setHelpOpen: (open: boolean) => void;
  setNewNoteColor: (color: NoteColor) => void;
  activateGroup: (id: string | null) => void;
  startRenaming: (id: string) => void;
  stopRenaming: () => void;
  setDropTarget: (id: string | null) => void;
  /** Forgets frames that no longer exist. */
  pruneGroups: (exists: (id: string) => boolean) => void;
  /** Drops ids of notes that no longer exist (deleted here or by someone else). */
  prune: (exists: (id: string) => boolean) => void;
  reset: () => void;
}

/** Selection and editing state of the open board: per person, never in the document. */
export const useBoardUi = create<BoardUiState>()((set) => ({
  selected: EMPTY,
  editingId: null,
  helpOpen: false,
  newNoteColor: 'yellow',
  activeGroupId: null,
  renamingGroupId: null,
  dropTargetId: null,
  select: (ids) => set({ selected: new Set(ids) }),
  toggle: (id) =>
    set(({ selected }) => {
      const next = new Set(selected);
      if (!next.delete(id)) next.add(id);
      return { selected: next };
    }),
  clearSelection: () => set({ selected: EMPTY }),
  startEditing: (id) => set({ editingId: id, selected: new Set([id]) }),
  stopEditing: () => set({ editingId: null }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setNewNoteColor: (newNoteColor) => set({ newNoteColor }),
  activateGroup: (activeGroupId) => set({ activeGroupId }),
  startRenaming: (id) => set({ renamingGroupId: id, activeGroupId: id, editingId: null }),
  stopRenaming: () => set({ renamingGroupId: null }),
  setDropTarget: (dropTargetId) => set((s) => (s.dropTargetId === dropTargetId ? {} : { dropTargetId })),
  pruneGroups: (exists) =>
    set(({ activeGroupId, renamingGroupId, dropTargetId }) => {
      const keep = (id: string | null) => (id !== null && exists(id) ? id : null);
      const next = {
        activeGroupId: keep(activeGroupId),
        renamingGroupId: keep(renamingGroupId),
        dropTargetId: keep(dropTargetId),
      };
      return next.activeGroupId === activeGroupId &&
        next.renamingGroupId === renamingGroupId &&
        next.dropTargetId === dropTargetId
        ? {}
        : next;
    }),
  prune: (exists) =>
    set(({ selected, editingId }) => {
      const kept = [...selected].filter(exists);
      const editing = editingId !== null && exists(editingId) ? editingId : null;
      if (kept.length === selected.size && editing === editingId) return {};
      return { selected: new Set(kept), editingId: editing };
    }),
  reset: () =>
    set({
      selected: EMPTY,
      editingId: null,
      helpOpen: false,
      activeGroupId: null,
      renamingGroupId: null,
      dropTargetId: null,
    }),
}));
