import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { startSession } from './state/runtime.ts';
import { useSession } from './state/session-store.ts';
import '@hall/web-ui/tokens.css';
import '@hall/web-ui/base.css';
import './styles/counter.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
const session = useSession.getState().session;
if (session) void startSession(session);
