import { resolve } from 'node:path';
import { LIMITS } from '@mutopia/shared';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every setting the server reads from the environment; see docs/operations.md. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** Defaults to `data/` at the top of the checkout, wherever the server is started from. */
  DATA_DIR: z
    .string()
    .min(1)
    .default(resolve(import.meta.dirname, '../../data')),
  /** The origin people open (e.g. https://workshop.example.org); used in printed links and to refuse foreign WebSocket origins. */
  PUBLIC_ORIGIN: z.url().optional(),
  /** `pretty` for people at a terminal, `json` for log collectors; defaults to pretty on a TTY. */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * `postgres://user:password@host:5432/db`: store everything in PostgreSQL instead of the SQLite file
   * in DATA_DIR (several nodes share one database; see docs/operations.md).
   */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// or postgresql:// URL')
    .optional(),
  /** Connections each node keeps open to PostgreSQL at most. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  /** SQLite `synchronous`: NORMAL survives a crash of the process, FULL also a power cut. */
  DB_SYNCHRONOUS: z.enum(['NORMAL', 'FULL']).default('NORMAL'),
  /** Create the demo board when the database holds no board yet. */
  DEMO_BOARD: booleanFromEnv.default(true),
  /** The update log of a board is folded into a snapshot after this many updates or bytes. */
  COMPACT_AFTER_UPDATES: z.coerce.number().int().min(1).default(500),
  COMPACT_AFTER_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(1024 * 1024),
  /**
   * A board stays loaded this long after its last client left, so a reconnect does not reload it;
   * 0 unloads at once. Its updates are on disk either way.
   */
  BOARD_IDLE_UNLOAD_MS: z.coerce.number().int().min(0).max(600_000).default(15_000),
  /** How long a board ticket (what opens a workshop board's WebSocket) stays valid; see docs/protocol.md. */
  BOARD_TICKET_TTL_MS: z.coerce.number().int().min(1000).max(300_000).default(30_000),
  /** Cap of a board's stored size in bytes; over it the board takes deletions only (close 4413). */
  BOARD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .default(LIMITS.boardMaxBytes),
  /** Connections one board takes at most (people, projectors, facilitators); the next is closed with 4503. */
  BOARD_MAX_PEOPLE: z.coerce.number().int().min(1).default(400),
  /**
   * Board WebSocket (re)connects per client address: a bucket of YJS_CONNECT_BURST refilled at
   * YJS_CONNECTS_PER_SECOND. A venue NAT puts 120 people behind one address, each opening a few boards.
   */
  YJS_CONNECT_BURST: z.coerce.number().int().min(1).default(300),
  YJS_CONNECTS_PER_SECOND: z.coerce.number().min(0.1).default(5),
  /** A join beyond this many people in one workshop is refused with `workshop_full`. */
  MAX_PARTICIPANTS_PER_WORKSHOP: z.coerce.number().int().min(1).default(500),
  /**
   * Joins per client address: a bucket of JOIN_BURST refilled at JOINS_PER_SECOND. A venue NAT puts
   * 120 people behind one address who all join within a minute.
   */
  JOIN_BURST: z.coerce.number().int().min(1).default(200),
  JOINS_PER_SECOND: z.coerce.number().min(0.1).default(3),
  /** An HTTP request whose headers and body have not arrived after this long is answered 408 and closed. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  /** Key for signing access tokens (≥ 32 characters); by default a random key kept in DATA_DIR. */
  TOKEN_SECRET: z.string().min(32).optional(),
  /** A workshop is deleted this many days after its date (else its creation); 0 keeps workshops until deleted by hand. */
  RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(30),
  /** When set, creating or importing a workshop (and creating a board) needs this secret; open by default on a LAN. */
  CREATE_SECRET: z.string().min(8).optional(),
  /** Feedback contact on the accessibility statement (BITV 2.0): an email address or an http(s) URL. */
  ACCESSIBILITY_CONTACT: z
    .string()
    .trim()
    .min(1)
    .max(500)
    .refine((v) => /^https?:\/\/\S+$/i.test(v) || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), {
      message: 'an email address or an http(s) URL',
    })
    .optional(),
  /** Who runs this server, named on the accessibility statement (e.g. the public body). */
  ACCESSIBILITY_OPERATOR: z.string().trim().min(1).max(200).optional(),
  /**
   * `redis://…` makes several nodes share traffic: socket.io rooms, rate limits. Without it this
   * node serves alone; see docs/operations.md#several-nodes.
   */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'a redis:// or rediss:// URL')
    .optional(),
  /** When set, `GET /metrics` needs `Authorization: Bearer <METRICS_TOKEN>`; open otherwise. */
  METRICS_TOKEN: z.string().min(16).optional(),
  /** The built client; the server serves it when the folder exists. */
  CLIENT_DIST: z
    .string()
    .min(1)
    .default(resolve(import.meta.dirname, '../../client/dist')),
});

export type Config = z.infer<typeof configSchema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** Tests and tools build a config from a few overrides on top of the defaults. */
export function testConfig(overrides: Partial<Config> & Pick<Config, 'DATA_DIR'>): Config {
  // Boards unload as their last client leaves unless a test asks for the idle period.
  return {
    ...configSchema.parse({}),
    PORT: 0,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    BOARD_IDLE_UNLOAD_MS: 0,
    ...overrides,
  };
}
