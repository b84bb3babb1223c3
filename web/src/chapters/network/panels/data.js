// Chapter 2's data panel: the points the network learns from: a generator (the post's ring, xor or
// clusters) with its size, seed and noise, or the points the reader placed on the map (the `data`
// field, which then replaces the generator).
import { button, el, setText } from '../../../core/dom.js';
import { createFieldGrid } from '../../../core/field.js';
import { count, counted, labelled } from '../../../core/format.js';

export const DATASETS = [
  ['ring', 'ring (the post’s)'],
  ['xor', 'xor'],
  ['clusters', 'clusters'],
];

const FIELDS = [
  ['dataset', DATASETS],
  ['points', ''],
  ['data-seed', ''],
  ['noise', ''],
];

export const dataPanel = {
  name: 'data',
  title: 'Data',
  column: 'wide',
  reads: ['points'],
  cadence: 'slow',
  create(slot, context) {
    const { run } = context;
    const grid = createFieldGrid(FIELDS, context);
    const note = el('p', { class: 'note', 'aria-live': 'polite' });
    const error = el('p', { class: 'field-error', 'aria-live': 'polite' });
    const back = button('Back to the generator', {
      label: 'Forget the placed points and use the generator again',
      onClick: () => run.commit({ data: undefined }),
    });
    slot.append(grid.element, el('div', { class: 'button-row' }, back), note, error);
    return {
      update({ points, state }) {
        const n = points.labels.length;
        let ones = 0;
        for (let i = 0; i < n; i += 1) ones += points.labels[i];
        const from = state.data
          ? 'placed on the map (the generator is not used)'
          : `from the ${state.dataset} generator`;
        setText(note, `${counted(n, 'point')} ${from}: ${count(ones)} labelled 1, ${count(n - ones)} labelled 0.`);
        back.hidden = !state.data;
      },
      setState: grid.setState,
      showError(name, message) {
        if (name === 'data') error.textContent = labelled(message, name, context.fields.spec(name).label) ?? '';
        else grid.showError(name, message);
      },
    };
  },
};
