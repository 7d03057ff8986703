import { defineConfig } from 'vite'

/**
 * The chat page: Preact through the automatic JSX runtime, no plugin needed. The build goes to
 * web/dist, which is committed so that `npm ci && npm start` serves it without a build step;
 * test/web-build.test.ts fails when the committed build is older than its sources.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Everything the page needs is in one script and one stylesheet: a handful of KB, no waterfall.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8000' } },
})
