import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHmac, randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { roleSchema, type Role } from '@mutopia/shared';

const claimsSchema = z.object({
  wid: z.string(),
  role: roleSchema,
  /** Participant id (participants only). */
  pid: z.string().optional(),
  /** Projector id (viewers only). */
  prj: z.string().optional(),
  /** Facilitator token version (facilitators only). */
  ver: z.number().int().optional(),
});
export type TokenClaims = z.infer<typeof claimsSchema>;

/**
 * A series console's token. It has no `wid`, so workshop channels refuse it;
 * `kind` keeps a workshop token from ever passing as one.
 */
const seriesClaimsSchema = z.object({ kind: z.literal('series'), sid: z.string(), role: z.literal('facilitator') });
export type SeriesClaims = z.infer<typeof seriesClaimsSchema>;

const LIFETIME: Record<Role, string> = {
  facilitator: '7d',
  cofacilitator: '7d',
  participant: '30d',
  viewer: '30d',
};

/** Signs and checks the bearer tokens of workshops (HS256 JWTs). */
export class TokenIssuer {
  constructor(private readonly key: Uint8Array) {}

  sign(claims: TokenClaims): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime(LIFETIME[claims.role])
      .sign(this.key);
  }

  signSeries(seriesId: string): Promise<string> {
    const claims: SeriesClaims = { kind: 'series', sid: seriesId, role: 'facilitator' };
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime('7d')
      .sign(this.key);
  }

  async verifySeries(token: string): Promise<SeriesClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] });
      const claims = seriesClaimsSchema.safeParse(payload);
      return claims.success ? claims.data : null;
    } catch {
      return null;
    }
  }

  /**
   * The key in a public link: an HMAC (128 bits, base64url) of `purpose` and
   * `parts` with the signing key, so nothing secret is stored and bumping a
   * version in `parts` invalidates the old link.
   */
  linkKey(purpose: string, ...parts: Array<string | number>): string {
    return createHmac('sha256', this.key)
      .update([purpose, ...parts].join('\n'))
      .digest('base64url')
      .slice(0, 22);
  }

  /** The claims of a valid, unexpired token, or null. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] });
      const claims = claimsSchema.safeParse(payload);
      return claims.success ? claims.data : null;
    } catch {
      return null;
    }
  }
}

const KEY_FILE = 'token-secret.key';

/** The configured key, or a random one created once and kept in the data directory. */
export function loadSigningKey(dataDir: string, configured: string | undefined): Uint8Array {
  if (configured) return new TextEncoder().encode(configured);
  const file = join(resolve(dataDir), KEY_FILE);
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
}
