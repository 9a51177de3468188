import type { ErrorBody, ErrorCode } from '@mutopia/shared';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ZodError } from 'zod';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function errorBody(code: ErrorCode, message: string, issues?: ErrorBody['error']['issues']): ErrorBody {
  return { error: { code, message, ...(issues ? { issues } : {}) } };
}

function codeFor(status: number): ErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  return status >= 500 ? 'internal' : 'bad_request';
}

/**
 * Every error leaves as `ErrorBody`; a stack trace never reaches the client. A
 * ZodError from parsing input with a shared schema becomes a 400 naming each bad field.
 */
export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError | ZodError | HttpError, request, reply) => {
      if (error instanceof ZodError) {
        const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
        return reply
          .status(400)
          .send(errorBody('bad_request', 'The request does not match the expected shape.', issues));
      }
      if (error instanceof HttpError) {
        return reply.status(error.statusCode).send(errorBody(error.code, error.message));
      }
      const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
      if (status >= 500) {
        request.log.error({ err: error }, 'request failed');
        return reply.status(status).send(errorBody('internal', 'Something went wrong on the server.'));
      }
      return reply.status(status).send(errorBody(codeFor(status), error.message));
    });
  },
  { name: 'errors' },
);
