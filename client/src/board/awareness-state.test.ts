import { describe, expect, it } from 'vitest';
import { parsePeer, remoteSelections } from './awareness-state';

describe('awareness states of others', () => {
  it('accepts a well-formed state', () => {
    const peer = parsePeer(7, { user: { name: 'Ada', color: '#0369a1' }, cursor: { x: 1, y: 2 }, selection: ['a'] });
    expect(peer).toEqual({
      clientId: 7,
      user: { name: 'Ada', color: '#0369a1' },
      cursor: { x: 1, y: 2 },
      selection: ['a'],
    });
  });

  it('drops states without a usable user and tolerates missing fields', () => {
    expect(parsePeer(1, null)).toBeNull();
    expect(parsePeer(1, { user: { name: 'X', color: 'red; background:url(x)' } })).toBeNull();
    expect(
      parsePeer(1, { user: { name: 'X', color: '#ffffff' }, cursor: { x: NaN, y: 0 }, selection: [1, 'b'] }),
    ).toEqual({
      clientId: 1,
      user: { name: 'X', color: '#ffffff' },
      cursor: null,
      selection: ['b'],
    });
  });

  it('collects who selected which note', () => {
    const peers = [
      { clientId: 1, user: { name: 'Ada', color: '#111111' }, cursor: null, selection: ['n1', 'n2'] },
      { clientId: 2, user: { name: 'Bo', color: '#222222' }, cursor: null, selection: ['n2'] },
    ];
    const map = remoteSelections(peers);
    expect(map.get('n1')).toEqual({ color: '#111111', names: 'Ada' });
    expect(map.get('n2')).toEqual({ color: '#111111', names: 'Ada, Bo' });
  });
});
