// The page's entry point: mounts the explorable in the page's [data-one-neuron] element.
import { mountExplorable } from './app.js';

const root = document.querySelector('[data-one-neuron]');
root.explorable = await mountExplorable(root);
