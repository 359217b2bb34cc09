import type { Locale, StaffView } from '@hall/protocol';
import { localeMemory, pickLocale } from '@hall/web-ui';
import { create } from 'zustand';
import { consoleAccessOf, pageShown, type ConsoleAccess } from '../logic/console-access.ts';
import { pageAsked, type PageId } from './pages.ts';

export interface AdminSession {
  token: string;
  expiresAt: number;
  staff: StaffView;
}

const SESSION_KEY = 'hall.admin.session';
const savedLocale = localeMemory('hall.admin.locale');

/** The session kept over a reload of this tab; whether it has ended is the hub's call (a 401). */
function readSession(): AdminSession | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    const s = raw ? (JSON.parse(raw) as AdminSession) : null;
    return s && typeof s.token === 'string' ? s : null;
  } catch {
    return null;
  }
}

/** The access of a session; a stored session that grants none (a clerk's) counts as none. */
export function accessOf(session: AdminSession | null): ConsoleAccess | null {
  return session ? consoleAccessOf(session.staff) : null;
}

/** The page to show for the address, as this session may see it. */
function pageFor(session: AdminSession | null, asked: PageId | null): PageId {
  const access = accessOf(session);
  return access ? pageShown(access, asked) : (asked ?? 'hall');
}

const askedNow = () => pageAsked(location.hash, location.pathname);
const initialSession = readSession();

export interface SessionState {
  locale: Locale;
  session: AdminSession | null;
  loginNotice: 'session-ended' | null;
  page: PageId;
  setLocale(l: Locale): void;
  signedIn(s: AdminSession): void;
  signedOut(notice: SessionState['loginNotice']): void;
  go(page: PageId): void;
}

export const useSession = create<SessionState>()((set) => ({
  locale: pickLocale({ search: location.search, saved: savedLocale.load() }),
  session: initialSession,
  loginNotice: null,
  page: pageFor(initialSession, askedNow()),
  setLocale: (locale) => {
    savedLocale.save(locale);
    set({ locale });
  },
  signedIn: (session) => {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    set({ session, loginNotice: null, page: pageFor(session, askedNow()) });
  },
  signedOut: (loginNotice) => {
    sessionStorage.removeItem(SESSION_KEY);
    set({ session: null, loginNotice });
  },
  go: (page) => {
    if (location.hash !== `#${page}`) location.hash = page;
    set((s) => ({ page: pageFor(s.session, page) }));
  },
}));

addEventListener('hashchange', () => useSession.setState((s) => ({ page: pageFor(s.session, askedNow()) })));
