import { useDocumentLocale } from '@hall/web-ui';
import { texts } from './i18n/texts.ts';
import { LoginScreen } from './screens/LoginScreen.tsx';
import { Shell } from './screens/Shell.tsx';
import { useSession } from './state/session-store.ts';

export function App() {
  const locale = useSession((s) => s.locale);
  const session = useSession((s) => s.session);
  const page = useSession((s) => s.page);
  useDocumentLocale(locale, `${session ? `${texts(locale, `page.${page}`)} · ` : ''}${texts(locale, 'appName')}`);
  return session ? <Shell /> : <LoginScreen />;
}
