import { describe, expect, it } from 'vitest';
import { connectionStatus, nextOfflineLine, worstStatus, type ConnectionFacts } from './connection-status';

const well: ConnectionFacts = { synced: true, wasSynced: true, unconfirmed: 0, browserOnline: true, link: 'online' };

describe('connection status', () => {
  it('is online when synced and the heartbeat is alive', () => {
    expect(connectionStatus(well)).toBe('online');
    expect(connectionStatus({ ...well, unconfirmed: 3 })).toBe('online');
  });

  it('is offline as soon as the device or the heartbeat says so, even while the board socket looks synced', () => {
    expect(connectionStatus({ ...well, browserOnline: false })).toBe('offline');
    expect(connectionStatus({ ...well, link: 'offline' })).toBe('offline');
  });

  it('is connecting before the first sync with nothing waiting', () => {
    const first = { ...well, synced: false, wasSynced: false };
    expect(connectionStatus(first)).toBe('connecting');
    expect(connectionStatus({ ...first, unconfirmed: 2 })).toBe('offline');
  });

  it('is offline when a board that was synced lost its socket', () => {
    expect(connectionStatus({ ...well, synced: false })).toBe('offline');
  });

  it('takes the worst of several boards and links', () => {
    expect(worstStatus([])).toBe('online');
    expect(worstStatus(['online', 'connecting'])).toBe('connecting');
    expect(worstStatus(['connecting', 'offline', 'online'])).toBe('offline');
  });
});

describe('offline line', () => {
  it('never shows for an edit on its way while all is well', () => {
    expect(nextOfflineLine('hidden', 'online', 1)).toBe('hidden');
    expect(nextOfflineLine('hidden', 'connecting', 0)).toBe('hidden');
  });

  it('shows while offline and stays until the server has every edit', () => {
    let line = nextOfflineLine('hidden', 'offline', 0);
    expect(line).toBe('offline');
    line = nextOfflineLine(line, 'offline', 2);
    expect(line).toBe('offline');
    line = nextOfflineLine(line, 'connecting', 2);
    expect(line).toBe('sending');
    line = nextOfflineLine(line, 'online', 1);
    expect(line).toBe('sending');
    expect(nextOfflineLine(line, 'online', 0)).toBe('hidden');
  });
});
