/** Runtime schemas of everything the hub sends out (HTTP replies, socket pushes and acknowledgements). */
export { ackSchema, okReplySchema } from './ack.ts';
export type { OkReply } from './ack.ts';
export {
  auditEntrySchema,
  createDeviceReplySchema,
  deviceStateViewSchema,
  deviceViewSchema,
  loginReplySchema,
  meReplySchema,
  staffViewSchema,
} from './accounts.ts';
export type { AuditEntryView, DeviceStateView, MeReply } from './accounts.ts';
export {
  bookingListSchema,
  bookingOptionsViewSchema,
  bookingSlotsViewSchema,
  bookingSlotViewSchema,
  bookingsPushSchema,
  bookingViewSchema,
  CHECK_IN_VERDICTS,
  displayBookingListSchema,
  displayBookingsPushSchema,
  displayBookingViewSchema,
  hasBookingCodes,
  kioskBookingLookupSchema,
  myBookingsSchema,
  publicBookingViewSchema,
} from './bookings.ts';
export {
  configPushSchema,
  configVersionListSchema,
  configVersionSummarySchema,
  configVersionViewSchema,
} from './config.ts';
export type { ConfigPush, ConfigVersionList, ConfigVersionSummary, ConfigVersionView } from './config.ts';
export { complaintSchema, followUpSchema } from './complaints.ts';
export {
  dayTicketsSchema,
  hallEventMessageSchema,
  hallSnapshotSchema,
  hallTicketSchema,
  healthReplySchema,
  publicTicketSchema,
  syncReplySchema,
  windowCommandResultSchema,
  windowListSchema,
} from './hall.ts';
export type { DayTickets, HealthReply } from './hall.ts';
export { displayDemoConfigSchema, kioskDemoConfigSchema, printResultSchema } from './kiosk.ts';
export type { DisplayDemoConfig, KioskDemoConfig } from './kiosk.ts';
export { numberingReplySchema, prefixNumberingSchema } from './numbering.ts';
export type { NumberingReply } from './numbering.ts';
export { publicTicketStatusSchema } from './public-status.ts';
export { raterRateReplySchema, raterStatusSchema } from './rater.ts';
export type { RaterRateReply, RaterStatus } from './rater.ts';
export { commandAckSchemas, serverPushSchemas, syncAckSchema } from './socket.ts';
export type { CommandName, ServerPush, ServerPushName } from './socket.ts';
