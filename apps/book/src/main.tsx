import { mountApp, pickLocale } from '@hall/web-ui';
import { App } from './App.tsx';
import { savedLocale, setLocale, start } from './state/actions.ts';
import '@hall/web-ui/tokens.css';
import '@hall/web-ui/base.css';
import './styles/book.css';

// ?lang= from the government portal first, then the choice made here before, then the browser's.
setLocale(pickLocale({ search: location.search, saved: savedLocale.load(), browser: navigator.languages }));
start();
mountApp(<App />);
