import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { percentilesOf, type Percentiles } from '../metrics/histogram.js';
import { kb, ms, table } from '../report/markdown.js';
import { barChart } from '../report/svg.js';
import type { PopulateReport } from '../generator/stored-board.js';
import { LOAD_CORE } from '../util/children.js';
import { CLIENT_DIST, REPO_ROOT } from '../util/paths.js';
import type { Scenario, Section } from './types.js';
import { withPeer } from './with-peer.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const GESTURE_MS = 5000;

interface C1Result {
  notes: number;
  drawnMs: number;
  renderedNotes: number;
  frames: Percentiles;
  droppedShare: number;
  /** CPU time of every Chromium process over the gesture, per frame drawn: unlike frame times, not stretched by other load on the machine. */
  cpuMsPerFrame: number;
  entryJs: Array<{ file: string; gzip: number }>;
  boardJs: Array<{ file: string; gzip: number }>;
}

/** Chromium behind a wrapper that pins it (and every process it starts) to the load core. */
async function launchPinned(): Promise<{ browser: Browser; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'mutopia-bench-chromium-'));
  const wrapper = join(dir, 'chromium');
  writeFileSync(wrapper, `#!/bin/sh\nexec taskset -c ${LOAD_CORE} ${CHROMIUM} "$@"\n`);
  chmodSync(wrapper, 0o755);
  const browser = await chromium.launch({
    executablePath: wrapper,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return { browser, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function gzipOf(relative: string): { file: string; gzip: number } {
  return { file: relative, gzip: gzipSync(readFileSync(join(CLIENT_DIST, relative)), { level: 9 }).byteLength };
}

/** The scripts index.html loads or preloads: what every visit downloads first. */
function entryScripts(): Array<{ file: string; gzip: number }> {
  const html = readFileSync(join(CLIENT_DIST, 'index.html'), 'utf8');
  const found = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="\/?([^"]+\.js)"/g)) found.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/?([^"]+\.js)"/g)) found.add(m[1]!);
  return [...found].map(gzipOf);
}

/** User and system CPU milliseconds of this process's Chromium descendants, from /proc (Linux). */
function chromiumCpuMs(): number {
  const parentOf = new Map<number, number>();
  const cpu = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      const pid = Number(entry);
      names.set(pid, stat.slice(stat.indexOf('(') + 1, close));
      parentOf.set(pid, Number(fields[1]));
      cpu.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process ended while we looked.
    }
  }
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  let ticks = 0;
  for (const [pid, used] of cpu) {
    if (!names.get(pid)?.includes('chrom')) continue;
    for (let p = parentOf.get(pid); p !== undefined && p > 1; p = parentOf.get(p)) {
      if (p === process.pid) {
        ticks += used;
        break;
      }
    }
  }
  return ticks / ticksPerMs;
}

/**
 * With C1_CPU_PROFILE=<path prefix>, the page's main thread is profiled and
 * written as <prefix>-load.cpuprofile and <prefix>-gesture.cpuprofile (open in Chrome's DevTools).
 */
async function startProfiler(page: Page): Promise<{ save: (name: string) => Promise<void> } | null> {
  const prefix = process.env.C1_CPU_PROFILE;
  if (!prefix) return null;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  return {
    save: async (name) => {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(`${prefix}-${name}.cpuprofile`, JSON.stringify(profile));
      await cdp.send('Profiler.start');
    },
  };
}

/**
 * With C1_TRACE=<file.json>, a Chromium trace of the gesture (open in DevTools' Performance panel or
 * ui.perfetto.dev): where frame time goes between script, style, layout, paint, raster and compositing.
 */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'cc', 'blink', 'viz', 'gpu'];

/** In the page: one synthetic wheel event per frame (pan, zoom in, pan, zoom out, pan) and every frame interval. */
function gestureInPage(durationMs: number): Promise<number[]> {
  const canvas = document.querySelector('[data-testid="board-canvas"]') as HTMLElement;
  const box = canvas.getBoundingClientRect();
  const cx = box.left + box.width / 2;
  const cy = box.top + box.height / 2;
  const intervals: number[] = [];
  return new Promise((resolve) => {
    const start = performance.now();
    let last = start;
    const frame = (now: number): void => {
      intervals.push(now - last);
      last = now;
      const t = now - start;
      if (t >= durationMs) {
        resolve(intervals.slice(1));
        return;
      }
      const phase = Math.floor((t / durationMs) * 5);
      const zoom = phase === 1 || phase === 3;
      const deltaY = zoom ? (phase === 1 ? -20 : 20) : phase === 2 ? 12 : 0;
      const deltaX = zoom ? 0 : phase === 2 ? 0 : phase === 0 ? 15 : -15;
      canvas.dispatchEvent(
        new WheelEvent('wheel', {
          deltaX,
          deltaY,
          ctrlKey: zoom,
          clientX: cx,
          clientY: cy,
          bubbles: true,
          cancelable: true,
        }),
      );
      requestAnimationFrame(frame);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(frame);
    });
  });
}

export const c1: Scenario = {
  id: 'c1',
  title: 'C1 client',
  async run({ options, log }): Promise<Section> {
    if (!existsSync(join(CLIENT_DIST, 'index.html'))) {
      return skipped(`no client build in client/dist (run \`pnpm build\` first)`);
    }
    if (!existsSync(CHROMIUM)) return skipped(`Chromium not found at ${CHROMIUM}`);
    const notes = options.notes ?? (options.smoke ? 50 : 2000);
    const result = await withPeer('mutopia', async (peer, generator): Promise<C1Result> => {
      const [boardId] = await peer.createBoards(1, 'c1');
      log(`  writing ${notes} notes`);
      const populate = await generator.call<PopulateReport>(
        'populate',
        { target: peer.target, boardId, notes, updates: notes, writers: 10, perWriterHz: 170 },
        300_000,
      );
      await generator.call('closePopulators', { graceful: true });
      const { browser, cleanup } = await launchPinned();
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        // tsx compiles functions with esbuild's keepNames, whose __name helper the page lacks.
        await page.addInitScript({ content: 'window.__name = (f) => f;' });
        const boardJs = new Set<string>();
        page.on('response', (response) => {
          const path = new URL(response.url()).pathname.replace(/^\//, '');
          if (path.endsWith('.js') && existsSync(join(CLIENT_DIST, path))) boardJs.add(path);
        });
        const profiler = await startProfiler(page);
        log('  loading the board in Chromium');
        await page.goto(`${peer.target.httpUrl}/b/${boardId}`, { waitUntil: 'commit' });
        await page
          // Far away, a big board's notes are one canvas rather than elements (client/src/board/FarCanvas.tsx).
          .locator(
            `[data-testid="board-canvas"][data-note-count="${populate.notes}"] :is([data-testid="note"], [data-testid="far-canvas"])`,
          )
          .first()
          .waitFor({ timeout: 180_000 });
        // Two frames later the notes are on screen; performance.now() counts from the navigation start.
        const drawnMs = await page.evaluate(
          () =>
            new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))),
        );
        const renderedNotes = await page.locator('[data-testid="note"]').count();
        await profiler?.save('load');
        log('  panning and zooming');
        const trace = process.env.C1_TRACE;
        if (trace) await browser.startTracing(page, { path: trace, categories: TRACE_CATEGORIES });
        const cpuBefore = chromiumCpuMs();
        const intervals = await page.evaluate(gestureInPage, options.smoke ? 1000 : GESTURE_MS);
        const cpuMsPerFrame = (chromiumCpuMs() - cpuBefore) / Math.max(1, intervals.length);
        if (trace) await browser.stopTracing();
        await profiler?.save('gesture');
        const frames = percentilesOf(intervals);
        return {
          notes: populate.notes,
          drawnMs,
          renderedNotes,
          frames,
          droppedShare: intervals.filter((i) => i > 1.5 * (1000 / 60)).length / Math.max(1, intervals.length),
          cpuMsPerFrame,
          entryJs: entryScripts(),
          boardJs: [...boardJs].map(gzipOf),
        };
      } finally {
        await browser.close();
        cleanup();
      }
    });
    const entry = result.entryJs.reduce((s, f) => s + f.gzip, 0);
    const board = result.boardJs.reduce((s, f) => s + f.gzip, 0);
    const chart = barChart(
      'C1: frame interval while panning and zooming a 2,000-note board',
      'ms',
      [
        { label: 'p50', values: [{ series: 'frame interval', value: result.frames.p50 }] },
        { label: 'p95', values: [{ series: 'frame interval', value: result.frames.p95 }] },
        { label: 'max', values: [{ series: 'frame interval', value: result.frames.max }] },
      ],
      1000 / 60,
    );
    const body = [
      `Mutopia serving the built client (${relative(REPO_ROOT, CLIENT_DIST)}) with a board of ${result.notes} notes in a 50-column grid; headless Chromium (software rendering, ${CHROMIUM}) pinned to the load core, 1280×800. *Drawn*: from navigation start until the canvas reports all ${result.notes} notes and two frames have passed with notes on screen. Then ${GESTURE_MS / 1000} s of continuous wheel input, one event per frame: pan, ctrl+wheel zoom in, pan, zoom out, pan; frame time = interval between animation frames (vsync-bound at 60 Hz: 16.7 ms is a frame on time). *Chromium CPU ms per frame*: user and system CPU of every Chromium process during the gesture, divided by the frames drawn; other load on the machine stretches frame times but hardly this.`,
      '',
      table(
        [
          'Navigation → board drawn ms',
          'Notes in the DOM',
          'Frames',
          'Frame p50 ms',
          'Frame p95 ms',
          'Frame max ms',
          'Frames over 25 ms',
          'Chromium CPU ms per frame',
        ],
        [
          [
            ms(result.drawnMs),
            `${result.renderedNotes}`,
            `${result.frames.count}`,
            ms(result.frames.p50),
            ms(result.frames.p95),
            ms(result.frames.max),
            `${(result.droppedShare * 100).toFixed(1)} %`,
            ms(result.cpuMsPerFrame),
          ],
        ],
      ),
      '',
      table(
        ['JavaScript', 'Files', 'KB gzip (-9)'],
        [
          ['Entry (index.html scripts and modulepreloads)', result.entryJs.map((f) => f.file).join(', '), kb(entry)],
          ['Everything the board page loaded', result.boardJs.map((f) => f.file).join(', '), kb(board)],
        ],
      ),
      '',
      '![C1 chart](bench/c1.svg)',
    ].join('\n');
    return {
      id: 'c1',
      title: 'C1 client',
      body,
      charts: [{ file: 'c1.svg', svg: chart }],
      targets: [
        {
          target: 'C1 p95 frame ≤ 16.7 ms',
          measured: `${ms(result.frames.p95)} ms`,
          // A frame on time at 60 Hz measures 16.7 ms ± vsync jitter.
          ok: result.frames.p95 <= 1000 / 60 + 1,
        },
        {
          target: 'C1 initial JS ≤ 200 KB gzip',
          measured: `${kb(board)} KB (board page; entry ${kb(entry)} KB)`,
          ok: board <= 200 * 1024,
        },
      ],
      data: result,
    };
  },
};

function skipped(reason: string): Section {
  return {
    id: 'c1',
    title: 'C1 client',
    body: `Not run: ${reason}.`,
    charts: [],
    targets: [],
    data: { skipped: reason },
  };
}
