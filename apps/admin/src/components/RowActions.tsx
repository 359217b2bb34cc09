import { texts } from '../i18n/texts.ts';
import { useSession } from '../state/session-store.ts';

/** A list row's edit and remove buttons, each named with the row's item for screen readers. */
export function RowActions({ name, onEdit, onRemove }: { name: string; onEdit: () => void; onRemove: () => void }) {
  const locale = useSession((s) => s.locale);
  return (
    <td className="actions">
      <button type="button" className="btn" onClick={onEdit} aria-label={`${texts(locale, 'edit')} ${name}`}>
        {texts(locale, 'edit')}
      </button>
      <button
        type="button"
        className="btn btn--danger"
        onClick={onRemove}
        aria-label={`${texts(locale, 'remove')} ${name}`}
      >
        {texts(locale, 'remove')}
      </button>
    </td>
  );
}
