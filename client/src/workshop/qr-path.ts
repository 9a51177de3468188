/** Turns a QR module matrix into one SVG path: a 1×1 square per dark module, merged along rows. */
export function qrPath(size: number, isDark: (row: number, col: number) => boolean, margin: number): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && isDark(row, col)) col++;
      parts.push(`M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join('');
}
