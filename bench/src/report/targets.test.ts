import { describe, expect, it } from 'vitest';
import { targetLines, targetsTable } from './targets.js';

const load = (clients: number, p99: number) => ({ clients, latency: { allPeers: { p99 } } });

describe('issue-13 targets table', () => {
  it('judges S1 against 30 ms and every peer, and gives the ratio to the best peer', () => {
    const lines = targetLines({
      id: 's1',
      targets: [],
      data: [
        { kind: 'mutopia', result: load(150, 20) },
        { kind: 'y-websocket', result: load(150, 40) },
        { kind: 'hocuspocus', result: load(150, 25) },
      ],
    });
    expect(lines).toEqual([{ key: 's1', mutopia: 20, peers: { 'y-websocket': 40, hocuspocus: 25 }, ok: true }]);
    const row = targetsTable(lines)
      .split('\n')
      .find((l) => l.startsWith('| S1 conference'))!;
    expect(row).toContain('| 20.0 | 40.0 | – | 25.0 | 1.25× | ✅ met |');

    const slower = targetLines({
      id: 's1',
      targets: [],
      data: [
        { kind: 'mutopia', result: load(150, 28) },
        { kind: 'hocuspocus', result: load(150, 26) },
      ],
    });
    expect(slower[0]!.ok).toBe(false);
  });

  it('needs 800 boards and twice the best peer for S3, and no more heap per idle board than the peers', () => {
    const stats = (heapUsed: number) => ({ heapUsed });
    const run = (kind: string, p99s: number[], heapPerBoardKb: number) => ({
      kind,
      result: {
        ramp: { steps: p99s.map((p99, i) => load([200, 400, 800][i]! * 6, p99)) },
        memory: { baseline: stats(0), idleBoards: stats(heapPerBoardKb * 1024 * 50), boardsForMemory: 50 },
      },
    });
    const lines = targetLines({
      id: 's3',
      targets: [],
      data: [run('mutopia', [20, 40, 80], 18), run('y-websocket', [30, 120], 20), run('hocuspocus', [50, 90, 130], 28)],
    });
    expect(lines[0]).toMatchObject({
      key: 's3',
      mutopia: 800,
      peers: { 'y-websocket': 200, hocuspocus: 400 },
      ok: true,
    });
    expect(lines[1]).toMatchObject({ key: 's3mem', mutopia: 18, ok: true });

    const peerAtTop = targetLines({
      id: 's3',
      targets: [],
      data: [run('mutopia', [20, 40, 80], 30), run('hocuspocus', [20, 40, 80], 28)],
    });
    expect(peerAtTop[0]).toMatchObject({ ok: undefined, note: expect.stringContaining('largest step') });
    expect(peerAtTop[1]).toMatchObject({ ok: false });
  });

  it('lists every line of the issue, those without figures as not run', () => {
    const lines = targetLines({
      id: 'h1',
      targets: [],
      data: { baseline: { p99: 10 }, attacks: [{ health: { p99: 15 } }, { health: { p99: 31 } }] },
    });
    expect(lines).toEqual([{ key: 'h1', mutopia: 3.1, peers: {}, ok: false }]);
    const rows = targetsTable(lines)
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Line') && !l.startsWith('| ---'));
    expect(rows.map((r) => r.split(' | ')[0])).toEqual([
      '| S1 conference',
      '| S2 one board',
      '| S3 density',
      '| S3 memory per idle board',
      '| S4 (b) cold load, 20,000-update log',
      '| S4 (a) cold load, compacted',
      '| C1 2,000 notes, panning and zooming',
      '| C1 initial JS',
      '| S7 plenary (250 people, cursors on)',
      '| S5 durability (guard)',
      '| S6 session control (guard)',
      '| H1 hostile input',
    ]);
    expect(rows.filter((r) => r.includes('not run'))).toHaveLength(11);
    expect(rows.at(-1)).toContain('| 3.10 |');
    expect(rows.at(-1)).toContain('❌ missed');
  });
});
