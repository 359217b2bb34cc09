import { z } from 'zod';
import { requestIdSchema } from './request-id.ts';
import { WINDOW_STATES } from './window.ts';

/**
 * The supervisors' live board (`GET /api/v1/live`, admins and staff with `supervise`) and its alerts.
 * Thresholds are in the configuration: each service's `targetWaitMinutes` and `policy.alerts`.
 */

export const ALERT_KINDS = [
  /** A ticket has waited past its service's target wait. Subject: the ticket. */
  'wait-over-target',
  /** A zone has people waiting while comprehensive windows that may serve them stand open and idle. Subject: the zone. */
  'zone-queue-comprehensive-idle',
  /** A window paused longer than `policy.alerts.pauseMaxMinutes`. Subject: the window. */
  'window-paused-too-long',
  /** A kiosk printer reports low paper, no paper, cover open or offline. Subject: the device. */
  'printer-problem',
  /** A kiosk or display has had no connection for `policy.alerts.deviceOfflineMinutes`. Subject: the device. */
  'device-offline',
  /** An unsatisfied rating's follow-up has been open longer than `policy.alerts.followUpOpenHours`. Subject: the follow-up. */
  'follow-up-overdue',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** What an alert is about; only the fields of its kind are set. No personal data. */
export const alertSubjectSchema = z.object({
  ticketId: z.string().optional(),
  ticketNumber: z.string().optional(),
  serviceId: z.string().optional(),
  zoneId: z.string().optional(),
  window: z.number().int().optional(),
  deviceId: z.string().optional(),
  deviceName: z.string().optional(),
  followUpId: z.string().optional(),
  /** printer-problem: the printer's condition. */
  condition: z.string().optional(),
});
export type AlertSubject = z.infer<typeof alertSubjectSchema>;

/**
 * An alert the hub raised. It stays on the board until a supervisor acknowledges it (audited) and its cause
 * has gone (`clearedAt`); the hub raises a new one for the same subject only after the last one cleared.
 */
export const hallAlertSchema = z.object({
  id: z.string(),
  kind: z.enum(ALERT_KINDS),
  /** The kind plus the subject (`wait-over-target:<ticket id>`): at most one alert not cleared per key. */
  key: z.string(),
  subject: alertSubjectSchema,
  raisedAt: z.number().int(),
  clearedAt: z.number().int().nullable(),
  acknowledgedAt: z.number().int().nullable(),
  /** The display name of who acknowledged it. */
  acknowledgedBy: z.string().nullable(),
});
export type HallAlert = z.infer<typeof hallAlertSchema>;

export const zoneLiveSchema = z.object({
  zoneId: z.string(),
  waiting: z.number().int().min(0),
  /** Minutes the longest-waiting ticket of the zone has waited so far; null with nobody waiting. */
  longestWaitMinutes: z.number().int().min(0).nullable(),
  windowsOpen: z.number().int().min(0),
  windowsPaused: z.number().int().min(0),
  /** Open, not paused, and holding no ticket. */
  windowsIdle: z.number().int().min(0),
  /** Tickets of the zone finished in the last 60 minutes. */
  servedLastHour: z.number().int().min(0),
  /** The forecast wait of a ticket taken now in the zone's busiest service, minutes. */
  estimatedWaitMinutes: z.number().int().min(0),
});
export type ZoneLive = z.infer<typeof zoneLiveSchema>;

export const windowLiveSchema = z.object({
  number: z.number().int(),
  state: z.enum(WINDOW_STATES),
  /** Holding a called or serving ticket. */
  busy: z.boolean(),
  /** When the window entered its present state (open/paused/closed), hub clock ms. */
  since: z.number().int(),
  clerkName: z.string().nullable(),
  pauseReason: z.string().nullable(),
});
export type WindowLive = z.infer<typeof windowLiveSchema>;

export const liveBoardSchema = z.object({
  /** Hub clock ms when the board was made. */
  at: z.number().int(),
  businessDay: z.string(),
  zones: z.array(zoneLiveSchema),
  windows: z.array(windowLiveSchema),
  /** Alerts on the board: not acknowledged, or acknowledged but not yet cleared. Newest first. */
  alerts: z.array(hallAlertSchema),
});
export type LiveBoard = z.infer<typeof liveBoardSchema>;

/** Socket push `hall:alerts` to supervisors: the board's alerts whenever one is raised, cleared or acknowledged. */
export const alertsPushSchema = z.object({ at: z.number().int(), alerts: z.array(hallAlertSchema) });
export type AlertsPush = z.infer<typeof alertsPushSchema>;

/** `POST /api/v1/alerts/{id}/acknowledge`. */
export const acknowledgeAlertBodySchema = z.object({ requestId: requestIdSchema }).strict();
export type AcknowledgeAlertBody = z.infer<typeof acknowledgeAlertBodySchema>;
