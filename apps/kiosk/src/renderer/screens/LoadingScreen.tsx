import { statusTexts } from '../i18n/status.ts';
import { useFlow } from '../state/flow-store.ts';

/** While the hall config loads: never a dead end, the citizen is told to ask staff if it lasts. */
export function LoadingScreen() {
  const locale = useFlow((s) => s.locale);
  return (
    <section className="loading" aria-busy="true">
      <div className="spinner" aria-hidden="true" />
      <h2 className="screen__title">{statusTexts(locale, 'connecting')}</h2>
      <p className="screen__lead">{statusTexts(locale, 'askStaff')}</p>
    </section>
  );
}
