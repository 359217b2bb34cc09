import type { PrinterStatus } from '@hall/protocol';

/** Why the kiosk will not take a number right now. */
export type IssueBlock =
  'hub-offline' | 'printer-unknown' | 'printer-offline' | 'printer-cover-open' | 'printer-paper-end' | 'printer-error';

/** How often a blocked kiosk checks again, by itself. */
export const RECHECK_MS = 3_000;

/**
 * A number is only taken when it can be handed over: the hub is connected and the printer says `ready`
 * (paper near its end still prints).
 */
export function issueBlock(hubConnected: boolean, printer: PrinterStatus | null): IssueBlock | null {
  if (!hubConnected) return 'hub-offline';
  if (printer === null) return 'printer-unknown';
  switch (printer.condition) {
    case 'ready':
      return null;
    case 'offline':
      return 'printer-offline';
    case 'cover-open':
      return 'printer-cover-open';
    case 'paper-end':
      return 'printer-paper-end';
    default:
      return 'printer-error';
  }
}
