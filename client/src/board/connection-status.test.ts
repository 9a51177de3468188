import { describe, expect, it } from 'vitest';
import { connectionStatus } from './connection-status';

describe('connection status', () => {
  it('is online when synced, whatever else is true', () => {
    expect(connectionStatus({ synced: true, unsyncedChanges: 0, browserOnline: true })).toBe('online');
    expect(connectionStatus({ synced: true, unsyncedChanges: 3, browserOnline: false })).toBe('online');
  });

  it('is connecting while not synced and nothing is waiting', () => {
    expect(connectionStatus({ synced: false, unsyncedChanges: 0, browserOnline: true })).toBe('connecting');
  });

  it('is offline when edits are waiting or the device has no network', () => {
    expect(connectionStatus({ synced: false, unsyncedChanges: 2, browserOnline: true })).toBe('offline');
    expect(connectionStatus({ synced: false, unsyncedChanges: 0, browserOnline: false })).toBe('offline');
  });
});
