import type { AlertKind, AlertSubject, HallAlert, HallConfig, Locale } from '@hall/protocol';
import { isTextKey, texts } from '../i18n/texts.ts';

/** Names of the hall's zones, services and windows in one language, for an alert's subject. */
export interface HallNames {
  zone(id: string): string | undefined;
  service(id: string): string | undefined;
  window(n: number): string | undefined;
}

export function hallNamesOf(hall: HallConfig | null, locale: Locale): HallNames {
  return {
    zone: (id) => hall?.zones.find((z) => z.id === id)?.names[locale],
    service: (id) => hall?.services.find((s) => s.id === id)?.names[locale],
    window: (n) => hall?.windows.find((w) => w.number === n)?.names[locale],
  };
}

/** What happened, in words: the alert's kind. */
export function alertKindText(locale: Locale, kind: AlertKind): string {
  return texts(locale, `alert.${kind}`);
}

/**
 * What the alert is about, each part named as a person in the hall says it: the ticket number, the service,
 * the zone, the window, the device and the printer's condition, the follow-up. Parts the hub did not set are
 * left out; an id the hall no longer names shows as the id.
 */
export function alertSubjectParts(locale: Locale, s: AlertSubject, names: HallNames): string[] {
  const parts: string[] = [];
  if (s.ticketNumber !== undefined) parts.push(texts(locale, 'live.subjectTicket', { name: s.ticketNumber }));
  if (s.serviceId !== undefined) parts.push(names.service(s.serviceId) ?? s.serviceId);
  if (s.zoneId !== undefined) parts.push(names.zone(s.zoneId) ?? s.zoneId);
  if (s.window !== undefined)
    parts.push(names.window(s.window) ?? texts(locale, 'live.subjectWindow', { n: s.window }));
  if (s.deviceName !== undefined || s.deviceId !== undefined) parts.push(s.deviceName ?? s.deviceId ?? '');
  if (s.condition !== undefined) {
    const key = `printer.${s.condition}`;
    parts.push(isTextKey('printer.', key) ? texts(locale, key) : s.condition);
  }
  if (s.followUpId !== undefined) parts.push(texts(locale, 'live.subjectFollowUp', { name: s.followUpId }));
  return parts;
}

/** The alert in one sentence, as a screen reader announces it: kind, then subject. */
export function alertSentence(locale: Locale, alert: Pick<HallAlert, 'kind' | 'subject'>, names: HallNames): string {
  const subject = alertSubjectParts(locale, alert.subject, names).join(' · ');
  return texts(locale, 'live.alertSentence', { name: alertKindText(locale, alert.kind), detail: subject });
}
