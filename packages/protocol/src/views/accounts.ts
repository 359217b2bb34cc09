import { z } from 'zod';
import { printerStatusSchema } from '../kiosk-print.ts';
import { DEVICE_ROLES, STAFF_ROLES } from '../roles.ts';

export const staffViewSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(STAFF_ROLES),
  permissions: z.array(z.string()),
  disabled: z.boolean(),
});
export type StaffView = z.infer<typeof staffViewSchema>;

/** `POST /api/v1/auth/login`. */
export const loginReplySchema = z.object({ token: z.string(), expiresAt: z.number().int(), staff: staffViewSchema });
export type LoginReply = z.infer<typeof loginReplySchema>;

export const deviceViewSchema = z.object({
  id: z.string(),
  role: z.enum(DEVICE_ROLES),
  name: z.string(),
  /** Raters: the window they rate. */
  window: z.number().int().nullable(),
  createdAt: z.number().int(),
  revokedAt: z.number().int().nullable(),
  /** Kiosks: the last printer status the kiosk reported, and when. */
  printer: z.object({ status: printerStatusSchema, at: z.number().int() }).nullable(),
});
export type DeviceView = z.infer<typeof deviceViewSchema>;

/**
 * `GET /api/v1/devices` (admin): each device with its live state, in ms of the hub's clock. `online` while a
 * socket of the device is connected; `onlineSince` / `offlineSince` when that last changed (`offlineSince`
 * after a restart: when the hub last heard from it; null for a device never seen); `lastSeenAt` the last
 * socket traffic or authenticated request.
 */
export const deviceStateViewSchema = deviceViewSchema.extend({
  online: z.boolean(),
  onlineSince: z.number().int().nullable(),
  offlineSince: z.number().int().nullable(),
  lastSeenAt: z.number().int().nullable(),
});
export type DeviceStateView = z.infer<typeof deviceStateViewSchema>;

/** The token is shown once, at creation; the hub keeps only its hash. */
export const createDeviceReplySchema = z.object({ device: deviceViewSchema, token: z.string() });
export type CreateDeviceReply = z.infer<typeof createDeviceReplySchema>;

/** `GET /api/v1/me`: who the token belongs to. */
export const meReplySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staff'), staff: staffViewSchema }),
  z.object({ kind: z.literal('device'), device: deviceViewSchema }),
]);
export type MeReply = z.infer<typeof meReplySchema>;

/** `GET /api/v1/audit` (admin). */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.number().int(),
  actor: z.string(),
  action: z.string(),
  detail: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;
