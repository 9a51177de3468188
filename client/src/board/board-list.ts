import type { Note } from '@mutopia/shared';
import type { Group } from '@mutopia/shared/board/groups';
import { byReadingOrder } from '@mutopia/shared/votes/whole-board';

export interface ListSection {
  /** null: the notes outside every group. */
  group: Group | null;
  notes: Note[];
}

/**
 * The board as the list view reads it: notes outside any group first (new
 * notes land there), then each group with its notes, all in the order people
 * read the canvas (top to bottom, left to right). A note whose group is gone
 * counts as loose, as the canvas shows it.
 */
export function boardListSections(notes: Iterable<Note>, groups: readonly Group[]): ListSection[] {
  const byGroup = new Map<string, Note[]>(groups.map((g) => [g.id, []]));
  const loose: Note[] = [];
  for (const note of notes) {
    const members = note.groupId === undefined ? undefined : byGroup.get(note.groupId);
    (members ?? loose).push(note);
  }
  const sections: ListSection[] = [{ group: null, notes: loose.sort(byReadingOrder) }];
  for (const group of [...groups].sort(byReadingOrder)) {
    sections.push({ group, notes: byGroup.get(group.id)!.sort(byReadingOrder) });
  }
  return sections;
}
