import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import { API_PREFIX, YJS_PATH, SOCKET_IO_PATH } from '@mutopia/shared';
import type { FastifyInstance } from 'fastify';
import { errorBody } from './errors.js';

/**
 * Serves the built client; any other GET that asks for HTML gets index.html so
 * client-side routes (/b/:id) survive a reload. API misses stay JSON 404s.
 */
export async function staticPlugin(app: FastifyInstance, { root }: { root: string }): Promise<void> {
  const hasClient = existsSync(join(root, 'index.html'));
  if (hasClient) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      setHeaders: (res, path) => {
        // Vite puts a content hash in every asset name; index.html must be revalidated.
        res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.log.warn({ root }, 'client build not found: run `pnpm build`; serving the API only');
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isApi = [API_PREFIX, YJS_PATH, SOCKET_IO_PATH, '/healthz'].some((p) => path.startsWith(p));
    if (hasClient && request.method === 'GET' && !isApi && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.header('Cache-Control', 'no-cache').type('text/html').sendFile('index.html');
    }
    return reply.status(404).send(errorBody('not_found', `No route for ${request.method} ${path}.`));
  });
}
