import type { HallEventMessage } from '@hall/protocol';
import {
  AnnounceLog,
  announcementFromEvent,
  announcementText,
  Announcer,
  pickPlayer,
  unlockAudio,
  type CallAnnouncement,
} from '../voice/index.ts';
import type { AnnouncedRecord } from '../voice/announced-record.ts';
import { useDisplay } from './display-store.ts';

const LOG_KEY = 'hall.display.announced';
/** The recorded clips, in the build under the display's base path. */
const VOICE_BASE = '/display/voice/';

declare global {
  interface Window {
    __hallAnnouncements?: AnnouncedRecord[];
  }
}

/** Keep the test hook bounded too: a display runs for weeks. */
const MAX_RECORDS = 200;

let log: AnnounceLog | undefined;
let announcer: Announcer | undefined;

function announceLog(): AnnounceLog {
  if (!log) {
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(LOG_KEY);
    } catch {
      // No storage (private mode): the log lives in memory only.
    }
    // The log forgets its oldest ids beyond 500, so localStorage stays small.
    log = AnnounceLog.fromJSON(stored);
  }
  return log;
}

function saveLog(l: AnnounceLog): void {
  try {
    localStorage.setItem(LOG_KEY, JSON.stringify(l));
  } catch {
    // Full or unavailable storage: announcing matters more than remembering.
  }
}

function record(a: CallAnnouncement, spoken: boolean): void {
  const list = (window.__hallAnnouncements ??= []);
  list.push({
    eventId: a.eventId,
    number: a.number,
    window: a.window,
    recall: a.recall,
    text: announcementText(a, 'zh-Hans'),
    spoken,
  });
  if (list.length > MAX_RECORDS) list.splice(0, list.length - MAX_RECORDS);
}

/** Sets voice up for this page: off by `?voice=off`, otherwise waiting for the enable button. */
export function initVoice(enabled: boolean): void {
  window.__hallAnnouncements ??= [];
  useDisplay.setState({ voice: enabled ? 'locked' : 'off' });
}

/** The enable-voice button: inside the click, unlock audio, then pick speech or the recorded clips. */
export async function enableVoice(english: boolean): Promise<void> {
  await unlockAudio(VOICE_BASE);
  const { player } = await pickPlayer({
    baseUrl: VOICE_BASE,
    onBlocked: () => useDisplay.setState({ voice: 'locked' }),
  });
  announcer = new Announcer({
    player,
    english,
    onSpeaking: (a) => {
      useDisplay.setState((st) => ({
        speaking: a ? announcementText(a, 'zh-Hans') : null,
        voice: st.voice === 'off' ? 'off' : a ? 'speaking' : 'ready',
      }));
    },
  });
  useDisplay.setState({ voice: 'ready' });
}

/**
 * One announcement per call event: the log decides (a recall is a new event; a replay after a reconnect
 * speaks only calls not announced yet and less than a minute old) and is kept in localStorage, so a
 * reload does not repeat calls either.
 */
export function onHallEvent(event: HallEventMessage, o: { live: boolean; hubNow: number }): void {
  const a = announcementFromEvent(event);
  if (!a) return;
  const voice = useDisplay.getState().voice;
  if (voice === 'off') return;
  const l = announceLog();
  if (l.decide(a, o.hubNow, { live: o.live }) !== 'announce') return;
  saveLog(l);
  const speak = announcer !== undefined && voice !== 'locked';
  record(a, speak);
  if (speak) announcer?.enqueue(a);
}
