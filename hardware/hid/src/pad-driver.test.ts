import { describe, expect, it } from 'vitest';
import type { PadAction } from './pad-action.ts';
import { padConfigSchema } from './pad-config.ts';
import { startPadDriver } from './pad-driver.ts';
import { SimulatedPad } from './simulated-pad.ts';
import { manualClock, recordingLogger } from './test-support.ts';

function setup(input: Record<string, unknown>) {
  const pad = padConfigSchema.parse({ window: 9, match: { vendorId: 1, productId: 2 }, ...input });
  const source = new SimulatedPad({ vendorId: 1, productId: 2, layout: pad.report });
  source.markOpen();
  const clock = manualClock();
  const log = recordingLogger();
  const actions: PadAction[] = [];
  const detached: string[] = [];
  const driver = startPadDriver({
    pad,
    source,
    log,
    clock: clock.now,
    onAction: (a) => actions.push(a),
    onDetached: (r) => detached.push(r),
  });
  return { pad, source, clock, log, actions, detached, driver };
}

describe('startPadDriver', () => {
  it('reads reports with a report id and ignores other report ids', () => {
    const { source, actions, clock } = setup({ kind: 'rating', report: { reportId: 1, keyByte: 3, minLength: 9 } });
    source.pressRaw([2, 0, 0, 0x1e, 0, 0, 0, 0, 0]); // another report (a media key collection, say)
    source.pressRaw([1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(actions).toEqual([]);
    source.press('2');
    clock.advance(1000);
    source.pressRaw([1, 0, 0, 0x22, 0, 0, 0, 0, 0]);
    expect(actions).toEqual([
      { window: 9, kind: 'rating', level: 'satisfied' },
      { window: 9, kind: 'rating', level: 'very-unsatisfied' },
    ]);
  });

  it('closes quietly on a read error and reports detached once', async () => {
    const { source, actions, detached, driver, log } = setup({ kind: 'call' });
    source.unplug();
    await Promise.resolve();
    await Promise.resolve();
    expect(driver.closed).toBe(true);
    expect(detached).toEqual(['read error: could not read from HID device']);
    expect(log.entries.filter((e) => e.level === 'error' || e.level === 'warn')).toEqual([]);
    source.markOpen();
    source.press('1'); // listeners are gone with the close
    expect(actions).toEqual([]);
  });

  it('does not report detached after its own close', async () => {
    const { driver, detached, source } = setup({ kind: 'call' });
    await driver.close();
    source.markOpen();
    source.unplug();
    expect(detached).toEqual([]);
  });
});
