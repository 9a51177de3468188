import { describe, expect, it } from 'vitest';
import { runScenarios } from './cli.js';
import type { LatencyReport } from './generator/latency.js';
import { renderReport, toStored } from './report/write.js';
import type { LoadResult } from './scenarios/load-run.js';
import { s1 } from './scenarios/s1.js';
import { s5 } from './scenarios/s5.js';
import { s6 } from './scenarios/s6.js';
import type { SessionControlResult } from './generator/session-control.js';

/**
 * The harness at a tiny size against Mutopia only: it must produce the report's
 * structure and sane figures. Wall-clock targets are not asserted here: the
 * benchmark itself (`pnpm bench`) measures those.
 */
describe('bench harness (smoke)', () => {
  it('runs S1 and S5 at tiny size and renders the report', async () => {
    const sections = await runScenarios([s1, s5], ['mutopia'], { smoke: true }, () => {});
    const [conference, durability] = sections;

    const s1Runs = conference!.data as Array<{ kind: string; result?: LoadResult; error?: string }>;
    expect(s1Runs[0]?.error).toBeUndefined();
    const load = s1Runs[0]!.result!;
    const latency: LatencyReport = load.latency;
    expect(load.clients).toBe(2 * 3 + 2);
    expect(latency.allPeers.count).toBeGreaterThan(0);
    expect(latency.perPeer.count).toBeGreaterThanOrEqual(latency.allPeers.count);
    expect(latency.allPeers.p99).toBeGreaterThan(0);
    expect(latency.allPeers.p50).toBeLessThanOrEqual(latency.allPeers.p99);
    expect(load.serverCpu).toBeGreaterThan(0);
    expect(load.serverRssMb).toBeGreaterThan(10);
    expect(load.sentMsgsPerSec).toBeGreaterThan(0);
    expect(load.persistedPerSec).toBeGreaterThan(0);
    expect(load.closedClients).toBe(0);
    expect(Number.isFinite(load.loopDelayP99Ms)).toBe(true);

    const s5Runs = durability!.data as Array<{ kind: string; result?: { seen: number; lost: number } }>;
    expect(s5Runs[0]!.result!.seen).toBeGreaterThan(0);
    expect(s5Runs[0]!.result!.lost).toBe(0);

    for (const section of sections) {
      expect(section.body).toContain('| Server |');
      expect(section.charts[0]!.svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    }
    const markdown = renderReport(toStored(sections, 'smoke'), ['- conditions']);
    expect(markdown).toContain('## Targets');
    expect(markdown).toContain('## S1 conference');
    expect(markdown).toContain('## S5 durability');
    expect(markdown).toContain('S5 zero lost (Mutopia) | 0 of');
    // The issue-13 table: S1 and S5 carry Mutopia's figure, the lines not run say so.
    const targetRow = (label: string) => markdown.split('\n').find((line) => line.startsWith(`| ${label} |`)) ?? '';
    expect(targetRow('S1 conference')).toMatch(/\| ms \| \d+(\.\d+)? \|/);
    expect(targetRow('S5 durability (guard)')).toContain('| lost | 0.00 |');
    expect(targetRow('S5 durability (guard)')).toContain('✅ met');
    expect(targetRow('S4 (b) cold load, 20,000-update log')).toContain('not run');
  });

  it('runs S6 at tiny size: every participant gets every round change and summon', async () => {
    const [section] = await runScenarios([s6], ['mutopia'], { smoke: true }, () => {});
    const result = section!.data as SessionControlResult;
    expect(result.participants).toBe(10);
    expect(result.roundMs).toHaveLength(2);
    expect(result.summonMs).toHaveLength(2);
    expect(result.perParticipantRoundMs).toHaveLength(20);
    expect(result.roundMs.every((v) => v > 0)).toBe(true);
    expect(section!.body).toContain('| Command |');
    expect(section!.targets.map((t) => t.target)).toHaveLength(2);
  });
});
