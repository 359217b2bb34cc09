import { z } from 'zod';

/**
 * Staff log in with a password; devices hold a token an admin created for them. A `guide` staffs the
 * guidance desk (咨询引导台): issues, finds, reprints, moves and cancels tickets, and operates no window.
 */
export const STAFF_ROLES = ['admin', 'clerk', 'guide'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
/** A `rater` is a citizen-facing rating tablet bound to one window. */
export const DEVICE_ROLES = ['kiosk', 'display', 'rater'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];
export type Role = StaffRole | DeviceRole;

/** Rights a staff member may be granted beyond their role. */
/** `supervise`: see and close rating follow-ups and the could-not-get-it-done list (admins always may). */
export const STAFF_PERMISSIONS = ['call-out-of-order', 'supervise'] as const;
export type StaffPermission = (typeof STAFF_PERMISSIONS)[number];

export const staffRoleSchema = z.enum(STAFF_ROLES);
export const deviceRoleSchema = z.enum(DEVICE_ROLES);
