export type { Ack, AckCallback } from './ack.ts';
export { COMPLAINT_STATES, complaintProgressBodySchema, createComplaintBodySchema } from './complaints.ts';
export type { Complaint, ComplaintProgressBody, ComplaintState, CreateComplaintBody } from './complaints.ts';
export { newRequestId, requestIdSchema } from './request-id.ts';
export {
  AUDIT_PAGE_MAX,
  auditQuerySchema,
  BOOKING_CODE_PATTERN,
  bookingCodeParamsSchema,
  bookingSlotsQuerySchema,
  complaintsQuerySchema,
  DAY_PATTERN,
  dayQuerySchema,
  ENTITY_ID_PATTERN,
  entityIdParamsSchema,
  eventsQuerySchema,
  STATUS_CODE_PATTERN,
  statusCodeParamsSchema,
} from './http-params.ts';
export type { AuditQuery } from './http-params.ts';
export { fail, ok } from './result.ts';
export type { DomainError, Result } from './result.ts';
export type { RandomSource } from './request-id.ts';
export { isErrorCode, toHubError } from './hub-error.ts';
export type { HubError } from './hub-error.ts';
export {
  issueTicketBodySchema,
  kioskBookingQuerySchema,
  phoneLast4Schema,
  WINDOW_ACTIONS,
  windowActionBodySchemas,
  windowNumberSchema,
} from './commands.ts';
export type { IssueTicketBody, WindowAction, WindowActionBody, WindowCommand } from './commands.ts';
export { ERROR_STATUS, errorBodySchema, errorCodeSchema, httpStatusOf } from './errors.ts';
export type { ErrorBody, ErrorCode } from './errors.ts';
export { HALL_EVENT_TYPES, storedEventSchema } from './events.ts';
export type { HallEventMessage, HallEventType, StoredEvent } from './events.ts';
export {
  bookingSlotsSchema,
  elderlyRuleSchema,
  hallConfigSchema,
  holidayCalendarSchema,
  openingHoursOverrideSchema,
  openingHoursSchema,
  DEFAULT_QUEUE_POLICY,
  queuePolicySchema,
  serviceConfigSchema,
  timeRangeSchema,
  WINDOW_KINDS,
  windowConfigSchema,
  zoneConfigSchema,
} from './hall-config.ts';
export type {
  BookingSlots,
  ElderlyRule,
  HallConfig,
  HallConfigInput,
  HolidayCalendar,
  OpeningHours,
  OpeningHoursOverride,
  QueuePolicy,
  ServiceConfig,
  TimeRange,
  WindowConfig,
  WindowKind,
  ZoneConfig,
} from './hall-config.ts';
export {
  BOOKING_SESSIONS,
  BOOKING_SOURCES,
  BOOKING_STATES,
  createBookingBodySchema,
  DAY_KINDS,
  phoneNumberSchema,
  publicCreateBookingBodySchema,
} from './bookings.ts';
export type {
  BookingOptionsView,
  BookingSession,
  BookingSlotsView,
  BookingSlotView,
  BookingSource,
  BookingsPush,
  BookingState,
  BookingView,
  CheckInVerdict,
  CreateBookingBody,
  DayKind,
  DisplayBookingsPush,
  DisplayBookingView,
  KioskBookingLookup,
  PublicBookingView,
  PublicCreateBookingBody,
} from './bookings.ts';
export {
  PHONE_CODE_LENGTH,
  PHONE_PROOF_HEADER,
  phoneCodeBodySchema,
  phoneCodeSentSchema,
  phoneProofBodySchema,
  phoneProofHeadersSchema,
  phoneProofSchema,
} from './phone-proof.ts';
export type { PhoneCodeBody, PhoneCodeSent, PhoneProof, PhoneProofBody } from './phone-proof.ts';
export { HOLDER_NAME_MAX, isPhoneNumber, normalizePhone, PHONE_PATTERN } from './booking-holder.ts';
export {
  changePasswordBodySchema,
  createDeviceBodySchema,
  createStaffBodySchema,
  loginBodySchema,
  resetPasswordBodySchema,
} from './http-bodies.ts';
export type {
  ChangePasswordBody,
  CreateDeviceBody,
  CreateDeviceReply,
  CreateStaffBody,
  DeviceView,
  LoginBody,
  LoginReply,
  ResetPasswordBody,
  StaffView,
} from './http-bodies.ts';
export { MATERIALS_PRINTED_MAX, PRINTER_CONDITIONS, printerStatusSchema, ticketPrintJobSchema } from './kiosk-print.ts';
export type { PrintResult, PrinterCondition, PrinterStatus, TicketPrintJob } from './kiosk-print.ts';
export { LOCALES, localizedTextSchema } from './localized.ts';
export type { Locale, LocalizedText } from './localized.ts';
export { asciiDigits } from './digits.ts';
export { looksUnmasked, maskIdNumber, maskName, maskPersonalNumbers, maskPhone } from './masking.ts';
export { DEVICE_ROLES, deviceRoleSchema, STAFF_PERMISSIONS, STAFF_ROLES, staffRoleSchema } from './roles.ts';
export type { DeviceRole, Role, StaffPermission, StaffRole } from './roles.ts';
export type { PublicTicketStatus } from './public-status.ts';
export { noticeSchema, noticesBodySchema } from './notices.ts';
export type { Notice, NoticesBody } from './notices.ts';
export {
  closeFollowUpBodySchema,
  FOLLOW_UP_STATES,
  RATING_LEVELS,
  RATING_SOURCES,
  rateBodySchema,
  ticketRatingSchema,
  UNSATISFIED_LEVELS,
} from './rating.ts';
export type { FollowUp, RateBody, RatingLevel, RatingSource, TicketRating } from './rating.ts';
export type { HallSnapshot } from './snapshot.ts';
export { socketAuthSchema, syncRequestSchema } from './socket-events.ts';
export type {
  ClientToServerEvents,
  ServerToClientEvents,
  SocketAuth,
  SyncReply,
  WindowCommandResult,
} from './socket-events.ts';
export { queueStatsSchema, serviceQueueStatsSchema } from './stats.ts';
export type { QueueStats, ServiceQueueStats } from './stats.ts';
export {
  CALLABLE_STATES,
  FINAL_STATES,
  HELD_STATES,
  issuedTicketSchema,
  isWaitSoon,
  LANES,
  maskedHolderSchema,
  TICKET_ACTIONS,
  TICKET_STATES,
  ticketBookingSchema,
  ticketSchema,
  statusPathOf,
  ticketStepSchema,
  toPublicTicket,
  waitForecastSchema,
} from './ticket.ts';
export type {
  IssuedTicket,
  Lane,
  MaskedHolder,
  PublicTicket,
  Ticket,
  TicketAction,
  TicketBooking,
  TicketState,
  TicketStep,
  WaitForecast,
} from './ticket.ts';
export {
  DEFAULT_NUMBER_DIGITS,
  MAX_SEQ_PER_PREFIX,
  NUMBER_DIGITS,
  NUMBERING_LEVELS,
  TICKET_NUMBER_MAX_LENGTH,
  TICKET_NUMBER_PATTERN,
} from './ticket-number.ts';
export type { NumberDigits, NumberingLevel } from './ticket-number.ts';
export { PROTOCOL_VERSION } from './version.ts';
export { WINDOW_STATES, windowStateSchema } from './window.ts';
export type { WindowState, WindowStateName } from './window.ts';
export {
  CONFIG_BODY_MAX_BYTES,
  CONFIG_PROBLEM_CODES,
  CONFIG_VERSION_PATTERN,
  CONFIG_VERSIONS_PAGE_MAX,
  configProblemSchema,
  configVersionParamsSchema,
  configVersionsQuerySchema,
  putConfigBodySchema,
  rollbackConfigBodySchema,
} from './config-api.ts';
export type { ConfigProblem, ConfigProblemCode, PutConfigBody, RollbackConfigBody } from './config-api.ts';
export * from './views/index.ts';
export {
  durationFiguresSchema,
  ratingCountsSchema,
  REPORT_DIMENSIONS,
  REPORT_FORMATS,
  REPORT_MAX_DAYS,
  reportBreakdownQuerySchema,
  reportBreakdownSchema,
  reportRangeQuerySchema,
  reportRowSchema,
  reportSummarySchema,
  ticketFiguresSchema,
  windowPerformanceSchema,
} from './reports.ts';
export type {
  DurationFigures,
  RatingCounts,
  ReportBreakdown,
  ReportBreakdownQuery,
  ReportDimension,
  ReportFormat,
  ReportRangeQuery,
  ReportRow,
  ReportSummary,
  TicketFigures,
  WindowPerformance,
} from './reports.ts';
export {
  acknowledgeAlertBodySchema,
  ALERT_KINDS,
  alertsPushSchema,
  alertSubjectSchema,
  hallAlertSchema,
  liveBoardSchema,
  windowLiveSchema,
  zoneLiveSchema,
} from './live-board.ts';
export type {
  AcknowledgeAlertBody,
  AlertKind,
  AlertsPush,
  AlertSubject,
  HallAlert,
  LiveBoard,
  WindowLive,
  ZoneLive,
} from './live-board.ts';
export {
  cancelTicketBodySchema,
  deskCommandReplySchema,
  deskPrintBodySchema,
  deskPrinterSchema,
  deskPrintResultSchema,
  deskTicketSchema,
  moveTicketBodySchema,
  referComplaintsBodySchema,
  reprintBodySchema,
  reprintReplySchema,
  TICKET_ID_PATTERN,
  ticketIdParamsSchema,
  ticketLookupQuerySchema,
} from './guide-desk.ts';
export type {
  CancelTicketBody,
  DeskCommandReply,
  DeskPrintBody,
  DeskPrinter,
  DeskPrintResult,
  DeskTicket,
  MoveTicketBody,
  ReferComplaintsBody,
  ReprintBody,
  ReprintReply,
} from './guide-desk.ts';
export {
  groupOfLaneKey,
  laneKeyOf,
  laneLabelOf,
  PRIORITY_GROUP_ID_PATTERN,
  priorityGroupSchema,
  priorityRuleSchema,
  RESERVED_GROUP_IDS,
  selfDeclaredGroups,
} from './priority-groups.ts';
export type { LaneKey, PriorityGroup, PriorityGroupInput, PriorityRule } from './priority-groups.ts';
export {
  catalogueDocumentSchema,
  catalogueServiceSchema,
  INGEST_BATCH_MAX,
  ingestAckSchema,
  ingestBatchSchema,
  publicWaitsSchema,
  SITE_ID_PATTERN,
  SITE_LEVELS,
  SITE_STALE_SECONDS,
  siteLiveSchema,
  siteSchema,
  siteStatusSchema,
  siteTicketSchema,
  syncedEventSchema,
} from './district.ts';
export type {
  CatalogueDocument,
  CatalogueService,
  IngestAck,
  IngestBatch,
  PublicWaits,
  Site,
  SiteLevel,
  SiteLive,
  SiteStatus,
  SiteTicket,
  SyncedEvent,
} from './district.ts';
