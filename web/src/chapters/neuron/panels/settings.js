// The settings panel: learning rate, epochs, seed and the optional starting weight and bias, each a
// labelled field with its help (ranges from the engine's limits) and its own message line; and the
// "Post's worked example" and "Post's run" buttons.
import { button, el } from '../../../core/dom.js';
import { createFieldGrid } from '../../../core/field.js';

const SETTINGS = [
  ['lr', ''],
  ['epochs', ''],
  ['seed', ''],
  ['w0', 'from the seed'],
  ['b0', '0'],
]; // field name, placeholder

export const settingsPanel = {
  name: 'settings',
  title: 'Settings',
  column: 'main',
  reads: [],
  cadence: 'slow',
  create(slot, { run, engine, fields, action }) {
    const grid = createFieldGrid(SETTINGS, { run, engine, fields });
    slot.append(
      grid.element,
      el(
        'div',
        { class: 'button-row' },
        button("Post's worked example", {
          label: "Post's worked example: initial weight 0.5, bias 0.1, at epoch 0",
          onClick: () => action('workedExample'),
        }),
        button("Post's run", {
          label: "Back to the post's run (all settings and data)",
          onClick: () => run.load({ ...fields.defaults }),
        }),
      ),
    );
    return { update() {}, setState: grid.setState, showError: grid.showError };
  },
};
