import { localized, useDocumentLocale } from '@hall/web-ui';
import { ErrorBanner, Header, useT } from './components/common.tsx';
import { loadOptions } from './state/actions.ts';
import { useBook } from './state/store.ts';
import { BookFlow } from './screens/BookFlow.tsx';
import { MineView } from './screens/MineView.tsx';

export function App() {
  const options = useBook((s) => s.options);
  const optionsError = useBook((s) => s.optionsError);
  const view = useBook((s) => s.view);
  const locale = useBook((s) => s.locale);
  const t = useT();

  useDocumentLocale(locale, options ? `${t('appName')} · ${localized(options.hallName, locale)}` : t('appName'));

  return (
    <div className="book" lang={locale}>
      <Header />
      {options === null ? (
        <main className="main" data-view="loading">
          {optionsError === null ? (
            <p className="help" role="status">
              {t('loading')}
            </p>
          ) : (
            <>
              <ErrorBanner code={optionsError} />
              <button type="button" className="btn btn--primary" onClick={() => void loadOptions()}>
                {t('retry')}
              </button>
            </>
          )}
        </main>
      ) : view === 'mine' ? (
        <MineView options={options} />
      ) : (
        <BookFlow options={options} />
      )}
    </div>
  );
}
