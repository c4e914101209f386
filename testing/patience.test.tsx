/**
 * Proves the shared patience (testing/patience.ts): `vi.waitFor` without a timeout waits longer
 * than Vitest's 1 s default, a condition that never holds still fails with its own error, and a
 * call's own timeout is kept.
 */
import { describe, expect, it, vi } from 'vitest';
import { PATIENCE } from './patience.ts';

describe('one patience for every wait', () => {
  it('lets vi.waitFor wait past the 1 s default', async () => {
    let ready = false;
    setTimeout(() => (ready = true), 1500);
    await vi.waitFor(() => {
      if (!ready) throw new Error('not ready yet');
    });
    expect(ready).toBe(true);
  });

  it(
    'still fails a condition that never holds, with its last error',
    async () => {
      await expect(
        vi.waitFor(() => {
          throw new Error('never rendered');
        }),
      ).rejects.toThrow('never rendered');
    },
    PATIENCE * 3,
  );

  it('keeps a timeout the call gives', async () => {
    let ready = false;
    setTimeout(() => (ready = true), 3000);
    await expect(
      vi.waitFor(
        () => {
          if (!ready) throw new Error('gave up early');
        },
        { timeout: 100 },
      ),
    ).rejects.toThrow('gave up early');
    expect(ready).toBe(false);
  });
});
