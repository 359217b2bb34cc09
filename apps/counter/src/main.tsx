import { mountApp } from '@hall/web-ui';
import { App } from './App.tsx';
import { startSession } from './state/runtime.ts';
import { useSession } from './state/session-store.ts';
import '@hall/web-ui/tokens.css';
import '@hall/web-ui/base.css';
import '@hall/web-ui/notices.css';
import './styles/counter.css';

mountApp(<App />);
const session = useSession.getState().session;
if (session) void startSession(session);
