import { get, type FieldErrors, type FieldValues } from 'react-hook-form';
import { texts } from '../i18n/texts.ts';
import { useSession } from '../state/session-store.ts';

/** The error of a form field by its path, as the sentence shown under it (the schema's detail kept). */
export function useFieldError<V extends FieldValues>(errors: FieldErrors<V>): (path: string) => string | undefined {
  const locale = useSession((s) => s.locale);
  return (path) => {
    const e = get(errors, path) as { message?: unknown } | undefined;
    if (!e || typeof e.message !== 'string') return undefined;
    return texts(locale, 'fieldInvalid', { detail: e.message });
  };
}
