import { describe, expect, test } from 'vitest';
import type { HubProcess } from './hub-process.ts';
import { step } from './steps.ts';

/** A stand-in for a hub child process: only what a failing step reads of it. */
const fakeHub = (lines: string[], running: boolean) =>
  ({
    port: 4321,
    child: { exitCode: running ? null : 0, signalCode: null },
    output: () => lines.join('\n'),
  }) as unknown as HubProcess;

describe('a test step', () => {
  test('that runs out of time fails at once, naming the step and showing the hub output', async () => {
    const never = new Promise<void>(() => {});
    const hub = fakeHub(['[stdout] {"msg":"hall hub listening"}', '[stdout] {"msg":"stopping"}'], false);
    const failure = await step('the display reconnects', 50, () => never, { hub: () => hub }).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    const message = (failure as Error).message;
    expect(message).toContain('step "the display reconnects" failed: no result within 50 ms');
    expect(message).toContain('hub on port 4321 (stopped)');
    expect(message).toContain('{"msg":"stopping"}');
  });

  test('that throws keeps the cause and adds the scene', async () => {
    const hub = fakeHub(['[stderr] boom'], true);
    const cause = new Error('expected 2 to be 3');
    const failure = await step('count the calls', 1_000, () => Promise.reject(cause), { hub: () => hub }).catch(
      (e: Error) => e,
    );
    expect((failure as Error).message).toContain('step "count the calls" failed: expected 2 to be 3');
    expect((failure as Error).message).toContain('hub on port 4321 (running)');
    expect((failure as Error).cause).toBe(cause);
  });

  test('that succeeds returns its value', async () => {
    expect(await step('add', 1_000, () => Promise.resolve(1 + 1))).toBe(2);
  });
});
