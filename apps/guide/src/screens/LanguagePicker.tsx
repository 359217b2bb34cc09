import { isLocale, LOCALE_NAMES, LOCALES } from '@hall/web-ui';
import { texts } from '../i18n/texts.ts';
import { useSession } from '../state/session-store.ts';

export function LanguagePicker() {
  const locale = useSession((s) => s.locale);
  const setLocale = useSession((s) => s.setLocale);
  return (
    <div className="lang">
      <label htmlFor="lang-picker">{texts(locale, 'language')}</label>
      <select
        id="lang-picker"
        value={locale}
        onChange={(e) => {
          if (isLocale(e.target.value)) setLocale(e.target.value);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
