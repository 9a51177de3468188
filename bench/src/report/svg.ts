/** Small hand-built SVG charts for docs/bench/*.svg (no chart library, no scripts). */

const COLORS = ['#2f6fdd', '#e8a33d', '#3aa675', '#c9455c', '#7a5bd1', '#555555'];
const WIDTH = 640;
const HEIGHT = 320;
const MARGIN = { top: 36, right: 16, bottom: 64, left: 64 };

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (v: number): string =>
  Number.isInteger(v) || Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);

/** A round axis maximum: 1, 2 or 5 times a power of ten at or above `max`. */
function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

function frame(title: string, yLabel: string, yMax: number, body: string): string {
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const y = MARGIN.top + plotH * (1 - f);
    return (
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y}" y2="${y}" stroke="#ddd"/>` +
      `<text x="${MARGIN.left - 6}" y="${y + 4}" text-anchor="end">${fmt(yMax * f)}</text>`
    );
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="11">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${WIDTH / 2}" y="20" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>`,
    ...ticks,
    `<text transform="translate(14 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${esc(yLabel)}</text>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}

export interface BarGroup {
  label: string;
  values: Array<{ series: string; value: number }>;
}

/** Grouped bars: one group per category, one bar per series. */
export function barChart(title: string, yLabel: string, groups: BarGroup[], threshold?: number): string {
  const series = [...new Set(groups.flatMap((g) => g.values.map((v) => v.series)))];
  const max = niceMax(Math.max(threshold ?? 0, ...groups.flatMap((g) => g.values.map((v) => v.value))));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const groupW = plotW / Math.max(1, groups.length);
  const barW = (groupW * 0.8) / Math.max(1, series.length);
  const parts: string[] = [];
  groups.forEach((group, g) => {
    const x0 = MARGIN.left + g * groupW + groupW * 0.1;
    for (const v of group.values) {
      const s = series.indexOf(v.series);
      const h = (Math.max(0, v.value) / max) * plotH;
      const x = x0 + s * barW;
      const y = MARGIN.top + plotH - h;
      parts.push(`<rect x="${x}" y="${y}" width="${barW - 2}" height="${h}" fill="${COLORS[s % COLORS.length]}"/>`);
      parts.push(
        `<text x="${x + barW / 2 - 1}" y="${y - 3}" text-anchor="middle" font-size="9">${fmt(v.value)}</text>`,
      );
    }
    parts.push(
      `<text x="${x0 + groupW * 0.4}" y="${HEIGHT - MARGIN.bottom + 14}" text-anchor="middle">${esc(group.label)}</text>`,
    );
  });
  if (threshold !== undefined) parts.push(thresholdLine(threshold, max));
  parts.push(legend(series));
  return frame(title, yLabel, max, parts.join('\n'));
}

export interface LineSeries {
  name: string;
  points: Array<{ x: number; y: number }>;
}

/** Lines over a numeric x axis (log scale when `logX`), with an optional horizontal target line. */
export function lineChart(
  title: string,
  xLabel: string,
  yLabel: string,
  series: LineSeries[],
  options: { threshold?: number; logX?: boolean; yMax?: number } = {},
): string {
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const ys = series.flatMap((s) => s.points.map((p) => p.y));
  const max = niceMax(options.yMax ?? Math.max(options.threshold ?? 0, ...ys));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const tx = (v: number): number => (options.logX ? Math.log10(Math.max(v, 1e-9)) : v);
  const xMin = Math.min(...xs.map(tx));
  const xMax = Math.max(...xs.map(tx));
  const px = (x: number): number =>
    MARGIN.left + (xMax === xMin ? plotW / 2 : ((tx(x) - xMin) / (xMax - xMin)) * plotW);
  const py = (y: number): number => MARGIN.top + plotH - (Math.min(y, max) / max) * plotH;
  const parts: string[] = [];
  for (const x of [...new Set(xs)].sort((a, b) => a - b)) {
    parts.push(`<text x="${px(x)}" y="${HEIGHT - MARGIN.bottom + 14}" text-anchor="middle">${fmt(x)}</text>`);
  }
  parts.push(
    `<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - MARGIN.bottom + 30}" text-anchor="middle">${esc(xLabel)}</text>`,
  );
  series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    const pts = s.points.map((p) => `${px(p.x)},${py(p.y)}`).join(' ');
    parts.push(`<polyline points="${pts}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const p of s.points) parts.push(`<circle cx="${px(p.x)}" cy="${py(p.y)}" r="3" fill="${color}"/>`);
  });
  if (options.threshold !== undefined) parts.push(thresholdLine(options.threshold, max));
  parts.push(legend(series.map((s) => s.name)));
  return frame(title, yLabel, max, parts.join('\n'));
}

function thresholdLine(value: number, max: number): string {
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = MARGIN.top + plotH - (value / max) * plotH;
  return (
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${y}" y2="${y}" stroke="#c00" stroke-dasharray="5 4"/>` +
    `<text x="${WIDTH - MARGIN.right}" y="${y - 4}" text-anchor="end" fill="#c00">target ${fmt(value)}</text>`
  );
}

function legend(names: string[]): string {
  const y = HEIGHT - 18;
  let x = MARGIN.left;
  return names
    .map((name, i) => {
      const item = `<rect x="${x}" y="${y - 9}" width="10" height="10" fill="${COLORS[i % COLORS.length]}"/><text x="${x + 14}" y="${y}">${esc(name)}</text>`;
      x += 24 + name.length * 6;
      return item;
    })
    .join('');
}
