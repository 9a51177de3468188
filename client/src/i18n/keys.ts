/** Every leaf of a nested message tree as a dotted path, mapped to its text. */
export function flattenMessages(tree: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [leafPath, leaf] of flattenMessages(value as object, path)) out.set(leafPath, leaf);
    } else {
      out.set(path, value);
    }
  }
  return out;
}
