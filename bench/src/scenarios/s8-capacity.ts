import type { FleetResult } from './s8.js';

const f1 = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');
const f2 = (v: number) => (Number.isFinite(v) ? v.toFixed(2) : '–');
const int = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-US') : '–');

/**
 * The capacity model on paper, worked out from this run's figures: per edit, what a node, Redis
 * and PostgreSQL cost, and how each grows with the number of nodes that host the same board.
 */
export function capacityModel(results: FleetResult[]): string {
  const one = results.find((r) => r.nodes === 1);
  const two = results.find((r) => r.nodes === 2);
  if (!one || !two) return '';
  const sum = (r: FleetResult) => r.nodeCpu.reduce((a, b) => a + b, 0);
  const perKiloEdit = (cores: number, r: FleetResult) => (cores / r.editsPerSec) * 1000;
  const node1 = perKiloEdit(sum(one), one);
  const node2 = perKiloEdit(sum(two), two);
  const relay = node2 / node1 - 1;
  const people = one.clients;
  const peoplePerCore = people / sum(one);
  const redisIn = two.redisInBytesPerSec / two.editsPerSec;
  const redisOut = two.redisOutBytesPerSec / two.editsPerSec;
  const redisKilo = perKiloEdit(two.redisCpu, two);
  const walPerEdit = two.pgWalBytesPerSec / two.editsPerSec;
  const pgKilo = perKiloEdit(two.postgresCpu, two);
  // With the board on N nodes, each node's flush is published once and delivered to N−1 nodes.
  const redisEditsPerCore = (n: number) => ((1000 / redisKilo) * (redisIn + redisOut)) / (redisIn + redisOut * (n - 1));
  const nodesRow = (n: number) => {
    const totalPerKilo = node1 * (1 + relay * (n - 1));
    const editsPerSec = (0.7 * n * 1000) / totalPerKilo;
    // Board affinity: each board's people on one node, no relay; the nodes add up.
    const affinity = (0.7 * n * 1000) / node1;
    return `| ${n} | ${int(editsPerSec)} | ${int((editsPerSec / one.editsPerSec) * people)} | ${int(affinity)} | ${int((affinity / one.editsPerSec) * people)} | ${int(redisEditsPerCore(n))} | ${int(one.pgCommitsPerSec * n)} | ${f1((editsPerSec * walPerEdit) / 1024 / 1024)} |`;
  };
  return [
    '### Capacity model (on paper, from this run)',
    '',
    `Per 1,000 edits/s of the S1 mix (edits, drags; cursors and presence ride along): one node used ${f2(node1)} cores; two nodes together ${f2(node2)} cores, so relaying costs ${f1(relay * 100)} % more node CPU when every board is on both nodes. One node at 0.7 of a core carries about ${int(0.7 * peoplePerCore)} people of this mix (S1: ${people} people used ${f2(sum(one))} cores).`,
    '',
    `Redis, per edit with two nodes: ${f1(redisIn)} bytes in, ${f1(redisOut)} bytes out (pub/sub relay of each node's merged flush and presence, socket.io adapter streams, rate-limit scripts); ${f2(redisKilo)} cores per 1,000 edits/s. Each flush is published once and delivered to every other node that hosts the board, so outgoing bytes grow with N−1. Redis runs commands on one thread: about one core is its ceiling.`,
    '',
    `PostgreSQL: ${int(two.pgCommitsPerSec)} commits/s with two nodes (${int(one.pgCommitsPerSec)} with one, at ${int(one.editsPerSec)} edits/s). A node flushes its update log once per event-loop turn that has edits (one multi-row insert), so a node's commits/s are bounded by its turns with edits, not by people: at most N times one node's, and fewer rows per edit as the load grows. WAL: ${int(walPerEdit)} bytes per edit; ${f2(pgKilo)} cores per 1,000 edits/s. The bench cluster runs with fsync off (as the tests do): a real one pays an fsync per commit group.`,
    '',
    '| nodes N | edits/s, every board on all N nodes (0.7 core per node) | people of the S1 mix | edits/s, each board on one node | people | edits/s one Redis core relays (boards on all N) | PG commits/s (at most) | WAL MiB/s (boards on all N) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...[1, 2, 4, 8].map(nodesRow),
    '',
    "- Where it ends: the nodes scale out until Redis (one thread) or PostgreSQL give out. Redis first, when every board is spread over many nodes (fan-out bytes grow with N−1 per edit). PostgreSQL first, when synchronous commits cost an fsync each: a few thousand commit groups a second on an SSD; the update log's one multi-row insert per node per turn keeps commits proportional to nodes.",
    "- A load balancer that keeps a board's people on one node (board affinity) takes the relay out of the node and Redis costs: the N−1 factor becomes 0 for boards that live on one node, and only presence and session events cross.",
    '- Not measured here: several machines (this one has 2 cores, both nodes, Redis and PostgreSQL share core 0), network latency between nodes and the database, PostgreSQL with fsync on.',
  ].join('\n');
}
