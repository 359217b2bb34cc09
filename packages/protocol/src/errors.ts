import { z } from 'zod';
import { configProblemSchema } from './config-api.ts';

/**
 * Stable error codes. Clients branch on the code; the message is for people and may change.
 * Each code has one HTTP status so the socket and HTTP faces of the hub agree.
 */
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  PHONE_CODE_INVALID: 400,
  VALIDATION_FAILED: 400,
  PROTOCOL_VERSION_MISMATCH: 400,
  UNAUTHENTICATED: 401,
  PHONE_PROOF_REQUIRED: 401,
  INVALID_CREDENTIALS: 401,
  WRONG_CURRENT_PASSWORD: 403,
  FORBIDDEN: 403,
  PHONE_PROOF_MISMATCH: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  UNKNOWN_SERVICE: 404,
  UNKNOWN_WINDOW: 404,
  UNKNOWN_TICKET: 404,
  UNKNOWN_BOOKING: 404,
  UNKNOWN_SLOT: 404,
  CONFLICT: 409,
  REQUEST_ID_REUSED: 409,
  WINDOW_CLOSED: 409,
  WINDOW_PAUSED: 409,
  WINDOW_BUSY: 409,
  WINDOW_HELD_BY_OTHER_CLERK: 409,
  NO_CURRENT_TICKET: 409,
  NO_TICKET_WAITING: 409,
  TICKET_NOT_CALLABLE: 409,
  INVALID_TRANSITION: 409,
  RECALL_LIMIT_REACHED: 409,
  /** A ticket was reprinted as often as `policy.reprintsPerTicket` allows. */
  REPRINT_LIMIT_REACHED: 409,
  /** The hall has no could-not-get-it-done window (kind `complaints`) to send a citizen to. */
  NO_COMPLAINTS_WINDOW: 409,
  RECALL_COOLDOWN: 409,
  NO_SHOW_TOO_EARLY: 409,
  SERVICE_NOT_SERVED_HERE: 409,
  NUMBERS_EXHAUSTED: 409,
  USERNAME_TAKEN: 409,
  LAST_ADMIN: 409,
  BOOKING_ALREADY_USED: 409,
  BOOKING_TOO_EARLY: 409,
  BOOKING_MISSED: 409,
  BOOKING_NOT_CANCELLABLE: 409,
  SLOT_FULL: 409,
  BOOKING_LIMIT_REACHED: 409,
  SERVICE_CLOSED: 409,
  NO_RATING_PENDING: 409,
  ALREADY_RATED: 409,
  UNKNOWN_COMPLAINT: 404,
  CONFIG_VERSION_CONFLICT: 409,
  UNSAFE_CONFIG_CHANGE: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  STORAGE_UNAVAILABLE: 503,
  SMS_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const errorCodeSchema = z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]);

/** The body of every failed HTTP call and every failed socket acknowledgement. */
export const errorBodySchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  /** Field-level problems for VALIDATION_FAILED: `path` is dotted ("holder.phone"). */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  /** CONFIG_VERSION_CONFLICT: the version the configuration is at now. */
  currentVersion: z.number().int().optional(),
  /** UNSAFE_CONFIG_CHANGE: each way the change would strand people today. */
  problems: z.array(configProblemSchema).optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function httpStatusOf(code: ErrorCode): number {
  return ERROR_STATUS[code];
}
