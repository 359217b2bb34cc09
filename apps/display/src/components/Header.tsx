import type { LocalizedText } from '@hall/protocol';
import { dateLine, hallClock, hallDate } from '@hall/web-ui';
import { inAll, zh } from '../i18n/texts.ts';
import { useDisplay } from '../state/display-store.ts';
import { enableVoice } from '../state/voice.ts';
import { Bi, useHubNow, type Lang2 } from './common.tsx';

/** Title, date and clock in the hall's time zone, the connection mark and the voice control. */
export function Header({ title, subtitle, lang2 }: { title: LocalizedText; subtitle?: LocalizedText; lang2: Lang2 }) {
  const hall = useDisplay((s) => s.hall);
  const now = useHubNow();
  const tz = hall?.timeZone ?? 'Asia/Shanghai';
  return (
    <header className="header">
      <div className="header__title">
        <Bi text={title} lang2={lang2} className="header__name" />
        {subtitle && <Bi text={subtitle} lang2={lang2} className="header__sub" />}
      </div>
      <div className="header__status">
        <ConnectionMark lang2={lang2} />
        <VoiceControl lang2={lang2} />
      </div>
      <div className="header__clock" data-testid="clock">
        <span className="clock__time">{hallClock(now, tz)}</span>
        <span className="clock__date">
          <span lang="zh-Hans">{dateLine(hallDate(now, tz), 'zh-Hans')}</span>
          {lang2 === 'en' && <span lang="en">{dateLine(hallDate(now, tz), 'en')}</span>}
        </span>
      </div>
    </header>
  );
}

/** A plain, steady mark while the socket is down: the last known state stays on screen below it. */
export function ConnectionMark({ lang2 }: { lang2: Lang2 }) {
  const connected = useDisplay((s) => s.connected);
  const synced = useDisplay((s) => s.synced);
  const outdated = useDisplay((s) => s.outdated);
  if (connected && !outdated) return null;
  return (
    <div className="conn" role="status" data-testid="reconnecting">
      <span className="conn__dot" aria-hidden="true" />
      <Bi text={inAll(outdated ? 'outdated' : synced ? 'reconnecting' : 'connecting')} lang2={lang2 ?? 'en'} />
    </div>
  );
}

/** The one-time enable-voice button (browsers need a gesture), then a small speaker indicator. */
export function VoiceControl({ lang2 }: { lang2: Lang2 }) {
  const voice = useDisplay((s) => s.voice);
  const speaking = useDisplay((s) => s.speaking);
  if (voice === 'locked') {
    return (
      <button
        type="button"
        className="voice-enable"
        data-testid="enable-voice"
        onClick={() => void enableVoice(lang2 === 'en')}
      >
        <SpeakerIcon muted />
        <Bi text={inAll('enableVoice')} lang2={lang2 ?? 'en'} />
      </button>
    );
  }
  return (
    <div
      className={`voice-state voice-state--${voice}`}
      data-testid="voice-state"
      data-voice={voice}
      title={speaking ?? undefined}
    >
      <SpeakerIcon muted={voice === 'off'} />
      <span className="sr-only">{zh(voice === 'off' ? 'voiceOff' : 'voiceOn')}</span>
    </div>
  );
}

function SpeakerIcon({ muted }: { muted: boolean }) {
  return (
    <svg className="speaker" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
      {muted ? (
        <path d="M16 9l5 6M21 9l-5 6" stroke="currentColor" strokeWidth="2" fill="none" />
      ) : (
        <path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" stroke="currentColor" strokeWidth="2" fill="none" />
      )}
    </svg>
  );
}
