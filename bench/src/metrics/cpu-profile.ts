import { existsSync, readFileSync } from 'node:fs';
import { table } from '../report/markdown.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a script lives: a package under node_modules, the project's own code, or node itself. */
function owner(url: string): string {
  if (!url) return '(native / VM)';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node core';
  const own = /\/(server|shared)\/src\/(.*)$/.exec(url);
  return own ? `${own[1]}/src/${own[2]}` : url;
}

/**
 * Summarises a .cpuprofile: self time by function and by package or source
 * file, as shares of the time the thread was busy (idle excluded).
 */
export function summariseProfile(file: string, top = 12): string[] {
  if (!existsSync(file)) return ['(no profile was written)'];
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byNode = new Map<number, number>();
  profile.samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let total = 0;
  let idle = 0;
  for (const node of profile.nodes) {
    const micros = byNode.get(node.id) ?? 0;
    if (micros === 0) continue;
    total += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') {
      idle += micros;
      continue;
    }
    const where = owner(url);
    const key = `\`${functionName || '(anonymous)'}\` ${where}${url ? `:${lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    byOwner.set(where, (byOwner.get(where) ?? 0) + micros);
  }
  const busy = total - idle || 1;
  const share = (v: number): string => `${((v / busy) * 100).toFixed(1)} %`;
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `Main thread busy ${(busy / 1e6).toFixed(1)} s of ${(total / 1e6).toFixed(1)} s sampled; shares below are of the busy time.`,
    '',
    table(
      ['Function (self time)', 'Share of busy'],
      sorted(byFunction).map(([k, v]) => [k, share(v)]),
    ),
    '',
    table(
      ['Code (self time)', 'Share of busy'],
      sorted(byOwner).map(([k, v]) => [k, share(v)]),
    ),
  ];
}
