import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHART_DIR, REPORT_FILE } from '../util/paths.js';
import { table, verdict } from './markdown.js';
import type { Section } from '../scenarios/types.js';
import { conditions } from './conditions.js';
import { targetLines, targetsTable, type TargetLine } from './targets.js';

const RESULTS_FILE = join(CHART_DIR, 'results.json');
const ORDER = ['s0', 's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 'h1', 'c1', 'profile'];

interface StoredSection extends Omit<Section, 'charts' | 'data'> {
  /** Its lines of the issue-13 targets table, worked out from the raw figures when it ran. */
  lines?: TargetLine[];
  ranAt: string;
  conditions: string[];
  command: string;
}

export interface Stored {
  sections: Record<string, StoredSection>;
}

function load(): Stored {
  if (!existsSync(RESULTS_FILE)) return { sections: {} };
  try {
    return JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Stored;
  } catch {
    return { sections: {} };
  }
}

/**
 * Writes the charts, merges the sections into docs/bench/results.json (a full
 * run replaces everything but `keep`; a single scenario only its own section) and
 * rewrites docs/benchmarks.md from it.
 */
export function writeReport(
  sections: Section[],
  options: { full: boolean; command: string; analysis?: string; keep?: string[] },
): string {
  mkdirSync(CHART_DIR, { recursive: true });
  // A full run replaces everything but the sections that only run on request (`keep`).
  const previous = load();
  const stored = options.full
    ? { sections: Object.fromEntries(Object.entries(previous.sections).filter(([id]) => options.keep?.includes(id))) }
    : previous;
  Object.assign(stored.sections, toStored(sections, options.command).sections);
  for (const section of sections) {
    for (const chart of section.charts) writeFileSync(join(CHART_DIR, chart.file), chart.svg);
  }
  writeFileSync(RESULTS_FILE, `${JSON.stringify(stored, null, 2)}\n`);
  writeFileSync(REPORT_FILE, renderReport(stored, conditions(), options.analysis));
  return REPORT_FILE;
}

/** Rebuilds docs/benchmarks.md from docs/bench/results.json without running anything. */
export function rerenderReport(analysis?: string): string {
  const stored = load();
  const first = Object.values(stored.sections)[0];
  writeFileSync(REPORT_FILE, renderReport(stored, first?.conditions ?? conditions(), analysis));
  return REPORT_FILE;
}

/** Sections as stored for the report, stamped with when and how they ran. */
export function toStored(sections: Section[], command: string): Stored {
  const ranAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const now = conditions();
  return {
    sections: Object.fromEntries(
      sections.map((s) => [
        s.id,
        {
          id: s.id,
          title: s.title,
          body: s.body,
          targets: s.targets,
          lines: targetLines(s),
          ranAt,
          conditions: now,
          command,
        },
      ]),
    ),
  };
}

/** docs/benchmarks.md from the stored sections. */
export function renderReport(stored: Stored, now: string[], analysis?: string): string {
  const ordered = ORDER.map((id) => stored.sections[id]).filter((s): s is StoredSection => s !== undefined);
  const dates = [...new Set(ordered.map((s) => s.ranAt))];
  return [
    '# Benchmarks',
    '',
    '<!-- Written by `pnpm bench` (bench/src/report/write.ts); edit the harness, not this file. -->',
    '',
    'Mutopia’s server beside the servers people would otherwise put behind a Yjs board — the reference y-websocket server (with and without LevelDB) and Hocuspocus with SQLite — on the same machine, with the same scenarios and the same load generator, measured side by side in one run. `pnpm bench` runs everything below; `pnpm bench s2 --clients 50,100` runs one scenario at other sizes (see `bench/README.md`).',
    '',
    '## Conditions',
    '',
    ...(ordered[0]?.conditions ?? now),
    `- Run${dates.length > 1 ? 's' : ''}: ${dates.join(', ')} (\`${[...new Set(ordered.map((s) => s.command))].join('`, `')}\`).`,
    '',
    '## Targets',
    '',
    targetsTable(ordered.flatMap((s) => s.lines ?? [])),
    '',
    '### Every check',
    '',
    table(
      ['Target', 'Measured (Mutopia)', 'Verdict'],
      ordered.flatMap((s) => s.targets.map((t) => [t.target, t.measured, verdict(t.ok)])),
    ),
    '',
    ...(analysis ? ['## Where the time goes', '', analysis.trim(), ''] : []),
    ...ordered.flatMap((s) => [`## ${s.title}`, '', `<sub>Run ${s.ranAt}</sub>`, '', s.body, '']),
  ].join('\n');
}
