// Chapter 2's "Share & export" panel: links and embed snippets for the current run (#chapter=network),
// the loss history as CSV, the run as JSON (../run-file.js, the same object as `one-neuron network
// --json`), the decision map and the loss chart as one PNG, and importing a run JSON, which restores
// and re-trains it. The dialog and the buttons are core/share.js's, as in chapter 1.
import { download } from '../../../core/download.js';
import { createShare, imagesSideBySide, shareSnippets } from '../../../core/share.js';
import { NETWORK_EMBED_HEIGHT } from '../../../core/snippets.js';
import { importRunFile, lossCsv } from '../../../core/run-file.js';
import { PRINT_THEME } from '../../../core/chart-style.js';
import { readRun, runJson } from '../run-file.js';

const CHAPTER = 'network'; // the chapter's hashName: its links say #chapter=network
const IFRAME_TITLE = 'One Neuron, the hidden layer: a network learning to separate dots in a ring';

/** The panel (descriptor: later.js). */
export function create(slot, { run, fields, images }) {
  const trainer = () => run.trainer();
  createShare(slot, {
    reproduces: 'data, hidden layer, rate, epochs, seeds and points to predict',
    embedHeight: NETWORK_EMBED_HEIGHT,
    snippets: () =>
      shareSnippets(run.state(), fields, location.href, IFRAME_TITLE, {
        chapter: CHAPTER,
        height: NETWORK_EMBED_HEIGHT,
      }),
    exportCsv() {
      const csv = lossCsv(trainer().lossHistory(), trainer().lossStride());
      download('one-neuron-network-loss.csv', new Blob([csv], { type: 'text/csv' }));
      return 'Saved one-neuron-network-loss.csv (epoch, loss).';
    },
    exportJson() {
      const text = runJson(run.state(), trainer());
      download('one-neuron-network-run.json', new Blob([text], { type: 'application/json' }));
      return 'Saved one-neuron-network-run.json: import it here to restore this run.';
    },
    async exportPng() {
      const pictures = await images();
      if (pictures.length === 0)
        throw new Error('No chart is drawn yet: open the decision map or the loss chart first.');
      // The charts are drawn light for print, in dark mode too: so is the gap between them.
      download('one-neuron-network-charts.png', await imagesSideBySide(pictures, PRINT_THEME.surface));
      return 'Saved one-neuron-network-charts.png (the decision map and the loss).';
    },
    importFile: (file) => importRunFile(file, { run, fields, read: readRun }),
  });
  return { update() {} };
}
