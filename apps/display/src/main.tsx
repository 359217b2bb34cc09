import { mountApp } from '@hall/web-ui';
import { App } from './App.tsx';
import { parseRoute } from './logic/route.ts';
import { start } from './state/runtime.ts';
import { initVoice } from './state/voice.ts';
import '@hall/web-ui/tokens.css';
import '@hall/web-ui/base.css';
import './styles/display.css';

initVoice(parseRoute(location.pathname, location.search, { width: 1, height: 1 }).voice);
mountApp(<App />);
void start();
