import { hallAppConfig } from '@hall/web-ui/vite';

/** The admin console's web build, served by the hub at /admin from apps/admin/dist (same origin only). */
export default hallAppConfig({
  appDir: new URL('.', import.meta.url),
  base: '/admin/',
  head: {},
});
