import { FINAL_STATES, isWaitSoon, type Locale, type PublicTicketStatus, type TicketState } from '@hall/protocol';
import { hallClockSeconds, localized, type LocaleTranslator } from '@hall/web-ui';
import type { statusTexts } from './texts.ts';

type StatusT = LocaleTranslator<(typeof statusTexts.catalog)['zh-Hans']>;

/** What the page knows: the last status, whether the code is unknown, whether the last poll failed. */
export interface StatusView {
  status: PublicTicketStatus | null;
  notFound: boolean;
  offline: boolean;
}

export const START_VIEW: StatusView = { status: null, notFound: false, offline: false };

export type PollOutcome = { kind: 'status'; status: PublicTicketStatus } | { kind: 'not-found' } | { kind: 'failed' };

/** A failed poll keeps what was shown and says the connection is lost; an answer replaces everything. */
export function nextView(prev: StatusView, outcome: PollOutcome): StatusView {
  switch (outcome.kind) {
    case 'status':
      return { status: outcome.status, notFound: false, offline: false };
    case 'not-found':
      return { status: null, notFound: true, offline: false };
    case 'failed':
      return { ...prev, offline: true };
  }
}

/** Polling: every 4 s while the page is in view, every 15 s while the phone hides it (battery). */
export const POLL_VISIBLE_MS = 4_000;
export const POLL_HIDDEN_MS = 15_000;
export const pollDelay = (hidden: boolean): number => (hidden ? POLL_HIDDEN_MS : POLL_VISIBLE_MS);

/** The phone buzzes once when the ticket is called, not at every poll while it stays called. */
export const shouldVibrate = (before: TicketState | null, now: TicketState | null): boolean =>
  now === 'called' && before !== 'called';

export interface StatusRow {
  label: string;
  value?: string;
}

/** The page's lines in words, in one language; times on the hall's clock from the hub's `serverTime`. */
export interface StatusLines {
  header: string;
  number: string;
  service: string;
  state: string;
  called: boolean;
  rows: StatusRow[];
  /** What to bring (一次性告知), while the ticket is still to be served; null when the hall prints none for it. */
  materials: { heading: string; items: string[] } | null;
  updated: string;
}

export function statusLines(view: StatusView, t: StatusT, locale: Locale): StatusLines {
  const s = view.status;
  if (view.notFound || s === null) {
    return {
      header: t('title'),
      number: '—',
      service: '',
      state: view.notFound ? t('notFound') : '…',
      called: false,
      rows: [],
      materials: null,
      updated: view.offline ? t('offline') : '',
    };
  }
  const windowName = (n: number) => t('windowNumber', { n: String(n) });
  const at = s.windowNames ? localized(s.windowNames, locale) : s.window === null ? '' : windowName(s.window);
  const groupName = s.priorityGroupNames ? localized(s.priorityGroupNames, locale) : null;
  const lane = s.lane === 'normal' ? '' : ` · ${groupName ?? t(`lane.${s.lane}`)}`;
  const rows: StatusRow[] = [];
  if (s.peopleAhead !== null) {
    rows.push({ label: t('ahead'), value: s.peopleAhead === 0 ? t('next') : t('people', { n: s.peopleAhead }) });
    if (s.wait !== null) {
      const { low, high } = s.wait;
      rows.push({ label: t('wait'), value: isWaitSoon(s.wait) ? t('soon') : t('range', { low, high }) });
    }
  }
  if (s.waitWindows !== null && s.waitWindows.length > 0 && s.targetWindow === null) {
    const windows = s.waitWindows.map(String).join(t('windowSeparator'));
    rows.push({ label: t('waitAt'), value: t('windowList', { windows }) });
  }
  if (s.targetWindow !== null && s.window === null)
    rows.push({ label: t('target', { w: windowName(s.targetWindow) }) });
  return {
    header: `${localized(s.hallName, locale)} · ${t('title')}`,
    number: s.number,
    service: `${localized(s.zoneNames, locale)} · ${localized(s.serviceNames, locale)}${lane}`,
    state: s.state === 'called' || s.state === 'serving' ? t(`state.${s.state}`, { w: at }) : t(`state.${s.state}`),
    called: s.state === 'called',
    rows,
    materials:
      s.materials && s.materials.length > 0 && !FINAL_STATES.includes(s.state) && s.state !== 'serving'
        ? { heading: t('materials'), items: s.materials.map((m) => localized(m, locale)) }
        : null,
    updated: view.offline ? t('offline') : t('updated', { t: hallClockSeconds(s.serverTime, s.timeZone) }),
  };
}
