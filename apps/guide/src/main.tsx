import { mountApp } from '@hall/web-ui';
import { App } from './App.tsx';
import '@hall/web-ui/tokens.css';
import '@hall/web-ui/base.css';
import './styles/guide.css';

mountApp(<App />);
