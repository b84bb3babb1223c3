// Chapter 2's settings panel: the network's layer (hidden units and their bend) and its training
// (learning rate, epochs, seed), each a labelled field with its help (ranges from the engine's
// limits) and its own message line; and a button back to the reference's run.
import { button, el } from '../../../core/dom.js';
import { createFieldGrid } from '../../../core/field.js';

export const ACTIVATIONS = [
  ['sigmoid', 'sigmoid (a bend)'],
  ['tanh', 'tanh (a bend)'],
  ['relu', 'relu (a kink)'],
  ['linear', 'linear (no bend)'],
];

const SETTINGS = [
  ['hidden', ''],
  ['activation', ACTIVATIONS],
  ['lr', ''],
  ['epochs', ''],
  ['seed', ''],
];

export const settingsPanel = {
  name: 'settings',
  title: 'Settings',
  column: 'side',
  reads: [],
  cadence: 'slow',
  create(slot, context) {
    const { run, fields } = context;
    const grid = createFieldGrid(SETTINGS, context);
    slot.append(
      grid.element,
      el(
        'div',
        { class: 'button-row' },
        button('The reference run', {
          label: 'Back to the reference run: the ring, 4 sigmoid units, all settings',
          onClick: () => run.load({ ...fields.defaults }),
        }),
      ),
    );
    return { update() {}, setState: grid.setState, showError: grid.showError };
  },
};
