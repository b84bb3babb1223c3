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

// Chromium compiles every function of a script that starts with this comment eagerly, on a background
// thread while the script streams in, instead of lazily on the main thread at each function's first
// call: the entry chunk's functions (Chart.js's among them) nearly all run during the page's start, and
// each other chunk is loaded when its code is about to run (chapter 2's, its panels'). Interleaved cold
// loads: thread CPU to the first loss chart 206 -> 171 ms, its longest task 72 -> 60 (the entry); to
// chapter 2's first map 168 -> 151 ms, the map 563 -> 489 ms (every chunk; chapter 1's start the same).
// Added after minification (the minifier drops comments).
const compileHints = {
  name: 'one-neuron:compile-hints',
  generateBundle: {
    order: 'post', // after Vite's own additions to the chunk's start
    handler(options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      }
    },
  },
};

// The modules the entry imports statically (its import graph without the `import()`s) are one chunk
// with it; what only `import()` reaches (chapter 1's panels below the first screen, chapter 2) makes
// chunks of its own. Left alone, the bundler gives each set of modules two chunks share a chunk.
function firstViewChunk() {
  const entryGraph = new Set();
  const plugin = {
    name: 'one-neuron:first-view-chunk',
    buildEnd() {
      const pending = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (pending.length > 0) {
        const id = pending.pop();
        if (entryGraph.has(id)) continue;
        entryGraph.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, codeSplitting: { groups: [{ name: 'index', test: (id) => entryGraph.has(id) }] } };
}
const firstView = firstViewChunk();

export default defineConfig({
  plugins: [preloadEngine, compileHints, firstView.plugin],
  root: 'web',
  base: './',
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    ...minified({ output: { codeSplitting: firstView.codeSplitting } }),
    // Browsers without <link rel=modulepreload> still load every chunk, just without the head start:
    // not worth the polyfill's 0.5 KB on every load.
    modulePreload: { polyfill: false },
  },
});
