import type { FastifyInstance } from 'fastify';
import { API_PREFIX } from '@mutopia/shared';
import { ACCESSIBILITY_PATH, type AccessibilityInfo } from '@mutopia/shared/a11y/statement';
import type { Config } from '../config.js';

/**
 * `GET /api/accessibility`: the operator's part of the accessibility
 * statement. Public and without a token, since the statement must be readable
 * by anyone who meets a barrier, also before joining.
 */
export function accessibilityRoutes(config: Pick<Config, 'ACCESSIBILITY_CONTACT' | 'ACCESSIBILITY_OPERATOR'>) {
  return async (app: FastifyInstance): Promise<void> => {
    const info: AccessibilityInfo = {
      contact: config.ACCESSIBILITY_CONTACT ?? null,
      operator: config.ACCESSIBILITY_OPERATOR ?? null,
    };
    app.get(`${API_PREFIX}${ACCESSIBILITY_PATH}`, async () => info);
  };
}
