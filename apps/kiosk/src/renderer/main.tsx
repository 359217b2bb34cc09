import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { boot } from './state/runtime.ts';
import '@hall/web-ui/tokens.css';
import '@hall/web-ui/base.css';
import '@hall/web-ui/notices.css';
import './styles/kiosk.css';
import './styles/screens.css';
import './styles/large-type.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
void boot();
