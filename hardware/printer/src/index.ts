// The main entry is what the hub imports for its virtual printer: it must never pull in usb or serialport
// (native addons the hub does not need). Real transports are in '@hall/printer/transports'.
export { EscPos, encodeText } from './escpos.ts';
export type { Align, QrErrorLevel } from './escpos.ts';
export { encodeTicket } from './ticket-layout.ts';
export type { TicketLayoutOptions } from './ticket-layout.ts';
export { TICKET_LABELS, ticketLabels } from './labels.ts';
export type { TicketLabels } from './labels.ts';
export { isValidStatusByte, parseStatus, statusQueries, STATUS_KINDS } from './status.ts';
export type { StatusKind, StatusReplies } from './status.ts';
export { TimeoutError, withTimeout } from './printer.ts';
export type { Printer } from './printer.ts';
export { VirtualPrinter } from './virtual-printer.ts';
export type { VirtualPrinterOptions } from './virtual-printer.ts';
export { renderPreviewPng, renderPreviewPngAsync } from './preview.ts';
export type { PreviewOptions } from './preview.ts';
