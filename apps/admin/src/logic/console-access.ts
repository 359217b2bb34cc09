import type { StaffView } from '@hall/protocol';
import { PAGES, type PageId } from '../state/pages.ts';

/**
 * Who may use the console, and which pages each sees. Admins see every page; supervisors (staff with the
 * `supervise` permission, `lead01` in the demo) see only the pages of supervision. The hub's 403s stay
 * the real guard: this only keeps a supervisor away from pages whose every call the hub would refuse.
 */
export type ConsoleAccess = 'admin' | 'supervisor';

/** The pages of supervision, by name: a page of the list that is not (yet) in PAGES is left out. */
const SUPERVISION = new Set<string>(['reports', 'live']);

/** The console access of a signed-in staff member; null for a clerk without `supervise` (refused at login). */
export function consoleAccessOf(staff: Pick<StaffView, 'role' | 'permissions'>): ConsoleAccess | null {
  if (staff.role === 'admin') return 'admin';
  return staff.permissions.includes('supervise') ? 'supervisor' : null;
}

/** The pages of the menu for this access, in menu order. */
export function pagesFor(access: ConsoleAccess): readonly PageId[] {
  return access === 'admin' ? PAGES : PAGES.filter((p) => SUPERVISION.has(p));
}

/**
 * The page shown for an address: the one asked for when this access sees it; else where each lands —
 * an admin on the hall's settings (as before), a supervisor on the live board.
 */
export function pageShown(access: ConsoleAccess, asked: PageId | null): PageId {
  if (asked !== null && pagesFor(access).includes(asked)) return asked;
  return access === 'admin' ? 'hall' : 'live';
}
