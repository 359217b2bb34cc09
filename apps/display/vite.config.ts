import { hallAppConfig } from '@hall/web-ui/vite';

/** The wall display's web build, served by the hub at /display from apps/display/dist (voice clips in public/). */
export default hallAppConfig({ appDir: new URL('.', import.meta.url), base: '/display/', publicDir: 'public' });
