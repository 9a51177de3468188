import { useLayoutEffect, useRef } from 'react';
import { simpleDiffString } from 'lib0/diff';

/** Where a caret at `pos` ends up after the text changed by `diff`. */
function shiftPosition(pos: number, diff: { index: number; remove: number; insert: string }): number {
  if (pos <= diff.index) return pos;
  if (pos >= diff.index + diff.remove) return pos - diff.remove + diff.insert.length;
  return diff.index + diff.insert.length;
}

interface CollabTextProps {
  /** The text in the document now. */
  value: string;
  /** Writes the field's whole text; the document keeps only the changed span (replaceText). */
  onChange: (next: string) => void;
  id?: string;
  multiline?: boolean;
  maxLength: number;
  className?: string;
  placeholder?: string;
  rows?: number;
  testId?: string;
  /** Only where the person just asked to start writing (never on page load). */
  autoFocus?: boolean;
  'aria-label'?: string;
  'aria-describedby'?: string;
}

/**
 * A text field over a Y.Text that several people may type into at once. The
 * field is uncontrolled: typing goes to the document as a diff, and words
 * others type arrive without moving the caret away from where one is writing
 * (the same approach as the note editor).
 */
export function CollabText({ value, onChange, multiline = false, testId, ...rest }: CollabTextProps) {
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const field = ref.current;
    if (!field || field.value === value) return;
    const focused = document.activeElement === field;
    const diff = simpleDiffString(field.value, value);
    const { selectionStart, selectionEnd } = field;
    field.value = value;
    if (focused && selectionStart !== null && selectionEnd !== null)
      field.setSelectionRange(shiftPosition(selectionStart, diff), shiftPosition(selectionEnd, diff));
  }, [value]);
  const common = {
    ...rest,
    ref,
    defaultValue: value,
    'data-testid': testId,
    onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => onChange(e.currentTarget.value),
  };
  return multiline ? <textarea {...common} /> : <input type="text" {...common} />;
}
