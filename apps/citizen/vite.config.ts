import { hallAppConfig } from '@hall/web-ui/vite';

/**
 * Two pages in one build, served by the hub from apps/citizen/dist: `status.html` at `/t/<code>` and
 * `rate.html` at `/rate/<n>`. Their hashed files live under `/citizen/assets/`, a path no ticket code
 * (`/t/…`) or window number (`/rate/…`) can take.
 */
export default hallAppConfig({
  appDir: new URL('.', import.meta.url),
  base: '/citizen/',
  // The status page is read on phones: drawn under a notch, its padding keeps clear of it.
  head: { viewport: 'viewport-fit=cover' },
  extra: {
    build: {
      rollupOptions: {
        input: {
          status: new URL('./src/status.html', import.meta.url).pathname,
          rate: new URL('./src/rate.html', import.meta.url).pathname,
        },
      },
    },
  },
});
