import type { DeviceView, Role, StaffRole } from '@hall/protocol';
import type { Actor } from '@hall/queue-core';
import type { StaffRecord } from '@hall/store';

/** An authenticated caller: a staff member with a session, or a registered device. */
export type Principal =
  | { kind: 'staff'; id: string; role: StaffRole; staff: StaffRecord; tokenHash: string }
  | { kind: 'device'; id: string; role: 'kiosk' | 'display' | 'rater'; device: DeviceView; tokenHash: string };

export function principalName(p: Principal): string {
  return p.kind === 'staff' ? p.staff.displayName : p.device.name;
}

export function actorOf(p: Principal): Actor {
  return {
    id: p.id,
    name: principalName(p),
    isAdmin: p.role === 'admin',
    canCallOutOfOrder: p.kind === 'staff' && (p.role === 'admin' || p.staff.permissions.includes('call-out-of-order')),
  };
}

/**
 * What each role may do. A display only watches; a kiosk only issues tickets and reads waits; a guide at the
 * guidance desk issues tickets, reads waits and uses the desk (find, print, reprint, move, cancel, refer),
 * and operates no window and no configuration.
 */
export const RIGHTS = {
  'ticket:issue': ['kiosk', 'guide'],
  'window:operate': ['clerk', 'admin'],
  'hall:read': ['kiosk', 'display', 'clerk', 'admin', 'guide'],
  /** The guidance desk's routes (`/api/v1/tickets/lookup`, `…/{id}/reprint|move|cancel|refer-complaints`, `/api/v1/desk/*`). */
  'desk:use': ['guide', 'admin'],
  'hall:watch': ['display', 'clerk', 'admin'],
  'bookings:read': ['display', 'clerk', 'admin'],
  'bookings:write': ['clerk', 'admin'],
  'rating:submit': ['clerk', 'admin', 'rater'],
  'rater:status': ['rater'],
  'complaints:use': ['clerk', 'admin'],
  /** Reports: staff only, and of them supervisors (canSupervise, checked by the report desk). */
  'reports:read': ['clerk', 'admin'],
  /** The live board and its alerts; of the staff only supervisors (`canSupervise`), checked by the desk. */
  'live:read': ['clerk', 'admin'],
  admin: ['admin'],
  /** The hall configuration document, its versions and export. */
  'config:read': ['admin'],
  /** A new configuration version (PUT, rollback, import). */
  'config:write': ['admin'],
} as const satisfies Record<string, readonly Role[]>;
export type Right = keyof typeof RIGHTS;

export function can(p: Principal, right: Right): boolean {
  return (RIGHTS[right] as readonly Role[]).includes(p.role);
}

/** Supervisors see rating follow-ups and every could-not-get-it-done matter: admins, and staff granted it. */
export function canSupervise(p: Principal): boolean {
  return p.kind === 'staff' && (p.role === 'admin' || p.staff.permissions.includes('supervise'));
}
