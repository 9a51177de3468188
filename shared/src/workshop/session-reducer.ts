/**
 * How a workshop's session state changes. Pure: the server runs it for every
 * command, tests run it directly; nothing here reads a clock or a database.
 */
import type { WorkshopDefinition } from './definition.js';
import { currentPhase, effectivePhase } from './phases.js';
import { placeLateMember, splitMembers, type TeamMembers } from './schedules/member-split.js';
import { checkSelfSelection, occupancyOf } from './schedules/self-selection.js';
import type { FacilitatorCommand, ParticipantCommand } from './session-commands.js';
import type { SessionState, TimerState } from './session-state.js';
import { locate } from './location.js';

export interface SessionParticipant {
  id: string;
  teamId: string | null;
}

export interface SessionContext {
  definition: WorkshopDefinition;
  /** Everybody who has joined, in join order. */
  participants: readonly SessionParticipant[];
  /** Server time in ms. */
  now: number;
}

export type SessionError =
  | 'not_started'
  | 'no_such_phase'
  | 'no_more_rounds'
  | 'timer_not_running'
  | 'timer_not_paused'
  | 'unknown_station'
  | 'unknown_team'
  | 'not_self_select'
  | 'full'
  | 'already_visited'
  | 'nowhere_to_signal';

export type CommandResult = { ok: true; state: SessionState } | { ok: false; error: SessionError };

const MINUTE = 60_000;

function ok(previous: SessionState, next: Omit<SessionState, 'revision'>): CommandResult {
  return { ok: true, state: { ...next, revision: previous.revision + 1 } };
}

function fail(error: SessionError): CommandResult {
  return { ok: false, error };
}

function runningTimer(durationMs: number, now: number): TimerState {
  return { durationMs, endsAt: now + durationMs, remainingMs: durationMs, running: true };
}

export function timerRemainingMs(timer: TimerState, now: number): number {
  return timer.running && timer.endsAt !== null ? Math.max(0, timer.endsAt - now) : timer.remainingMs;
}

function teamsWithMembers(ctx: SessionContext): TeamMembers[] {
  return ctx.definition.teams.map((team) => ({
    teamId: team.id,
    memberIds: ctx.participants.filter((p) => p.teamId === team.id).map((p) => p.id),
  }));
}

function enterPhase(state: SessionState, phaseIndex: number, ctx: SessionContext): CommandResult {
  const phase = ctx.definition.phases[phaseIndex];
  if (!phase) return fail('no_such_phase');
  const keepPlaces = phase.mode === 'continue';
  const split = phase.mode === 'split' ? Object.fromEntries(splitMembers(teamsWithMembers(ctx), phase.stationIds)) : {};
  return ok(state, {
    ...state,
    phaseIndex,
    round: keepPlaces ? state.round : 0,
    timer: runningTimer(phase.durationMinutes * MINUTE, ctx.now),
    split: keepPlaces ? state.split : split,
    choices: keepPlaces ? state.choices : {},
    visited: keepPlaces ? state.visited : {},
    summon: null,
    done: {},
  });
}

function changeRound(state: SessionState, delta: 1 | -1, ctx: SessionContext): CommandResult {
  const phase = effectivePhase(ctx.definition, state.phaseIndex);
  if (!phase) return fail('not_started');
  const round = state.round + delta;
  if (round < 0 || round >= phase.rounds) return fail('no_more_rounds');
  let { choices, visited } = state;
  if (phase.mode === 'selfSelect') {
    if (delta === 1) {
      visited = { ...visited };
      for (const [participantId, stationId] of Object.entries(choices)) {
        visited[participantId] = [...(visited[participantId] ?? []), stationId];
      }
      choices = {};
    } else {
      // Going back restores the choices of the round before.
      choices = {};
      visited = {};
      for (const [participantId, stations] of Object.entries(state.visited)) {
        const last = stations.at(-1);
        if (last !== undefined) choices[participantId] = last;
        if (stations.length > 1) visited[participantId] = stations.slice(0, -1);
      }
    }
  }
  const current = currentPhase(ctx.definition, state) ?? phase;
  return ok(state, {
    ...state,
    round,
    choices,
    visited,
    timer: runningTimer(current.durationMinutes * MINUTE, ctx.now),
    summon: null,
    done: {},
  });
}

function stationExists(ctx: SessionContext, stationId: string): boolean {
  return ctx.definition.stations.some((s) => s.id === stationId);
}

export function applyFacilitatorCommand(
  state: SessionState,
  command: FacilitatorCommand,
  ctx: SessionContext,
): CommandResult {
  switch (command.type) {
    case 'phase.goto':
      return enterPhase(state, command.phaseIndex, ctx);
    case 'phase.next':
      return enterPhase(state, state.phaseIndex === null ? 0 : state.phaseIndex + 1, ctx);
    case 'phase.previous':
      if (state.phaseIndex === null) return fail('not_started');
      return enterPhase(state, state.phaseIndex - 1, ctx);
    case 'round.next':
      return changeRound(state, 1, ctx);
    case 'round.previous':
      return changeRound(state, -1, ctx);
    case 'timer.start': {
      const phase = currentPhase(ctx.definition, state);
      const minutes = command.minutes ?? phase?.durationMinutes;
      if (minutes === undefined) return fail('not_started');
      return ok(state, { ...state, timer: runningTimer(Math.round(minutes * MINUTE), ctx.now) });
    }
    case 'timer.pause': {
      const timer = state.timer;
      if (!timer?.running) return fail('timer_not_running');
      const remainingMs = timerRemainingMs(timer, ctx.now);
      return ok(state, { ...state, timer: { ...timer, running: false, endsAt: null, remainingMs } });
    }
    case 'timer.resume': {
      const timer = state.timer;
      if (!timer || timer.running) return fail('timer_not_paused');
      return ok(state, { ...state, timer: { ...timer, running: true, endsAt: ctx.now + timer.remainingMs } });
    }
    case 'timer.add': {
      const timer = state.timer;
      if (!timer) return fail('timer_not_running');
      const delta = Math.round(command.minutes * MINUTE);
      const remainingMs = Math.max(0, timerRemainingMs(timer, ctx.now) + delta);
      return ok(state, {
        ...state,
        timer: {
          durationMs: Math.max(0, timer.durationMs + delta),
          remainingMs,
          running: timer.running,
          endsAt: timer.running ? ctx.now + remainingMs : null,
        },
      });
    }
    case 'summon': {
      const { target, toStationId } = command;
      if (toStationId !== null && !stationExists(ctx, toStationId)) return fail('unknown_station');
      if (target.kind === 'team' && !ctx.definition.teams.some((t) => t.id === target.teamId))
        return fail('unknown_team');
      if (target.kind === 'station' && !stationExists(ctx, target.stationId)) return fail('unknown_station');
      return ok(state, { ...state, summon: { target, toStationId, at: ctx.now } });
    }
    case 'summon.clear':
      return ok(state, { ...state, summon: null });
    case 'broadcast':
      return ok(state, { ...state, broadcast: { message: command.message, at: ctx.now } });
    case 'broadcast.clear':
      return ok(state, { ...state, broadcast: null });
    case 'projector.show': {
      const view = command.view;
      const ids = view.kind === 'station' ? [view.stationId] : view.kind === 'gallery' ? view.stationIds : [];
      if (!ids.every((stationId) => stationExists(ctx, stationId))) return fail('unknown_station');
      if (view.kind === 'gallery' && view.index >= view.stationIds.length) return fail('unknown_station');
      return ok(state, { ...state, projectors: { ...state.projectors, [command.projectorId]: view } });
    }
  }
}

export function applyParticipantCommand(
  state: SessionState,
  command: ParticipantCommand,
  ctx: SessionContext,
  participant: SessionParticipant,
): CommandResult {
  switch (command.type) {
    case 'station.choose': {
      const phase = effectivePhase(ctx.definition, state.phaseIndex);
      if (!phase) return fail('not_started');
      if (phase.mode !== 'selfSelect' || currentPhase(ctx.definition, state)?.mode === 'continue')
        return fail('not_self_select');
      const capacities = new Map(
        phase.stationIds.map((stationId) => [
          stationId,
          ctx.definition.stations.find((s) => s.id === stationId)?.capacity,
        ]),
      );
      const check = checkSelfSelection(command.stationId, {
        capacities,
        occupancy: occupancyOf(new Map(Object.entries(state.choices))),
        visited: new Set(state.visited[participant.id] ?? []),
        ...(state.choices[participant.id] ? { current: state.choices[participant.id] } : {}),
      });
      if (!check.ok) return fail(check.reason);
      return ok(state, { ...state, choices: { ...state.choices, [participant.id]: command.stationId } });
    }
    case 'done.set': {
      const key = doneKeyOf(ctx.definition, state, participant);
      if (key === null) return fail('nowhere_to_signal');
      return ok(state, { ...state, done: { ...state.done, [key]: command.done } });
    }
  }
}

/**
 * "We are done" is signalled per team while teams work together (team spaces,
 * rotation); where people are spread out (member split, self-selection) or have
 * no team, it is signalled for the station they are at.
 */
export function doneKeyOf(
  definition: WorkshopDefinition,
  state: SessionState,
  participant: SessionParticipant,
): string | null {
  const mode = effectivePhase(definition, state.phaseIndex)?.mode;
  const together = mode === 'teamSpace' || mode === 'rotation' || mode === 'plenary';
  if (participant.teamId && together) return participant.teamId;
  const where = locate(definition, state, participant);
  return where.kind === 'station' ? where.stationId : participant.teamId;
}

/**
 * Someone joined while a member split is running: give them a table without
 * moving anybody else. Returns the state unchanged when nothing is to do.
 */
export function placeLateJoiner(
  state: SessionState,
  ctx: SessionContext,
  participant: SessionParticipant,
): SessionState {
  const phase = effectivePhase(ctx.definition, state.phaseIndex);
  if (phase?.mode !== 'split' || state.split[participant.id]) return state;
  const teammates = ctx.participants.filter((p) => p.teamId !== null && p.teamId === participant.teamId);
  const stationId = placeLateMember(
    new Map(Object.entries(state.split)),
    teammates.map((p) => p.id),
    phase.stationIds,
  );
  if (!stationId) return state;
  return { ...state, split: { ...state.split, [participant.id]: stationId }, revision: state.revision + 1 };
}
