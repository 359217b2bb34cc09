import type { HallConfig } from '@hall/protocol';
import { texts } from '../i18n/texts.ts';
import { targetKey } from '../logic/own-hours-form.ts';
import { useSession } from '../state/session-store.ts';

export interface TargetSelectProps {
  id: string;
  config: HallConfig;
  /** A target key (`zone:civil`), or '' for the whole hall. */
  value: string;
  onChange: (key: string) => void;
  /** Offer the whole hall as the first choice. */
  wholeHall?: boolean;
}

/** A zone or a service of the hall, grouped, each zone's services under it. */
export function TargetSelect({ id, config, value, onChange, wholeHall = false }: TargetSelectProps) {
  const locale = useSession((s) => s.locale);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      {wholeHall && <option value="">{texts(locale, 'calendarWholeHall')}</option>}
      {config.zones.map((z) => (
        <optgroup key={z.id} label={z.names[locale]}>
          <option value={targetKey({ kind: 'zone', id: z.id })}>
            {texts(locale, 'target.zone', { name: z.names[locale] })}
          </option>
          {config.services
            .filter((s) => s.zoneId === z.id)
            .map((s) => (
              <option key={s.id} value={targetKey({ kind: 'service', id: s.id })}>
                {texts(locale, 'target.service', { name: s.names[locale] })}
              </option>
            ))}
        </optgroup>
      ))}
    </select>
  );
}
