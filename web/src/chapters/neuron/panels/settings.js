// The settings panel: learning rate, epochs, seed and the optional starting weight and bias, each a
// labelled field with its help (ranges from the engine's limits) and its own message line; and the
// "Post's worked example" and "Post's run" buttons.
import { button, el } from '../../../core/dom.js';
import { createField } from '../../../core/field.js';

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
    const inputs = {};
    const grid = el('div', { class: 'fields' });
    for (const [name, placeholder] of SETTINGS) {
      inputs[name] = createField(name, {
        label: fields.spec(name).label,
        help: fields.hint(name, engine.limits),
        placeholder,
        onInput: (text) => run.propose(name, text),
      });
      grid.append(inputs[name].element);
    }
    slot.append(
      grid,
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
    return {
      update() {},
      setState(state, { changed, typed }) {
        for (const name of Object.keys(inputs)) {
          // Only fields set elsewhere: the reader's own text (or a bad value being fixed) stays.
          if (!changed.includes(name) || typed.includes(name)) continue;
          inputs[name].setText(state[name] === undefined ? '' : fields.format(name, state[name]));
        }
      },
      showError: (name, message) => inputs[name]?.setError(message),
    };
  },
};
