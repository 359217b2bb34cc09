import { hallAppConfig } from '@hall/web-ui/vite';

/**
 * The public booking page, served by the hub at /book from apps/book/dist. Its own in the shared head: the
 * phone bar in the page's blue, and the page drawn under a notch (its bottom padding keeps clear of it).
 */
export default hallAppConfig({
  appDir: new URL('.', import.meta.url),
  base: '/book/',
  head: { themeColor: '#0b5cad', viewport: 'viewport-fit=cover' },
});
