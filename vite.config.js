// The page lives in web/ and builds to dist/ with relative URLs, so dist/ works from any folder.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  base: './',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    // Browsers without <link rel=modulepreload> still load every chunk, just without the head start:
    // not worth the polyfill's 0.5 KB on every load.
    modulePreload: { polyfill: false },
  },
});
