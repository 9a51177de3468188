import { describe, expect, it } from 'vitest';
import { isRevoked, tokenSubject } from './token-versions.js';

const workshop = () => ({
  facilitatorTokenVersion: 2,
  tokenVersions: new Map([
    ['cofacilitator', 1],
    ['projector:saal', 3],
  ]),
  participantsById: new Map([['p1', {}]]),
});

const holder = (
  role: 'facilitator' | 'cofacilitator' | 'viewer' | 'participant',
  tokenVersion: number,
  id?: string,
) => ({
  role,
  participantId: role === 'participant' ? (id ?? null) : null,
  projectorId: role === 'viewer' ? (id ?? null) : null,
  tokenVersion,
});

describe('token versions', () => {
  it('name one revocable holder per link, projector and person', () => {
    expect(tokenSubject('facilitator', null, null)).toBeNull();
    expect(tokenSubject('cofacilitator', null, null)).toBe('cofacilitator');
    expect(tokenSubject('viewer', null, 'saal')).toBe('projector:saal');
    expect(tokenSubject('participant', 'p1', null)).toBe('participant:p1');
  });

  it('accept only a token signed with its holder’s current version', () => {
    const w = workshop();
    expect(isRevoked(w, holder('facilitator', 2))).toBe(false);
    expect(isRevoked(w, holder('facilitator', 1))).toBe(true);
    expect(isRevoked(w, holder('cofacilitator', 1))).toBe(false);
    expect(isRevoked(w, holder('cofacilitator', 0))).toBe(true);
    expect(isRevoked(w, holder('viewer', 3, 'saal'))).toBe(false);
    expect(isRevoked(w, holder('viewer', 2, 'saal'))).toBe(true);
  });

  it('let tokens of holders never revoked through with version 0 (tokens signed before versions existed)', () => {
    const w = workshop();
    expect(isRevoked(w, holder('viewer', 0, 'foyer'))).toBe(false);
    expect(isRevoked(w, holder('participant', 0, 'p1'))).toBe(false);
  });

  it('refuse a removed person and any token of a workshop that is gone', () => {
    expect(isRevoked(workshop(), holder('participant', 0, 'p2'))).toBe(true);
    expect(isRevoked(undefined, holder('facilitator', 2))).toBe(true);
  });
});
