import type { FieldErrors, FieldValues } from 'react-hook-form';
import { texts } from '../i18n/texts.ts';
import { useSession } from '../state/session-store.ts';

/** Above a form: problems in other parts of the configuration that this form's save would meet. */
export function FormProblem<V extends FieldValues>({ errors }: { errors: FieldErrors<V> }) {
  const locale = useSession((s) => s.locale);
  const message = errors.root?.message;
  if (!message) return null;
  return (
    <div className="notice notice--problem" role="alert">
      <p>{texts(locale, 'documentProblem')}</p>
      <p className="pre">{message}</p>
    </div>
  );
}
