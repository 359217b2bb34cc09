import { describe, expect, it } from 'vitest';
import { startUp } from './start-up.ts';

class Refused extends Error {}

function scripted(results: Array<'fail' | 'refuse' | 'ok'>) {
  let i = 0;
  return async () => {
    const r = results[i++];
    if (r === 'fail') throw new Error('hub away');
    if (r === 'refuse') throw new Refused('token refused');
    return 'hall';
  };
}

describe('startUp', () => {
  it('retries with the back-off until the hub answers', async () => {
    const waits: number[] = [];
    const result = await startUp({
      attempt: scripted(['fail', 'fail', 'fail', 'fail', 'fail', 'fail', 'ok']),
      isFinal: (e) => e instanceof Refused,
      sleep: async (ms) => void waits.push(ms),
      jitter: () => 0.5,
    });
    expect(result).toEqual({ kind: 'started', value: 'hall' });
    expect(waits).toEqual([500, 1_000, 2_000, 4_000, 5_000, 5_000]);
  });

  it('stops at a final refusal and reports it', async () => {
    const waits: number[] = [];
    const result = await startUp({
      attempt: scripted(['fail', 'refuse', 'ok']),
      isFinal: (e) => e instanceof Refused,
      sleep: async (ms) => void waits.push(ms),
      jitter: () => 0.5,
    });
    expect(result.kind).toBe('refused');
    expect(result.kind === 'refused' && result.error).toBeInstanceOf(Refused);
    expect(waits).toEqual([500]);
  });

  it('stops quietly when no longer wanted (a newer start, a sign-out)', async () => {
    let wanted = true;
    const result = await startUp({
      attempt: scripted(['fail', 'fail', 'ok']),
      isFinal: () => false,
      isCurrent: () => wanted,
      sleep: async () => {
        wanted = false;
      },
      jitter: () => 0.5,
    });
    expect(result).toEqual({ kind: 'cancelled' });
  });
});
