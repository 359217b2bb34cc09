import { numberFitStyle } from '@hall/web-ui';
import type { HallConfig } from '@hall/protocol';
import { Bi, type Lang2 } from '../components/common.tsx';
import { ConnectionMark, VoiceControl } from '../components/Header.tsx';
import { inAll, zh } from '../i18n/texts.ts';
import { shortWindowName, windowView } from '../logic/views.ts';
import { useDisplay } from '../state/display-store.ts';

/** The small screen above one window: its name, the number called or served there, paused or closed. */
export function WindowScreen({ hall, n, lang2 }: { hall: HallConfig; n: number; lang2: Lang2 }) {
  const data = useDisplay((s) => s.data);
  const v = windowView(hall, data, n);
  const state = v.state?.state ?? 'closed';
  const ticket = v.ticket;
  const shown = !v.config
    ? 'unknown'
    : state === 'paused'
      ? 'paused'
      : state === 'closed'
        ? 'closed'
        : ticket
          ? ticket.state
          : 'idle';
  return (
    <div
      className={`display display--window wscreen--${shown}`}
      data-screen="window"
      data-window={n}
      data-state={shown}
    >
      <header className="wscreen__head">
        <span className="wscreen__name" lang="zh-Hans">
          {shortWindowName(v.config?.names, n, 'zh-Hans')}
        </span>
        <span className="wscreen__zone">{v.config?.names['zh-Hans'].split(' · ')[1] ?? ''}</span>
        <span className="wscreen__status">
          <ConnectionMark lang2={lang2} />
          <VoiceControl lang2={lang2} />
        </span>
      </header>
      <main className="wscreen__body">
        {shown === 'unknown' ? (
          <Bi text={inAll('unknownWindow')} lang2={lang2} className="wscreen__message" />
        ) : shown === 'paused' || shown === 'closed' ? (
          <>
            <Bi text={inAll(shown)} lang2={lang2} className="wscreen__message" />
            {shown === 'paused' && v.state?.pauseReason && <p className="wscreen__reason">{v.state.pauseReason}</p>}
          </>
        ) : ticket ? (
          <>
            <Bi
              text={inAll(ticket.state === 'serving' ? 'serving' : 'called')}
              lang2={lang2}
              className="wscreen__label"
            />
            <span className="wscreen__number" data-testid="window-number" style={numberFitStyle(ticket.number)}>
              {ticket.number}
            </span>
          </>
        ) : (
          <Bi text={inAll('idle')} lang2={lang2} className="wscreen__message" />
        )}
      </main>
      {v.state?.clerkName && state !== 'closed' && (
        <footer className="wscreen__foot">{zh('clerk', { name: v.state.clerkName })}</footer>
      )}
    </div>
  );
}
