import { hallAppConfig } from '@hall/web-ui/vite';

/** The guidance desk's web build, served by the hub at /guide from apps/guide/dist (same origin only). */
export default hallAppConfig({
  appDir: new URL('.', import.meta.url),
  base: '/guide/',
  head: {},
});
