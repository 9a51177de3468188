import { describe, expect, it } from 'vitest';
import { accessibilityInfoSchema } from '@mutopia/shared/a11y/statement';
import { loadConfig } from '../src/config.js';
import { api, serverPerTest } from './harness.js';

const suite = serverPerTest();

describe('GET /api/accessibility', () => {
  it('gives anyone, without a token, the feedback contact and operator the operator configured', async () => {
    await suite.restart({
      ACCESSIBILITY_CONTACT: 'barrierefreiheit@example.org',
      ACCESSIBILITY_OPERATOR: 'Stadt Beispiel',
    });
    const res = await api(suite.server, 'GET', '/api/accessibility');
    expect(res.status).toBe(200);
    expect(accessibilityInfoSchema.parse(res.body)).toEqual({
      contact: 'barrierefreiheit@example.org',
      operator: 'Stadt Beispiel',
    });
  });

  it('says null when nothing is configured, so the page can tell people whom else to ask', async () => {
    const res = await api(suite.server, 'GET', '/api/accessibility');
    expect(res.body).toEqual({ contact: null, operator: null });
  });

  it('refuses to start with a contact that is neither an email address nor a URL', () => {
    expect(() => loadConfig({ ACCESSIBILITY_CONTACT: 'call Frau Meier' })).toThrow(/ACCESSIBILITY_CONTACT/);
    expect(loadConfig({ ACCESSIBILITY_CONTACT: 'https://example.org/kontakt' }).ACCESSIBILITY_CONTACT).toBe(
      'https://example.org/kontakt',
    );
  });
});
