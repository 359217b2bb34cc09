import { useDocumentLocale } from '@hall/web-ui';
import { texts } from './i18n/texts.ts';
import { LoginScreen } from './screens/LoginScreen.tsx';
import { Shell } from './screens/Shell.tsx';
import { accessOf, useSession } from './state/session-store.ts';

export function App() {
  const locale = useSession((s) => s.locale);
  // A session kept from before that grants no access (a clerk's) shows the login.
  const session = useSession((s) => (accessOf(s.session) === null ? null : s.session));
  const page = useSession((s) => s.page);
  useDocumentLocale(locale, `${session ? `${texts(locale, `page.${page}`)} · ` : ''}${texts(locale, 'appName')}`);
  return session ? <Shell /> : <LoginScreen />;
}
