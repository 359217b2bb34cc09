import { LOCALES, type Locale } from '@hall/web-ui';
import type { HallConfigInput } from '@hall/protocol';
import { useState } from 'react';
import { texts } from '../i18n/texts.ts';
import { previewTiles } from '../logic/kiosk-preview.ts';
import { useSession } from '../state/session-store.ts';

const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' };

/**
 * What the kiosk's start screen will show with this document: each zone as a tile with its services in the
 * kiosk's order, in the language chosen here. A plain rendering in the console, not the kiosk itself.
 */
export function KioskPreview({ config }: { config: HallConfigInput }) {
  const locale = useSession((s) => s.locale);
  const [shown, setShown] = useState<Locale>(locale);
  const tiles = previewTiles(config);
  return (
    <section className="card preview" aria-labelledby="preview-title" data-testid="kiosk-preview">
      <h2 id="preview-title">{texts(locale, 'preview')}</h2>
      <p className="field__hint">{texts(locale, 'previewHint')}</p>
      <div className="field">
        <label className="field__label" htmlFor="preview-language">
          {texts(locale, 'previewLanguage')}
        </label>
        <select id="preview-language" value={shown} onChange={(e) => setShown(e.target.value as Locale)}>
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </select>
      </div>
      <p className="preview__hall" lang={shown}>
        {config.hallName[shown]}
      </p>
      <ul className="preview__zones" lang={shown}>
        {tiles.map((t) => (
          <li key={t.zoneId} className="preview__zone" data-preview-zone={t.zoneId}>
            <span className="preview__zone-name">{t.names[shown]}</span>
            {t.services.length === 0 ? (
              <span className="muted" lang={locale}>
                {texts(locale, 'previewNoServices')}
              </span>
            ) : (
              <ol className="preview__services">
                {t.services.map((s) => (
                  <li key={s.id} data-preview-service={s.id}>
                    {s.names[shown]}
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
