import { useDocumentLocale } from '@hall/web-ui';
import { texts } from './i18n/texts.ts';
import { DeskScreen } from './screens/DeskScreen.tsx';
import { LoginScreen } from './screens/LoginScreen.tsx';
import { useSession } from './state/session-store.ts';

export function App() {
  const locale = useSession((s) => s.locale);
  const session = useSession((s) => s.session);
  useDocumentLocale(locale, texts(locale, 'appName'));
  return session ? <DeskScreen /> : <LoginScreen />;
}
