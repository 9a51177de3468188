import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  facilitatorPath,
  isProjectorId,
  joinPath,
  personalLinkPath,
  projectorIdFrom,
  projectorPath,
  readFragment,
  withFragment,
} from './links';

describe('links', () => {
  it('put secrets into the fragment, never the path or query', () => {
    const link = absoluteUrl(
      'https://mutopia.example/',
      withFragment(facilitatorPath('AbC123def456'), 'key', 's3cr-t_'),
    );
    expect(link).toBe('https://mutopia.example/w/AbC123def456/facilitate#key=s3cr-t_');
    const url = new URL(link);
    expect(url.pathname + url.search).not.toContain('s3cr');
    expect(readFragment(url.hash, 'key')).toBe('s3cr-t_');
  });

  it('build join and projector links', () => {
    expect(joinPath('ABC234')).toBe('/j/ABC234');
    expect(withFragment(projectorPath('AbC123def456', 'saal-1'), 'token', 'a.b')).toBe(
      '/w/AbC123def456/projector/saal-1#token=a.b',
    );
  });

  it('read fragments defensively', () => {
    expect(readFragment('', 'key')).toBeNull();
    expect(readFragment('#key=', 'key')).toBeNull();
    expect(readFragment('#other=1', 'key')).toBeNull();
    expect(readFragment('#token=x%2By&key=k', 'token')).toBe('x+y');
  });

  it("carry a personal link's token and person in the fragment", () => {
    const path = personalLinkPath('w 1', 'p1', 'a.b+c');
    expect(path.startsWith('/w/w%201#')).toBe(true);
    const hash = path.slice(path.indexOf('#'));
    expect(readFragment(hash, 'token')).toBe('a.b+c');
    expect(readFragment(hash, 'pid')).toBe('p1');
  });

  it('turn labels into projector ids', () => {
    expect(projectorIdFrom('Großer Saal 1')).toBe('grosser-saal-1');
    expect(projectorIdFrom('  Lösungsraum: Süd! ')).toBe('losungsraum-sud');
    expect(projectorIdFrom('x'.repeat(40))).toHaveLength(32);
    expect(projectorIdFrom('!!!')).toBe('');
    expect(isProjectorId('saal-1')).toBe(true);
    expect(isProjectorId('Saal 1')).toBe(false);
    expect(isProjectorId('')).toBe(false);
  });
});
