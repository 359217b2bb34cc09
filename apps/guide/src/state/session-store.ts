import type { Locale, StaffView } from '@hall/protocol';
import { localeMemory, pickLocale } from '@hall/web-ui';
import { create } from 'zustand';

export interface GuideSession {
  token: string;
  expiresAt: number;
  staff: StaffView;
}

const SESSION_KEY = 'hall.guide.session';
const savedLocale = localeMemory('hall.guide.locale');

/** The session kept over a reload of this tab; whether it has ended is the hub's call (a 401). */
function readSession(): GuideSession | null {
  try {
    const raw = sessionStorage.getItem(SESSION_KEY);
    const s = raw ? (JSON.parse(raw) as GuideSession) : null;
    return s && typeof s.token === 'string' ? s : null;
  } catch {
    return null;
  }
}

export interface SessionState {
  locale: Locale;
  session: GuideSession | null;
  loginNotice: 'session-ended' | null;
  setLocale(l: Locale): void;
  signedIn(s: GuideSession): void;
  signedOut(notice: SessionState['loginNotice']): void;
}

export const useSession = create<SessionState>()((set) => ({
  locale: pickLocale({ search: location.search, saved: savedLocale.load() }),
  session: readSession(),
  loginNotice: null,
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
    set({ session: null, loginNotice });
  },
}));
