import { describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { initialSessionState, locate, workshopViewSchema, type WorkshopView } from '@mutopia/shared';
import { de } from '../src/i18n/de.js';
import { browserSuite, note, waitOnline } from './browser-harness.js';

const suite = browserSuite();

interface StoredAccess {
  state: {
    workshops: Record<
      string,
      { participant: { token: string; participantId: string; teamId: string | null } | null; facilitator: unknown }
    >;
  };
}

/** Controls only facilitators have; none of them may appear on a participant's screen. */
const FACILITATOR_CONTROLS = [
  'agenda',
  'phase-next',
  'phase-previous',
  'round-next',
  'round-previous',
  'timer-pause',
  'timer-start',
  'timer-add-5',
  'summon-send',
  'broadcast-send',
  'console-tab-projectors',
  'stations-overview',
];

describe('a facilitated workshop', () => {
  it('is created from a template, joined on a phone, rotated, and shown on a projector', async () => {
    // The facilitator creates a Weiterbildungskonferenz on the landing page.
    const facilitator = await suite.newPage({ viewport: { width: 1280, height: 800 } });
    await facilitator.goto(`${suite.server.httpUrl}/`);
    await facilitator.getByTestId('template-weiterbildungskonferenz').click();
    await facilitator.getByTestId('workshop-title').fill('Weiterbildungskonferenz im Test');
    await facilitator.getByTestId('workshop-team-count').fill('6');
    await facilitator.getByTestId('create-workshop-submit').click();
    await facilitator.waitForURL(/\/w\/[A-Za-z0-9]{12}\/facilitate$/);
    const workshopId = /\/w\/([A-Za-z0-9]{12})\//.exec(facilitator.url())![1]!;

    // The links are shown once; the facilitator link carries its key in the fragment only.
    await facilitator.getByTestId('created-links').waitFor();
    const facilitatorLink = await facilitator.getByTestId('facilitator-link').inputValue();
    expect(new URL(facilitatorLink).hash).toMatch(/^#key=[A-Za-z0-9_-]{32,}$/);
    expect(new URL(facilitatorLink).pathname).toBe(`/w/${workshopId}/facilitate`);
    const joinLink = await facilitator.getByTestId('join-link').inputValue();
    expect(joinLink).toMatch(/\/j\/[A-HJKMNP-Z2-9]{6}$/);
    await facilitator.getByTestId('created-links-close').click();
    await expect(facilitator.getByTestId('console-title').textContent()).resolves.toBe(
      'Weiterbildungskonferenz im Test',
    );

    // A participant joins on a phone through the join link and waits for the start.
    const participant = await suite.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await participant.goto(joinLink);
    await expect(participant.getByTestId('join-title').textContent()).resolves.toBe('Weiterbildungskonferenz im Test');
    await participant.getByTestId('join-name').fill('Alex');
    await participant.getByTestId('join-submit').click();
    await participant.waitForURL(new RegExp(`/w/${workshopId}$`));
    await participant.getByTestId('waiting-screen').waitFor();
    await facilitator.getByTestId('console-online').filter({ hasText: '1/1' }).waitFor();

    // Participants see no facilitator controls, and the console refuses them.
    for (const testId of FACILITATOR_CONTROLS) {
      expect(await participant.getByTestId(testId).count(), testId).toBe(0);
    }
    const snooping = await participant.context().newPage();
    await snooping.goto(`${suite.server.httpUrl}/w/${workshopId}/facilitate`);
    await snooping.getByTestId('facilitator-no-access').waitFor();
    expect(await snooping.getByTestId('agenda').count()).toBe(0);
    await snooping.close();

    // What the participant's browser holds, and the workshop as the server has it.
    const stored = JSON.parse(
      ((await participant.evaluate('localStorage.getItem("mutopia-workshops")')) as string | null) ?? '{}',
    ) as StoredAccess;
    const access = stored.state.workshops[workshopId]?.participant;
    expect(access?.teamId).toMatch(/^team-\d+$/);
    const response = await fetch(`${suite.server.httpUrl}/api/workshops/${workshopId}`, {
      headers: { authorization: `Bearer ${access!.token}` },
    });
    const view: WorkshopView = workshopViewSchema.parse(await response.json());
    const phaseIndex = view.definition.phases.findIndex((p) => p.id === 'solution-rooms');
    expect(phaseIndex).toBeGreaterThan(0);

    // The facilitator starts the solution rooms from the agenda (a second click confirms) and moves to round 2.
    await facilitator.getByTestId(`phase-goto-${phaseIndex}`).click();
    await facilitator.getByTestId(`phase-goto-${phaseIndex}`).click();
    await facilitator.getByTestId('round-label').filter({ hasText: 'Runde 1 von 5' }).waitFor();
    await facilitator.getByTestId('round-next').click();
    await facilitator.getByTestId('round-label').filter({ hasText: 'Runde 2 von 5' }).waitFor();

    // The participant's page follows to the board locate() gives for their team in round 2.
    const where = locate(
      view.definition,
      { ...initialSessionState(), phaseIndex, round: 1 },
      { id: access!.participantId, teamId: access!.teamId },
    );
    expect(where.kind).toBe('station');
    const station = view.definition.stations.find((s) => where.kind === 'station' && s.id === where.stationId)!;
    expect(station.kind).toBe('solutionRoom');
    const stationName = participant.getByTestId('station-name');
    await stationName.filter({ hasText: station.name }).waitFor();
    await expect(stationName.textContent()).resolves.toBe(station.name);
    await expect(participant.getByTestId('board-view').getAttribute('data-board-id')).resolves.toBe(
      view.boards[station.id],
    );
    await participant
      .getByTestId('move-notice')
      .filter({ hasText: `Weiter zu: ${station.name}` })
      .waitFor();
    await participant.getByTestId('participant-round').filter({ hasText: 'Runde 2 von 5' }).waitFor();

    // The countdown runs on the participant's phone.
    const timer = participant.getByTestId('timer');
    await expect(timer.getAttribute('data-state')).resolves.toBe('running');
    const before = Number(await timer.getAttribute('data-remaining-ms'));
    expect(before).toBeGreaterThan(10 * 60_000);
    expect(before).toBeLessThanOrEqual(12 * 60_000);
    await participant.waitForTimeout(1200);
    expect(Number(await timer.getAttribute('data-remaining-ms'))).toBeLessThan(before);
    await expect(timer.textContent()).resolves.toMatch(/^1[01]:\d\d$/);

    // A phone opens a solution room on the team's persona and question (issue 11); the notes are the other tab.
    await expect.poll(() => participant.getByTestId('board-tab-aside').getAttribute('aria-selected')).toBe('true');
    await participant.getByTestId('board-tab-canvas').click();

    // The board is the team's to write on.
    await waitOnline(participant);
    await participant.getByTestId('add-note').click();
    await participant.getByTestId('note-editor').fill('Sprachkurs im Betrieb');
    await participant.keyboard.press('Escape');
    await note(participant, 'Sprachkurs im Betrieb').waitFor();
    for (const testId of FACILITATOR_CONTROLS) {
      expect(await participant.getByTestId(testId).count(), testId).toBe(0);
    }

    // A projector link, opened on a big screen: the current phase with the join QR code and the timer.
    await facilitator.getByTestId('console-tab-projectors').click();
    await facilitator.getByTestId('projector-name').fill('Saal 1');
    await facilitator.getByTestId('projector-create').click();
    const projectorLink = await facilitator.getByTestId('projector-link-saal-1').inputValue();
    expect(new URL(projectorLink).hash).toMatch(/^#token=/);

    const projector = await suite.newPage({ viewport: { width: 1920, height: 1080 } });
    await projector.goto(projectorLink);
    await projector.getByTestId('projector-phase').waitFor();
    expect(new URL(projector.url()).hash).toBe('');
    const qr = projector.getByTestId('join-qr');
    expect(await qr.isVisible()).toBe(true);
    await expect(projector.getByTestId('projector-title').textContent()).resolves.toBe(
      view.definition.phases[phaseIndex]!.title,
    );
    const projectorTimer = projector.getByTestId('timer');
    await expect(projectorTimer.getAttribute('data-state')).resolves.toBe('running');
    await expect(projectorTimer.textContent()).resolves.toMatch(/^1[01]:\d\d/);

    const screenshot = PNG.sync.read(await projector.screenshot());
    const box = (await qr.boundingBox())!;
    expect(box.width).toBeGreaterThan(200);
    expect(box.x + box.width).toBeLessThanOrEqual(1920);
    expect(box.y + box.height).toBeLessThanOrEqual(1080);
    const timerBox = (await projectorTimer.boundingBox())!;
    expect(timerBox.y + timerBox.height).toBeLessThanOrEqual(1080);
    // The QR code in the picture really is the join link.
    const decoded = jsQR(new Uint8ClampedArray(screenshot.data), screenshot.width, screenshot.height);
    expect(decoded?.data).toBe(joinLink);

    // The facilitator puts the participant's station on the projector: read-only, with the team's note.
    await facilitator.getByTestId('projector-station-saal-1').selectOption(station.id);
    await facilitator.getByTestId('projector-show-station-saal-1').click();
    await projector.getByTestId('projector-station-name').filter({ hasText: station.name }).waitFor();
    await note(projector, 'Sprachkurs im Betrieb').waitFor();
    expect(await projector.getByTestId('toolbar').count()).toBe(0);
    expect(await projector.getByTestId('add-note').count()).toBe(0);
    await projector.getByTestId('join-qr').waitFor();

    // A done signal from the phone shows up in the console's overview.
    await participant.getByTestId('done-toggle').click();
    await participant.locator('[data-testid="done-toggle"][aria-pressed="true"]').waitFor();
    await facilitator.getByTestId('console-tab-live').click();
    await facilitator
      .getByTestId(`station-card-${station.id}`)
      .locator(`[data-testid="team-chip"][data-team-id="${access!.teamId}"][data-done="true"]`)
      .waitFor();
    const doneChip = facilitator
      .getByTestId(`station-card-${station.id}`)
      .locator(`[data-testid="team-chip"][data-team-id="${access!.teamId}"]`);
    await expect(doneChip.getAttribute('title')).resolves.toBe(
      de.workshop.teamDone.replace('{{team}}', (await doneChip.textContent())!.replace('✓', '')),
    );
  });
});
