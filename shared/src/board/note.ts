import { z } from 'zod';
import { LIMITS } from '../limits.js';

export const NOTE_COLORS = ['yellow', 'orange', 'pink', 'green', 'blue', 'purple', 'grey'] as const;
export const noteColorSchema = z.enum(NOTE_COLORS);
export type NoteColor = z.infer<typeof noteColorSchema>;

export const DEFAULT_NOTE_SIZE = 180;

const coordinate = z.number().finite().min(-LIMITS.boardExtent).max(LIMITS.boardExtent);
const size = z.number().finite().min(LIMITS.noteMinSize).max(LIMITS.noteMaxSize);

/** A sticky note as the views see it: a plain snapshot of its Yjs map. */
export const noteSchema = z.object({
  id: z.string().min(1).max(64),
  x: coordinate,
  y: coordinate,
  w: size,
  h: size,
  color: noteColorSchema,
  text: z.string().max(LIMITS.noteTextMaxLength),
  z: z.number().finite(),
  createdAt: z.number().int().nonnegative(),
  /** The group (named cluster) the note belongs to, if any: see groups.ts. */
  groupId: z.string().min(1).max(64).optional(),
  /** The workshop team that wrote the note (its id only: the name and colour are looked up when shown, so renames follow). */
  teamId: z.string().min(1).max(64).optional(),
});
export type Note = z.infer<typeof noteSchema>;

export const newNoteSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().optional(),
  h: z.number().finite().optional(),
  color: noteColorSchema.optional(),
  text: z.string().max(LIMITS.noteTextMaxLength).optional(),
  teamId: z.string().min(1).max(64).optional(),
});
export type NewNote = z.infer<typeof newNoteSchema>;

/** Positions and sizes in a patch may be out of range: the writer clamps them. */
export const notePatchSchema = z
  .object({
    x: z.number().finite(),
    y: z.number().finite(),
    w: z.number().finite(),
    h: z.number().finite(),
    color: noteColorSchema,
    z: z.number().finite(),
  })
  .partial();
export type NotePatch = z.infer<typeof notePatchSchema>;

export function clampCoordinate(value: number): number {
  return Math.min(LIMITS.boardExtent, Math.max(-LIMITS.boardExtent, value));
}

export function clampSize(value: number): number {
  return Math.min(LIMITS.noteMaxSize, Math.max(LIMITS.noteMinSize, value));
}
