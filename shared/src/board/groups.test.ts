import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createNote, readNotes } from './board-doc.js';
import { CONTENT_LIMITS } from './content-limits.js';
import {
  createGroup,
  deleteGroup,
  GROUP_MAX_SIZE,
  GROUP_MIN_SIZE,
  groupMembers,
  groupsOf,
  readGroups,
  setGroupTitle,
  setNotesGroup,
  updateGroup,
} from './groups.js';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('groups', () => {
  it('creates frames below each other with defaults and clamped sizes', () => {
    const doc = new Y.Doc();
    const first = createGroup(doc, { title: 'Wohnen', x: 10, y: 20 })!;
    const second = createGroup(doc, { title: 'Arbeit', x: 0, y: 0, w: 5, h: 99_999, color: 'blue' })!;
    const groups = readGroups(doc);
    // Newer frames lie below older ones, so readGroups (bottom first) lists the newer first.
    expect(groups.map((g) => g.id)).toEqual([second, first]);
    expect(groups[1]).toMatchObject({ title: 'Wohnen', x: 10, y: 20, w: 600, h: 420, color: 'grey' });
    expect(groups[0]).toMatchObject({ w: GROUP_MIN_SIZE, h: GROUP_MAX_SIZE, color: 'blue' });
    expect(groups.every((g) => g.z < 0)).toBe(true);
  });

  it('moves, resizes and renames a frame', () => {
    const doc = new Y.Doc();
    const id = createGroup(doc, { title: 'Alt', x: 0, y: 0 })!;
    updateGroup(doc, id, { x: 50, y: -40, w: 900, h: 1 });
    setGroupTitle(doc, id, 'Neu');
    expect(readGroups(doc)[0]).toMatchObject({ title: 'Neu', x: 50, y: -40, w: 900, h: GROUP_MIN_SIZE });
  });

  it('cuts titles at the limit and refuses more than the allowed number of groups', () => {
    const doc = new Y.Doc();
    const id = createGroup(doc, { title: 'x'.repeat(CONTENT_LIMITS.shortText + 10), x: 0, y: 0 })!;
    expect(readGroups(doc)[0]!.title).toHaveLength(CONTENT_LIMITS.shortText);
    setGroupTitle(doc, id, 'y'.repeat(CONTENT_LIMITS.shortText * 2));
    expect(readGroups(doc)[0]!.title).toHaveLength(CONTENT_LIMITS.shortText);
    for (let i = 1; i < CONTENT_LIMITS.groups; i++) expect(createGroup(doc, { title: '', x: 0, y: 0 })).not.toBeNull();
    expect(createGroup(doc, { title: 'zu viel', x: 0, y: 0 })).toBeNull();
    expect(readGroups(doc)).toHaveLength(CONTENT_LIMITS.groups);
  });

  it('puts notes into a group, takes them out, and ignores unknown groups', () => {
    const doc = new Y.Doc();
    const group = createGroup(doc, { title: 'G', x: 0, y: 0 })!;
    const a = createNote(doc, { x: 0, y: 0, text: 'A' });
    const b = createNote(doc, { x: 0, y: 0, text: 'B' });
    setNotesGroup(doc, [a, b], group);
    expect(groupMembers(doc).get(group)).toEqual(['A', 'B']);
    setNotesGroup(doc, [a], 'no-such-group');
    expect(readNotes(doc).find((n) => n.id === a)?.groupId).toBe(group);
    setNotesGroup(doc, [a], null);
    expect(readNotes(doc).find((n) => n.id === a)?.groupId).toBeUndefined();
    expect(groupMembers(doc).get(group)).toEqual(['B']);
  });

  it('deleting a group keeps its notes, ungrouped', () => {
    const doc = new Y.Doc();
    const group = createGroup(doc, { title: 'G', x: 0, y: 0 })!;
    const note = createNote(doc, { x: 0, y: 0, text: 'bleibt' });
    setNotesGroup(doc, [note], group);
    deleteGroup(doc, group);
    expect(readGroups(doc)).toEqual([]);
    expect(readNotes(doc)).toMatchObject([{ text: 'bleibt' }]);
    expect(readNotes(doc)[0]!.groupId).toBeUndefined();
    expect(groupMembers(doc).size).toBe(0);
  });

  it('merges concurrent renames and moves from two people', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = createGroup(a, { title: 'Ideen', x: 0, y: 0 })!;
    sync(a, b);
    setGroupTitle(a, id, 'Gute Ideen');
    setGroupTitle(b, id, 'Ideen!');
    updateGroup(b, id, { x: 300 });
    sync(a, b);
    expect(readGroups(a)).toEqual(readGroups(b));
    expect(readGroups(a)[0]).toMatchObject({ title: 'Gute Ideen!', x: 300 });
  });

  it('a note dropped into a group that someone else deleted at the same time is not counted as a member', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const group = createGroup(a, { title: 'G', x: 0, y: 0 })!;
    const note = createNote(a, { x: 0, y: 0, text: 'N' });
    sync(a, b);
    deleteGroup(a, group);
    setNotesGroup(b, [note], group);
    sync(a, b);
    expect(readGroups(b)).toEqual([]);
    expect(groupMembers(a).size).toBe(0);
    expect(groupMembers(b).size).toBe(0);
  });

  it('skips malformed groups instead of failing', () => {
    const doc = new Y.Doc();
    createGroup(doc, { title: 'gut', x: 0, y: 0 });
    const broken = new Y.Map<unknown>();
    broken.set('x', 'links');
    groupsOf(doc).set('broken', broken);
    (groupsOf(doc) as Y.Map<unknown>).set('plain', 42);
    expect(readGroups(doc).map((g) => g.title)).toEqual(['gut']);
  });
});
