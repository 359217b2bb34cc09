import { texts } from '../i18n/texts.ts';
import { useSession } from '../state/session-store.ts';

export function SearchBox({ id, value, onChange }: { id: string; value: string; onChange: (v: string) => void }) {
  const locale = useSession((s) => s.locale);
  return (
    <div className="search">
      <label htmlFor={id}>{texts(locale, 'search')}</label>
      <input id={id} type="search" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
