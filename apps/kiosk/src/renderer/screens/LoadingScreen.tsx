import { loadingTexts } from '../i18n/status.ts';
import { useFlow } from '../state/flow-store.ts';

/** While the hall config loads: never a dead end, the citizen is told to ask staff if it lasts. */
export function LoadingScreen() {
  const locale = useFlow((s) => s.locale);
  return (
    <section className="loading" aria-busy="true">
      <div className="spinner" aria-hidden="true" />
      <h2 className="screen__title">{loadingTexts.connecting[locale]}</h2>
      <p className="screen__lead">{loadingTexts.askStaff[locale]}</p>
    </section>
  );
}
