// The page lives in web/ and builds to dist/ with relative URLs, so dist/ works from any folder.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  base: './',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
