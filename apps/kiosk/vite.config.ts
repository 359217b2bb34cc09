import { hallAppConfig } from '@hall/web-ui/vite';
import { KIOSK_HEAD } from './src/main/renderer-head.ts';

/**
 * The kiosk's web build, served by the hub at /kiosk from apps/kiosk/dist. The renderer root is shared
 * with the Electron shell (electron.vite.config.ts).
 */
export default hallAppConfig({
  appDir: new URL('.', import.meta.url),
  base: '/kiosk/',
  root: 'src/renderer',
  head: KIOSK_HEAD,
});
