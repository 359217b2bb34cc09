import type { PrinterStatus } from '@hall/protocol';
import { DLE, EOT } from './escpos.ts';

/**
 * Printer status through DLE EOT n, the real-time status command, and never GS r: a printer executes
 * DLE EOT the moment it receives it, even while offline, with the cover open or out of paper, whereas GS r
 * is an ordinary command that waits in the receive buffer behind the job and is not processed at all while
 * the printer is offline or in error, i.e. it goes unanswered exactly when we need the answer. (Never send
 * DLE EOT in the middle of a job's bytes either: the printer would take it out of the data stream.)
 *
 * Each reply is one byte with fixed bits: bit0 = 0, bit1 = 1, bit4 = 1, bit7 = 0.
 */

export const STATUS_KINDS = ['printer', 'offline', 'error', 'paper'] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];
export type StatusReplies = Partial<Record<StatusKind, number>>;

/** n of DLE EOT n for each reply: 1 printer, 2 offline cause, 3 error cause, 4 roll paper sensor. */
export const STATUS_QUERY_N: Readonly<Record<StatusKind, number>> = { printer: 1, offline: 2, error: 3, paper: 4 };

/** The four requests DLE EOT 1..4, in the order of STATUS_KINDS. */
export function statusQueries(): Buffer[] {
  return STATUS_KINDS.map((kind) => Buffer.from([DLE, EOT, STATUS_QUERY_N[kind]]));
}

export function isValidStatusByte(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 0xff && (value & 0x93) === 0x12;
}

const bit = (value: number | undefined, n: number): boolean => value !== undefined && (value & (1 << n)) !== 0;
const hex = (value: number): string => `0x${value.toString(16).padStart(2, '0')}`;

export function parseStatus(replies: StatusReplies): PrinterStatus {
  for (const kind of STATUS_KINDS) {
    const value = replies[kind];
    if (value !== undefined && !isValidStatusByte(value)) {
      // A byte with wrong fixed bits is not a status reply (line noise, wrong baud rate, a printer speaking
      // another protocol): we cannot know the printer is fine, so it must not count as ready.
      const shown = Number.isInteger(value) ? hex(value) : String(value);
      return {
        condition: 'error',
        paperNearEnd: false,
        detail: `invalid reply ${shown} to DLE EOT ${STATUS_QUERY_N[kind]}`,
      };
    }
  }
  const { printer, offline, error, paper } = replies;
  if (printer === undefined) return { condition: 'offline', paperNearEnd: false, detail: 'no reply to DLE EOT 1' };

  const causes: string[] = [];
  const note = (on: boolean, text: string): boolean => {
    if (on) causes.push(text);
    return on;
  };
  const isOffline = note(bit(printer, 3), 'offline');
  const coverOpen = note(bit(offline, 2), 'cover open');
  const paperEndStop = note(bit(offline, 5), 'stopped by paper end');
  const offlineError = note(bit(offline, 6), 'error');
  const mechanical = note(bit(error, 2), 'mechanical error');
  const cutter = note(bit(error, 3), 'autocutter error');
  const unrecoverable = note(bit(error, 5), 'unrecoverable error');
  const autoRecoverable = note(bit(error, 6), 'auto-recoverable error (e.g. head too hot)');
  const paperEnd = note(bit(paper, 5) || bit(paper, 6), 'paper end');
  const paperNearEnd = note(bit(paper, 2) || bit(paper, 3), 'paper near end');

  // The most specific cause wins: an open cover or an empty roll also sets the offline bit.
  const condition: PrinterStatus['condition'] = coverOpen
    ? 'cover-open'
    : paperEnd || paperEndStop
      ? 'paper-end'
      : offlineError || mechanical || cutter || unrecoverable || autoRecoverable
        ? 'error'
        : isOffline
          ? 'offline'
          : 'ready';
  return causes.length === 0 ? { condition, paperNearEnd } : { condition, paperNearEnd, detail: causes.join('; ') };
}
