import { mountApp } from '@hall/web-ui';
import { App } from './App.tsx';
import { boot } from './state/runtime.ts';
import '@hall/web-ui/tokens.css';
import '@hall/web-ui/base.css';
import '@hall/web-ui/notices.css';
import './styles/kiosk.css';
import './styles/screens.css';
import './styles/large-type.css';

mountApp(<App />);
void boot();
