import type { SessionControlResult } from '../generator/session-control.js';
import { percentilesOf } from '../metrics/histogram.js';
import { int, ms, table } from '../report/markdown.js';
import { barChart } from '../report/svg.js';
import type { Scenario } from './types.js';
import { withPeer } from './with-peer.js';

const TARGET_MS = 200;

/** S6: how fast the facilitator's round change and summon reach every participant (Mutopia only: the peers have no session). */
export const s6: Scenario = {
  id: 's6',
  title: 'S6 session control',
  async run({ options, log }) {
    const participants = options.clients?.[0] ?? (options.smoke ? 10 : 250);
    const repeats = options.smoke ? 2 : 10;
    const result = await withPeer('mutopia', (peer, generator) =>
      generator.call<SessionControlResult>('sessionControl', {
        httpUrl: peer.target.httpUrl,
        participants,
        teams: 30,
        repeats,
      }),
    );
    const round = percentilesOf(result.roundMs);
    const summon = percentilesOf(result.summonMs);
    const each = percentilesOf(result.perParticipantRoundMs);
    log(`  round: last participant p50 ${ms(round.p50)} ms, max ${ms(round.max)} ms; summon max ${ms(summon.max)} ms`);
    const chart = barChart(
      `S6: command to the last of ${participants} participants`,
      'ms',
      [
        {
          label: 'next round',
          values: [
            { series: 'median', value: round.p50 },
            { series: 'worst', value: round.max },
          ],
        },
        {
          label: 'summon',
          values: [
            { series: 'median', value: summon.p50 },
            { series: 'worst', value: summon.max },
          ],
        },
      ],
      TARGET_MS,
    );
    const body = [
      `${int(participants)} participants in 30 teams of a Weiterbildungskonferenz workshop, each on its own socket.io connection, plus the facilitator, all in the load generator (one clock). The facilitator advances or goes back a rotation round, then summons everyone to the plenary and lifts it again, ${repeats} times. A participant *has* the change when the state it received puts it, by \`locate()\` as in the browser, somewhere new. Figures: time from sending the command to the **last** participant having it; the per-participant row counts every participant of every repeat.`,
      '',
      table(
        [
          'Command',
          'Repeats',
          'Last participant p50 ms',
          'Last participant worst ms',
          'Per participant p50 ms',
          'Per participant p99 ms',
        ],
        [
          ['next/previous round', repeats, ms(round.p50), ms(round.max), ms(each.p50), ms(each.p99)],
          ['summon everyone', repeats, ms(summon.p50), ms(summon.max), '', ''],
        ],
      ),
      '',
      `Generator CPU for the whole run: ${int(result.generatorCpuMs)} ms.`,
      '',
      '![S6 chart](bench/s6.svg)',
    ].join('\n');
    return {
      id: 's6',
      title: 'S6 session control',
      body,
      charts: [{ file: 's6.svg', svg: chart }],
      targets: [
        {
          target: `S6 round change reaches all ${participants} participants ≤ ${TARGET_MS} ms`,
          measured: `worst ${ms(round.max)} ms (median ${ms(round.p50)} ms)`,
          ok: round.max <= TARGET_MS,
        },
        {
          target: `S6 summon reaches all ${participants} participants ≤ ${TARGET_MS} ms`,
          measured: `worst ${ms(summon.max)} ms (median ${ms(summon.p50)} ms)`,
          ok: summon.max <= TARGET_MS,
        },
      ],
      data: result,
    };
  },
};
