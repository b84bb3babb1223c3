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

// The pages' comments and indentation are for their source (web/*.html), not for every reader's
// download (whitespace between words stays: a line break shows as the space it was). Pages with
// preformatted text keep their indentation.
const stripComments = {
  name: 'one-neuron:strip-html-comments',
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      const bare = html.replace(/<!--[\s\S]*?-->\s*/g, '');
      return /<(pre|textarea)\b/i.test(bare) ? bare : bare.replace(/\n[ \t]+/g, '\n');
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

// One chunk for each first view, so that neither waits for code it does not run, and few files make
// chapter 1's first view (each file is gzipped alone, and every split costs bytes: 0.9 KB for Chart.js
// in a chunk of its own):
// - index: the entry's static import graph (the router and the core), with every module that both
//   chapters' first views import (the field tables, the engine's errors);
// - neuron: the rest of chapter 1's static graph, Chart.js and the loss chart with the training
//   toolbar included, which chapter 2's training panel loads after chapter 2's first decision map;
// - network: the rest of chapter 2's static graph.
// What only later `import()`s reach (the panels below the first screen, and what they share with the
// other chapter, such as the network diagram) makes chunks of its own: left alone, the bundler gives
// each set of modules that two chunks share a chunk.
function firstViewChunks() {
  const sets = { index: new Set(), neuron: new Set(), network: new Set() };
  const plugin = {
    name: 'one-neuron:first-view-chunks',
    buildEnd() {
      const ids = [...this.getModuleIds()];
      // The modules `test` picks and all they import (with `dynamic`, by import() too).
      const graph = (test, dynamic = false) => {
        const seen = new Set();
        const pending = ids.filter(test);
        while (pending.length > 0) {
          const id = pending.pop();
          if (seen.has(id)) continue;
          seen.add(id);
          const info = this.getModuleInfo(id);
          pending.push(...(info?.importedIds ?? []), ...(dynamic ? (info?.dynamicallyImportedIds ?? []) : []));
        }
        return seen;
      };
      const entry = graph((id) => this.getModuleInfo(id)?.isEntry);
      const staticGraph = (ending) => graph((id) => id.endsWith(ending));
      const wholeGraph = (ending) => graph((id) => id.endsWith(ending), true);
      const [neuron, network] = [staticGraph('/chapters/neuron/index.js'), staticGraph('/chapters/network/index.js')];
      const [neuronAll, networkAll] = [
        wholeGraph('/chapters/neuron/index.js'),
        wholeGraph('/chapters/network/index.js'),
      ];
      const charts = staticGraph('/core/training-toolbar.js');
      for (const id of ids) {
        if (entry.has(id) || (neuron.has(id) && network.has(id))) sets.index.add(id);
        else if (neuron.has(id) && (charts.has(id) || !networkAll.has(id))) sets.neuron.add(id);
        else if (network.has(id) && !neuronAll.has(id)) sets.network.add(id);
      }
    },
  };
  // Each group takes its own modules only: by default a group also takes what they import (here, what
  // chapter 1's later panels share with chapter 2's first view would go with chapter 2).
  const groups = Object.entries(sets).map(([name, set]) => ({
    name,
    test: (id) => set.has(id),
    includeDependenciesRecursively: false,
  }));
  return { plugin, codeSplitting: { groups } };
}
const firstView = firstViewChunks();

export default defineConfig({
  plugins: [preloadEngine, stripComments, compileHints, firstView.plugin],
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
