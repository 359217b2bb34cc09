import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { parseRoute } from './logic/route.ts';
import { start } from './state/runtime.ts';
import { initVoice } from './state/voice.ts';
import '@hall/web-ui/tokens.css';
import '@hall/web-ui/base.css';
import './styles/display.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
initVoice(parseRoute(location.pathname, location.search, { width: 1, height: 1 }).voice);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void start();
