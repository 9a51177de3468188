import { describe, expect, it } from 'vitest';
import { chooseLinkOrigin, isLoopbackHost } from './link-origin';

const lan = { publicOrigin: null, lanOrigins: ['http://192.168.178.23:3000', 'http://10.0.0.4:3000'] };

describe('the origin of join links, QR codes and projector links', () => {
  it('is PUBLIC_ORIGIN when the server has one, wherever the console was opened', () => {
    const info = { publicOrigin: 'https://workshop.example.org', lanOrigins: [] };
    expect(chooseLinkOrigin('http://localhost:3000', info, null)).toEqual({
      origin: 'https://workshop.example.org',
      warning: null,
      choices: [],
    });
    expect(chooseLinkOrigin('http://192.168.178.23:3000', info, null).origin).toBe('https://workshop.example.org');
  });

  it('is the console’s own address when phones can reach it', () => {
    expect(chooseLinkOrigin('http://192.168.178.23:3000', lan, null)).toEqual({
      origin: 'http://192.168.178.23:3000',
      warning: null,
      choices: [],
    });
  });

  it('warns on a loopback console and offers the server’s LAN addresses, the first by default', () => {
    expect(chooseLinkOrigin('http://localhost:3000', lan, null)).toEqual({
      origin: 'http://192.168.178.23:3000',
      warning: 'loopback',
      choices: lan.lanOrigins,
    });
    expect(chooseLinkOrigin('http://127.0.0.1:3000', lan, 'http://10.0.0.4:3000').origin).toBe('http://10.0.0.4:3000');
    // A choice the server no longer offers falls back to the first address.
    expect(chooseLinkOrigin('http://[::1]:3000', lan, 'http://172.17.0.1:3000').origin).toBe(lan.lanOrigins[0]);
  });

  it('keeps the loopback address, still warning, when the server knows no other', () => {
    expect(chooseLinkOrigin('http://localhost:3000', { publicOrigin: null, lanOrigins: [] }, null)).toEqual({
      origin: 'http://localhost:3000',
      warning: 'loopback',
      choices: [],
    });
    expect(chooseLinkOrigin('http://localhost:3000', null, null).warning).toBe('loopback');
  });

  it('recognises loopback hosts', () => {
    expect(['localhost', 'app.localhost', '127.0.0.1', '127.1.2.3', '[::1]', '::1'].every(isLoopbackHost)).toBe(true);
    expect(['192.168.1.2', 'workshop.example.org', '10.0.0.1', 'localhost.example.org'].some(isLoopbackHost)).toBe(
      false,
    );
  });
});
