// The page lives in web/ and builds to dist/ with relative URLs, so dist/ works from any folder.
import { defineConfig } from 'vite';

// Build options shared with the component and the single files (scripts/build.mjs). Terser, two passes:
// 5 KB gzipped smaller than Vite's default minifier (Oxc) on this page's script (77.1 -> 71.8 KB), most of
// it in Chart.js (53.0 -> 47.7 KB). It takes 3 s of the build, which Rolldown would report as slow plugin
// timings every time.
export function minified(rollupOptions = {}) {
  return {
    target: 'es2022',
    minify: 'terser',
    terserOptions: { compress: { passes: 2 } },
    rollupOptions: { ...rollupOptions, checks: { pluginTimings: false } },
  };
}

// The engine's .wasm is fetched by the script, which can only ask for it once it has arrived and run:
// a preload link lets the browser fetch both at once (crossorigin: Emscripten fetches it in cors mode,
// and only a request of the same mode reuses the preloaded one).
const preloadEngine = {
  name: 'one-neuron:preload-engine',
  transformIndexHtml: {
    order: 'post',
    handler(html, { bundle }) {
      const wasm = Object.keys(bundle ?? {}).find((name) => /(^|\/)one_neuron-[\w-]+\.wasm$/.test(name));
      if (!wasm) return html;
      return [
        {
          tag: 'link',
          attrs: { rel: 'preload', href: `./${wasm}`, as: 'fetch', type: 'application/wasm', crossorigin: '' },
          injectTo: 'head',
        },
      ];
    },
  },
};

// The panels below the first screen are chunks of their own (chapters/neuron/panels/later.js), loaded
// once the first screen's run has started; these modules are used by them only. Everything else is
// one chunk with the entry, rather than a chunk for each set of modules two chunks share.
const LATER =
  /chapters\/neuron\/(panels\/(landscape|data|share|principles)|run-file)|core\/(share|snippets|run-file|csv)\.js/;

export default defineConfig({
  plugins: [preloadEngine],
  root: 'web',
  base: './',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    ...minified({
      output: {
        codeSplitting: {
          groups: [{ name: 'index', test: (id) => !LATER.test(id) }],
        },
      },
    }),
    // Browsers without <link rel=modulepreload> still load every chunk, just without the head start:
    // not worth the polyfill's 0.5 KB on every load.
    modulePreload: { polyfill: false },
  },
});
