// The "Share & export" panel for the neuron: links and embed snippets for the current run, the loss
// history as CSV, the run as JSON (chapters/neuron/run-file.js, the same object as `one-neuron
// --json`), the charts as PNG, and importing a run JSON, which restores and re-trains it.
import { download } from '../../../core/download.js';
import { createShare, imagesSideBySide, shareSnippets } from '../../../core/share.js';
import { importRunFile, lossCsv, readRunJson } from '../../../core/run-file.js';
import { PRINT_THEME } from '../../../core/chart-style.js';
import { runJson } from '../run-file.js';

const IFRAME_TITLE = 'One Neuron: a neuron learning pass or fail from hours studied';

/** The panel (descriptor: later.js). */
export function create(slot, { run, fields, images }) {
  const trainer = () => run.trainer();
  createShare(slot, {
    snippets: () => shareSnippets(run.state(), fields, location.href, IFRAME_TITLE),
    exportCsv() {
      const csv = lossCsv(trainer().lossHistory(), trainer().lossStride());
      download('one-neuron-loss.csv', new Blob([csv], { type: 'text/csv' }));
      return 'Saved one-neuron-loss.csv (epoch, loss).';
    },
    exportJson() {
      const text = runJson(run.state(), trainer()); // lists on one line: 1,000,000 rows stay under the import limit
      download('one-neuron-run.json', new Blob([text], { type: 'application/json' }));
      return 'Saved one-neuron-run.json: import it here to restore this run.';
    },
    async exportPng() {
      // The charts are drawn light for print, in dark mode too: so is the gap between them.
      download('one-neuron-charts.png', await imagesSideBySide(await images(), PRINT_THEME.surface));
      return 'Saved one-neuron-charts.png.';
    },
    importFile: (file) => importRunFile(file, { run, fields, read: (text) => readRunJson(text, fields) }),
  });
  return { update() {} };
}
