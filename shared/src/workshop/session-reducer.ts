/**
 * How a workshop's session state changes. Pure: the server runs it for every
 * command, tests run it directly; nothing here reads a clock or a database.
 */
import type { WorkshopDefinition } from './definition.js';
import { currentPhase, effectivePhase, effectivePhaseIndex } from './phases.js';
import { placeLateMember, splitMembers, type TeamMembers } from './schedules/member-split.js';
import { checkSelfSelection, occupancyOf } from './schedules/self-selection.js';
import type { FacilitatorCommand, ParticipantCommand } from './session-commands.js';
import {
  remember,
  rememberedMarks,
  rememberedPlaces,
  rememberedRound,
  withoutRevisits,
  withVisits,
  type Places,
} from './session-history.js';
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

/**
 * Where people are when a phase is entered. Within one chain (a phase and the
 * `continue` phases after it) they stay put; a chain left before comes back as
 * it was left, with late joiners given a table; a chain entered for the first
 * time starts fresh (a `continue` phase entered from elsewhere keeps what is).
 */
function placesOnEntry(state: SessionState, phaseIndex: number, ctx: SessionContext): Places {
  const { definition } = ctx;
  const kept = { round: state.round, split: state.split, choices: state.choices, visited: state.visited };
  const sameChain =
    state.phaseIndex !== null &&
    effectivePhaseIndex(definition, state.phaseIndex) === effectivePhaseIndex(definition, phaseIndex);
  if (sameChain) return kept;
  const head = effectivePhase(definition, phaseIndex)!;
  const remembered = rememberedPlaces(definition, state.history, phaseIndex);
  if (remembered) {
    return head.mode === 'split'
      ? { ...remembered, split: withLateJoiners(remembered.split, ctx, head.stationIds) }
      : remembered;
  }
  if (definition.phases[phaseIndex]!.mode === 'continue') return kept;
  const split = head.mode === 'split' ? Object.fromEntries(splitMembers(teamsWithMembers(ctx), head.stationIds)) : {};
  return { round: 0, split, choices: {}, visited: {} };
}

function enterPhase(state: SessionState, phaseIndex: number, ctx: SessionContext): CommandResult {
  const phase = ctx.definition.phases[phaseIndex];
  if (!phase) return fail('no_such_phase');
  const history = remember(ctx.definition, state, ctx.now);
  const places = placesOnEntry({ ...state, history }, phaseIndex, ctx);
  const marks = rememberedMarks(history, phase.id, places.round);
  return ok(state, {
    ...state,
    ...places,
    phaseIndex,
    timer: marks?.timer ?? runningTimer(phase.durationMinutes * MINUTE, ctx.now),
    summon: null,
    done: marks?.done ?? {},
    history,
  });
}

function changeRound(state: SessionState, delta: 1 | -1, ctx: SessionContext): CommandResult {
  const phase = effectivePhase(ctx.definition, state.phaseIndex);
  if (!phase || state.phaseIndex === null) return fail('not_started');
  const round = state.round + delta;
  if (round < 0 || round >= phase.rounds) return fail('no_more_rounds');
  const history = remember(ctx.definition, state, ctx.now);
  const remembered = rememberedRound(ctx.definition, history, state.phaseIndex, round);
  let { choices, visited } = state;
  if (phase.mode === 'selfSelect') {
    if (delta === 1) {
      visited = withVisits(state.visited, state.choices);
      choices = withoutRevisits(remembered?.choices ?? {}, visited);
    } else if (remembered) {
      ({ choices, visited } = remembered);
    } else {
      // A state saved before rounds were remembered: the last visit is the round before.
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
  const marks = rememberedMarks(history, current.id, round);
  return ok(state, {
    ...state,
    round,
    choices,
    visited,
    timer: marks?.timer ?? runningTimer(current.durationMinutes * MINUTE, ctx.now),
    summon: null,
    done: marks?.done ?? {},
    history,
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
    case 'timer.set': {
      if (state.phaseIndex === null) return fail('not_started');
      const ms = Math.round(command.minutes * MINUTE);
      const running = state.timer?.running ?? false;
      return ok(state, {
        ...state,
        timer: { durationMs: ms, remainingMs: ms, running, endsAt: running ? ctx.now + ms : null },
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
    case 'cursors.set':
      return ok(state, { ...state, cursorsOff: !command.on });
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
 * A table for someone not in the split, without moving anybody else: the one
 * with the fewest of their teammates, then the emptiest.
 */
function tableFor(
  split: Record<string, string>,
  ctx: SessionContext,
  participant: SessionParticipant,
  stationIds: readonly string[],
): string | undefined {
  const teammates = ctx.participants.filter((p) => p.teamId !== null && p.teamId === participant.teamId);
  return placeLateMember(
    new Map(Object.entries(split)),
    teammates.map((p) => p.id),
    stationIds,
  );
}

/** A remembered split with everybody who joined since (or lost their table to an agenda edit) placed. */
function withLateJoiners(
  split: Record<string, string>,
  ctx: SessionContext,
  stationIds: readonly string[],
): Record<string, string> {
  const out = { ...split };
  for (const participant of ctx.participants) {
    if (out[participant.id]) continue;
    const stationId = tableFor(out, ctx, participant, stationIds);
    if (stationId) out[participant.id] = stationId;
  }
  return out;
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
  const stationId = tableFor(state.split, ctx, participant, phase.stationIds);
  if (!stationId) return state;
  return { ...state, split: { ...state.split, [participant.id]: stationId }, revision: state.revision + 1 };
}
