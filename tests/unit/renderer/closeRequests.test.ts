// Runs in: Node (Vitest).
//
// Closing the window: pending writes are flushed before the close is confirmed, and a
// failing flush never keeps the window open.
import { describe, expect, it } from 'vitest';
import { flushPendingWrites, registerPendingWrites } from '../../../renderer/src/app/pendingWrites';
import { answerCloseRequest } from '../../../renderer/src/app/useCloseRequests';

describe('answerCloseRequest', () => {
  it('flushes every registered write before it confirms the close', async () => {
    const order: string[] = [];
    const unregister = registerPendingWrites(async () => {
      await Promise.resolve();
      order.push('flushed');
    });
    await answerCloseRequest({ confirmClose: () => Promise.resolve(void order.push('confirmed')) });
    unregister();
    expect(order).toEqual(['flushed', 'confirmed']);
  });

  it('confirms the close even when a flush fails', async () => {
    const order: string[] = [];
    await expect(
      answerCloseRequest(
        { confirmClose: () => Promise.resolve(void order.push('confirmed')) },
        () => Promise.reject(new Error('disk full')),
      ),
    ).rejects.toThrow('disk full');
    expect(order).toEqual(['confirmed']);
  });
});

describe('pendingWrites', () => {
  it('runs the other flushes when one fails, and forgets unregistered ones', async () => {
    const ran: string[] = [];
    const a = registerPendingWrites(() => Promise.reject(new Error('a failed')));
    const b = registerPendingWrites(() => Promise.resolve(void ran.push('b')));
    const c = registerPendingWrites(() => Promise.resolve(void ran.push('c')));
    c();
    await flushPendingWrites();
    a();
    b();
    expect(ran).toEqual(['b']);
  });
});
