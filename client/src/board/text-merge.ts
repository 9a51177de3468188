import { simpleDiffString } from 'lib0/diff';

/** Where a caret at `pos` ends up after the text changed by `diff`. */
export function shiftPosition(pos: number, diff: { index: number; remove: number; insert: string }): number {
  if (pos <= diff.index) return pos;
  if (pos >= diff.index + diff.remove) return pos - diff.remove + diff.insert.length;
  return diff.index + diff.insert.length;
}

/** Puts someone else's edit into a field being typed in, keeping the caret where the person was typing. */
export function mergeIntoField(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  if (field.value === text) return;
  const diff = simpleDiffString(field.value, text);
  const { selectionStart, selectionEnd } = field;
  field.value = text;
  if (selectionStart !== null && selectionEnd !== null) {
    field.setSelectionRange(shiftPosition(selectionStart, diff), shiftPosition(selectionEnd, diff));
  }
}
