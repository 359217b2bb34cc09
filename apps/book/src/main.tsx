import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { initialLocale } from './i18n/locale.ts';
import { savedLocale, setLocale, start } from './state/actions.ts';
import './styles/book.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
setLocale(initialLocale(location.search, savedLocale(), navigator.languages));
start();
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
