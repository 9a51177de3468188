/**
 * `pnpm bench` runs every scenario at its default size and rewrites
 * docs/benchmarks.md; `pnpm bench s2 --clients 50,100` runs one scenario at
 * other sizes and updates only its own section.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { rerenderReport, writeReport } from './report/write.js';
import { c1 } from './scenarios/c1.js';
import { h1 } from './scenarios/h1.js';
import { profile } from './scenarios/profile.js';
import { s0 } from './scenarios/s0.js';
import { s1 } from './scenarios/s1.js';
import { s2 } from './scenarios/s2.js';
import { s3 } from './scenarios/s3.js';
import { s4 } from './scenarios/s4.js';
import { s5 } from './scenarios/s5.js';
import { s6 } from './scenarios/s6.js';
import { s7 } from './scenarios/s7.js';
import { s8 } from './scenarios/s8.js';
import type { Scenario, ScenarioOptions, Section } from './scenarios/types.js';
import { ALL_PEERS, type PeerKind } from './servers/types.js';
import { BENCH_SRC } from './util/paths.js';

export const SCENARIOS: Scenario[] = [s0, s1, s2, s3, s4, s5, s6, s7, s8, h1, c1, profile];
/**
 * Run only when named: the CPU profile is for analysis and would push a full run past 10 minutes;
 * S8 starts PostgreSQL and Redis and runs the S1 load twice.
 */
const ON_REQUEST = new Set(['profile', 's8']);

const USAGE = `Usage: pnpm bench [scenario ...] [options]
Scenarios: ${SCENARIOS.map((s) => s.id).join(', ')} (default: all but profile and s8, and docs/benchmarks.md is rewritten)
Options:
  --clients N,N,...    client counts (s0, s2; s6: participants; s7: people; profile: plenary size)
  --boards N,N,...     boards (s1, s8: number of boards; s3: ramp steps)
  --duration S         measured seconds per window (s1: Mutopia's window; s8: each configuration's; h1: per attack)
  --peer-duration S    s1: measured seconds for each peer
  --peers a,b          servers: ${ALL_PEERS.join(', ')}
  --notes N --updates N --storm N   s4/c1 board size and storm clients
  --no-report          print the sections instead of writing docs/
  --render             only rebuild docs/benchmarks.md from docs/bench/results.json (e.g. after editing bench/ANALYSIS.md)
  --help`;

const list = (value: string | undefined): number[] | undefined =>
  value === undefined ? undefined : value.split(',').map((v) => Number(v.trim()));
const num = (value: string | undefined): number | undefined => (value === undefined ? undefined : Number(value));

export async function runScenarios(
  scenarios: Scenario[],
  peers: PeerKind[],
  options: ScenarioOptions,
  log: (message: string) => void = (m) => console.log(m),
): Promise<Section[]> {
  const sections: Section[] = [];
  for (const scenario of scenarios) {
    const started = Date.now();
    log(`${scenario.title} …`);
    sections.push(await scenario.run({ peers, options, log }));
    log(`${scenario.title}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  return sections;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      clients: { type: 'string' },
      boards: { type: 'string' },
      duration: { type: 'string' },
      'peer-duration': { type: 'string' },
      peers: { type: 'string' },
      notes: { type: 'string' },
      updates: { type: 'string' },
      storm: { type: 'string' },
      'no-report': { type: 'boolean' },
      render: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const analysisFile = join(BENCH_SRC, '..', 'ANALYSIS.md');
  const analysis = existsSync(analysisFile) ? readFileSync(analysisFile, 'utf8') : undefined;
  if (values.render) {
    console.log(`wrote ${rerenderReport(analysis)}`);
    return;
  }
  const unknown = positionals.filter((p) => !SCENARIOS.some((s) => s.id === p.toLowerCase()));
  if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}\n${USAGE}`);
  const chosen = positionals.length
    ? SCENARIOS.filter((s) => positionals.some((p) => p.toLowerCase() === s.id))
    : SCENARIOS.filter((s) => !ON_REQUEST.has(s.id));
  const peers = (values.peers?.split(',') ?? [...ALL_PEERS]) as PeerKind[];
  for (const p of peers) if (!ALL_PEERS.includes(p)) throw new Error(`unknown peer ${p}\n${USAGE}`);
  const options: ScenarioOptions = {
    clients: list(values.clients),
    boards: list(values.boards),
    durationS: num(values.duration),
    peerDurationS: num(values['peer-duration']),
    notes: num(values.notes),
    updates: num(values.updates),
    storm: num(values.storm),
  };
  const started = Date.now();
  const sections = await runScenarios(chosen, peers, options);
  console.log(`all done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (values['no-report']) {
    for (const s of sections) console.log(`\n## ${s.title}\n\n${s.body}`);
    return;
  }
  const file = writeReport(sections, {
    full: positionals.length === 0,
    keep: [...ON_REQUEST],
    command: ['pnpm bench', ...process.argv.slice(2)].join(' '),
    analysis,
  });
  console.log(`wrote ${file}`);
  // Sockets of clients already closed can hold the loop open for a while; the work is done.
  process.exit(0);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
