/** A markdown table from a header row and data rows. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>): string => `| ${cells.map((c) => String(c)).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export const ms = (v: number): string => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–');
export const pct = (cores: number): string => `${(cores * 100).toFixed(0)} %`;
export const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
export const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
export const int = (v: number): string => Math.round(v).toLocaleString('en-US');

/** Met / missed marker for a target. */
export const verdict = (ok: boolean | undefined): string => (ok === undefined ? '–' : ok ? '✅ met' : '❌ missed');
