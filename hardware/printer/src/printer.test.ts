import { describe, expect, it } from 'vitest';
import { TimeoutError, withTimeout } from './printer.ts';

describe('withTimeout', () => {
  it('passes a value or an error through', async () => {
    await expect(withTimeout(Promise.resolve(7), 50, 'x')).resolves.toBe(7);
    await expect(withTimeout(Promise.reject(new Error('boom')), 50, 'x')).rejects.toThrow('boom');
  });

  it('rejects with a TimeoutError naming the operation', async () => {
    const started = Date.now();
    const never = new Promise<never>(() => undefined);
    const error = await withTimeout(never, 40, 'status read').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe('status read timed out after 40 ms');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
