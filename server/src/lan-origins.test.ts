import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lanOrigins, startupLines } from './lan-origins.js';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal,
  cidr: `${address}/24`,
});
const v6 = (address: string): NetworkInterfaceInfo => ({
  address,
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '00:00:00:00:00:00',
  internal: false,
  cidr: `${address}/64`,
  scopeid: 2,
});

const laptop = {
  lo: [v4('127.0.0.1', true)],
  docker0: [v4('172.17.0.1')],
  wlp2s0: [v4('192.168.178.23'), v6('fe80::1')],
  eth0: [v4('169.254.10.2')],
};

describe('LAN origins', () => {
  it('list the real interfaces’ IPv4 addresses first, container bridges last, no loopback or link-local', () => {
    expect(lanOrigins(3000, '0.0.0.0', laptop)).toEqual(['http://192.168.178.23:3000', 'http://172.17.0.1:3000']);
  });

  it('use the one address the server listens on, and none for loopback', () => {
    expect(lanOrigins(8080, '10.0.0.5', laptop)).toEqual(['http://10.0.0.5:8080']);
    expect(lanOrigins(8080, '127.0.0.1', laptop)).toEqual([]);
    expect(lanOrigins(80, '0.0.0.0', { wlan0: [v4('10.1.2.3')] })).toEqual(['http://10.1.2.3']);
  });
});

describe('what `pnpm start` prints', () => {
  it('names the LAN URL to open when no public origin is set', () => {
    const lines = startupLines(undefined, 3000, ['http://192.168.178.23:3000', 'http://172.17.0.1:3000']);
    expect(lines[0]).toBe('Mutopia is running at http://localhost:3000/');
    expect(lines[1]).toContain('http://192.168.178.23:3000/');
    expect(lines[2]).toContain('http://172.17.0.1:3000/');
  });

  it('names the public origin alone when it is set, and warns when phones cannot reach the server', () => {
    expect(startupLines('https://workshop.example.org', 3000, ['http://10.0.0.5:3000'])).toEqual([
      'Mutopia is running at https://workshop.example.org/',
    ]);
    expect(startupLines(undefined, 3000, []).join('\n')).toMatch(/PUBLIC_ORIGIN/);
  });
});
