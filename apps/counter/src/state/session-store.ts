import type { HallConfig, Locale, StaffView } from '@hall/protocol';
import { localeMemory, pickLocale } from '@hall/web-ui';
import { create } from 'zustand';

export interface Session {
  token: string;
  /** Hub time: for information only; the hub decides when the session has ended. */
  expiresAt: number;
  staff: StaffView;
}

const SESSION_KEY = 'hall.counter.session';
const WINDOW_KEY = 'hall.counter.window';

/**
 * The session kept over a reload. Whether it has ended is the hub's call, not this PC's clock (`expiresAt` is
 * hub time; a clock a day ahead would sign every clerk out at each reload): an ended session gets a 401 when
 * the page starts, which shows the login with "your session has ended".
 */
function readSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Session;
    return typeof s.token === 'string' ? s : null;
  } catch {
    return null;
  }
}

function readNumber(key: string): number | null {
  const n = Number(sessionStorage.getItem(key));
  return Number.isInteger(n) && n > 0 ? n : null;
}

/** The clerk's language choice, kept on this PC (zh-Hans until one is chosen). */
const savedLocale = localeMemory('hall.counter.locale');

export interface SessionState {
  locale: Locale;
  session: Session | null;
  /** Why the clerk is on the login screen (an ended session), shown above the form. */
  loginNotice: 'session-ended' | null;
  hall: HallConfig | null;
  /** The window this terminal works, once opened. */
  windowNumber: number | null;
  view: 'counter' | 'supervisor';
  setLocale(l: Locale): void;
  signedIn(s: Session): void;
  signedOut(notice: SessionState['loginNotice']): void;
  setWindow(n: number | null): void;
}

export const useSession = create<SessionState>()((set) => ({
  locale: pickLocale({ saved: savedLocale.load() }),
  session: readSession(),
  loginNotice: null,
  hall: null,
  windowNumber: readNumber(WINDOW_KEY),
  view: 'counter',
  setLocale: (locale) => {
    savedLocale.save(locale);
    set({ locale });
  },
  signedIn: (session) => {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
    set({ session, loginNotice: null });
  },
  signedOut: (loginNotice) => {
    sessionStorage.removeItem(SESSION_KEY);
    sessionStorage.removeItem(WINDOW_KEY);
    set({ session: null, loginNotice, windowNumber: null, view: 'counter' });
  },
  setWindow: (windowNumber) => {
    if (windowNumber === null) sessionStorage.removeItem(WINDOW_KEY);
    else sessionStorage.setItem(WINDOW_KEY, String(windowNumber));
    set({ windowNumber });
  },
}));
