import { hallAppConfig } from '@hall/web-ui/vite';

/** The counter terminal's web build, served by the hub at /counter from apps/counter/dist. */
export default hallAppConfig({ appDir: new URL('.', import.meta.url), base: '/counter/' });
