import { z } from 'zod';
import { LOCALES } from './localized.ts';
import { TICKET_NUMBER_PATTERN } from './ticket-number.ts';

/**
 * Printing a ticket: what goes on the paper and what a printer reports. Shared by the kiosk renderer,
 * the Electron main process (real printers), the hub (virtual printer for browser kiosks) and
 * hardware/printer, which turns a job into ESC/POS bytes.
 */

export const PRINTER_CONDITIONS = ['ready', 'offline', 'cover-open', 'paper-end', 'error'] as const;
export type PrinterCondition = (typeof PRINTER_CONDITIONS)[number];

export const printerStatusSchema = z
  .object({
    condition: z.enum(PRINTER_CONDITIONS),
    /** Paper is running low: still prints, and the hub is told so an attendant can refill. */
    paperNearEnd: z.boolean(),
    /** Detail for logs and attendants, never shown to citizens as is. */
    detail: z.string().max(200).optional(),
  })
  .strict();
export type PrinterStatus = z.infer<typeof printerStatusSchema>;

const line = z.string().max(120);

/** At most this many items of a service's materials go on a ticket. */
export const MATERIALS_PRINTED_MAX = 12;

/** What goes on the paper, already localised by the kiosk; no personal data. */
export const ticketPrintJobSchema = z
  .object({
    locale: z.enum(LOCALES),
    hallName: line,
    number: z.string().regex(TICKET_NUMBER_PATTERN),
    serviceName: line,
    zoneName: line,
    /** Where to wait, e.g. "医保专区 · 1、2号窗口". */
    waitAt: line,
    laneLabel: line.nullable(),
    peopleAhead: z.number().int().min(0).max(9999),
    estimatedWaitMinutes: z.number().int().min(0).max(9999),
    /**
     * The range printed as the wait ("约 15–25 分钟"), whole minutes. Optional: a kiosk of an earlier release sends
     * only `estimatedWaitMinutes`, which is then printed as before.
     */
    waitLow: z.number().int().min(0).max(9999).optional(),
    waitHigh: z.number().int().min(0).max(9999).optional(),
    /** Local time of issue, already formatted, e.g. "2026-11-24 09:31". */
    issuedAt: z.string().max(40),
    /** The phone status page the QR code points to. */
    statusUrl: z.string().url().max(300),
    footer: z.array(line).max(4),
    /**
     * A reprint of a lost slip at the guidance desk: the hub sets it (`copy` of the `of` reprints the policy
     * allows) and the ticket is printed with a mark such as "补打 REPRINT 1/3". A kiosk never sends it.
     */
    reprint: z
      .object({ copy: z.number().int().min(1).max(10), of: z.number().int().min(1).max(10) })
      .strict()
      .optional(),
    /**
     * What to bring (一次性告知), one item a line, in the ticket's language: only for a service whose configuration
     * says `printMaterials`. Optional: a kiosk of an earlier release sends none.
     */
    materials: z.array(line).max(MATERIALS_PRINTED_MAX).optional(),
  })
  .strict();
export type TicketPrintJob = z.infer<typeof ticketPrintJobSchema>;

export type { PrintResult } from './views/kiosk.ts';
