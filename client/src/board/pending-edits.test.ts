import { describe, expect, it } from 'vitest';
import { PendingEdits, ProbeQueue } from './pending-edits';

describe('pending edits', () => {
  it('counts things edited, not keystrokes', () => {
    const pending = new PendingEdits();
    pending.record(['notes:a']);
    pending.record(['notes:a']);
    pending.record(['notes:b', 'groups:g']);
    expect(pending.count).toBe(3);
  });

  it('confirms only edits made before the question went out', () => {
    const pending = new PendingEdits();
    pending.record(['notes:a']);
    const asked = pending.latest;
    pending.record(['notes:b']);
    pending.record(['notes:a']);
    pending.confirmUpTo(asked);
    // a was edited again after the question: both edits still wait.
    expect(pending.count).toBe(2);
    expect(pending.hasAfter(asked)).toBe(true);
    pending.confirmUpTo(pending.latest);
    expect(pending.count).toBe(0);
    expect(pending.hasAfter(asked)).toBe(false);
  });
});

describe('probe queue', () => {
  it('matches answers to questions in order; the connect-time question confirms nothing', () => {
    const queue = new ProbeQueue();
    queue.sent(null, 0);
    queue.sent(4, 10);
    expect(queue.waiting).toBe(true);
    expect(queue.oldestSentAt).toBe(10);
    expect(queue.answered()).toBeNull();
    expect(queue.answered()).toBe(4);
    expect(queue.waiting).toBe(false);
    expect(queue.oldestSentAt).toBeNull();
  });

  it('forgets the questions of a connection that closed', () => {
    const queue = new ProbeQueue();
    queue.sent(2, 0);
    queue.reset();
    expect(queue.waiting).toBe(false);
    expect(queue.answered()).toBeNull();
  });
});
