/** The operator's part of the accessibility statement (see docs/protocol.md). */
import { ACCESSIBILITY_PATH, accessibilityInfoSchema, type AccessibilityInfo } from '@mutopia/shared/a11y/statement';
import { ApiError, request } from './http';

export async function fetchAccessibilityInfo(signal?: AbortSignal): Promise<AccessibilityInfo> {
  const parsed = accessibilityInfoSchema.safeParse(await request(ACCESSIBILITY_PATH, signal ? { signal } : {}));
  if (!parsed.success) throw new ApiError('internal', 'unexpected response shape');
  return parsed.data;
}
