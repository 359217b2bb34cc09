import { createDebouncer } from './debounce.ts';
import type { HidSource } from './device-provider.ts';
import { codeOfUsage, lookupKey } from './key-names.ts';
import type { PadLogger } from './log.ts';
import { actionForKey, padLabel } from './pad-action.ts';
import type { PadAction } from './pad-action.ts';
import type { PadConfig } from './pad-config.ts';
import { readReport } from './report-decoder.ts';

export interface PadDriverOptions {
  pad: PadConfig;
  source: HidSource;
  log: PadLogger;
  /** Milliseconds; injected so debouncing is testable without real timers. */
  clock: () => number;
  onAction: (action: PadAction) => void;
  /** The device stopped (read error or close, typically an unplug); not called after our own close(). */
  onDetached?: (reason: string) => void;
}

export interface PadDriver {
  readonly pad: PadConfig;
  readonly closed: boolean;
  close(): Promise<void>;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads one open pad: reports → debounced key presses → actions for the pad's window. */
export function startPadDriver(options: PadDriverOptions): PadDriver {
  const { pad, source, log, clock } = options;
  const label = padLabel(pad);
  const debouncer = createDebouncer(pad.minIntervalMs);
  let closed = false;

  const shut = async (): Promise<void> => {
    closed = true;
    try {
      await source.close();
    } catch (error) {
      // Closing an unplugged device can fail; it is gone either way.
      log.debug('closing the pad failed', { pad: label, error: describeError(error) });
    }
  };

  const detach = (reason: string): void => {
    if (closed) return;
    log.info('pad detached; waiting for it to come back', { pad: label, reason });
    void shut().then(() => options.onDetached?.(reason));
  };

  source.on('data', (report) => {
    if (closed) return;
    const now = clock();
    const reading = readReport(report, pad.report);
    if (reading.type === 'release') {
      debouncer.release(now);
      return;
    }
    if (reading.type === 'invalid') {
      log.debug('ignored a report that is not a key', { pad: label, bytes: hexOf(report) });
      return;
    }
    const hit = lookupKey(pad.keyMap, { code: codeOfUsage(reading.usage), usage: reading.usage });
    // Every key-down goes through the debouncer, mapped or not, so it also tracks which key is held.
    const fresh = debouncer.down(hit?.name ?? `usage:${reading.usage}`, now);
    if (!hit) {
      log.debug('ignored a key the pad has no action for', { pad: label, usage: reading.usage });
      return;
    }
    if (!fresh) return;
    const action = actionForKey(pad, hit.name);
    if (action) options.onAction(action);
  });
  source.on('error', (error) => detach(`read error: ${describeError(error)}`));
  source.on('close', () => detach('closed by the device'));

  return {
    pad,
    get closed() {
      return closed;
    },
    close: async () => {
      if (!closed) await shut();
    },
  };
}

function hexOf(report: unknown): string {
  if (report instanceof Uint8Array)
    return Array.from(report.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join(' ');
  return typeof report;
}
