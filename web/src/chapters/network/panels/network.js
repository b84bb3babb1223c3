// The network panel: the post's "layers" figure (core/network-diagram.js), inputs x1, x2 -> the hidden
// units -> the output, with every weight and bias live while training and the chosen point's pass.
// Focusing or hovering a unit shows its own output on the decision map. Typing a weight or a bias
// starts a new run from the weights shown, that one changed (the `start` field, in the link too).
import { createNetworkDiagram } from '../../../core/network-diagram.js';

/** W1, b1, W2, b2 flattened, as the engine's `start` lists them. */
const flat = ({ W1, b1, W2, b2 }) => [...W1, ...b1, ...W2, b2];
const OFFSETS = (hidden) => ({ W1: 0, b1: 2 * hidden, W2: 3 * hidden, b2: hidden > 0 ? 4 * hidden : 2 });

export const networkPanel = {
  name: 'network',
  title: 'The network',
  lede:
    'Input layer → hidden layer → output layer: a weighted sum plus a bias on every line into a unit. ' +
    'Type a weight or a bias (under the figure) to start again from it.',
  column: 'main',
  reads: ['parameters', 'evaluation', 'pass', 'state'],
  cadence: 'frame',
  create(slot, { run, select }) {
    const { hidden, activation } = run.state();
    let shown = null; // the parameters on screen, which a typed weight changes
    let message = null; // the engine's, for the start (e.g. from a link)
    const diagram = createNetworkDiagram({
      hidden,
      activation,
      editable: true,
      onFocusUnit: (unit) => select('unit', unit),
      onEdit({ name, index, value }) {
        const parameters = shown ?? run.trainer().parameters();
        const start = flat(parameters);
        start[OFFSETS(parameters.hidden)[name] + index] = value;
        message = null;
        // Paused at epoch 0: the reader sees the new start before pressing Play.
        if (!run.commit({ start }, { play: false })) return message ?? 'the engine refused these weights';
        return undefined;
      },
    });
    slot.append(diagram.element);
    return {
      update({ parameters, evaluation, pass }) {
        shown = parameters;
        diagram.update({ parameters, gradients: evaluation, pass });
      },
      setState(state, { changed }) {
        if (changed.includes('hidden') || changed.includes('activation')) {
          diagram.setShape({ hidden: state.hidden, activation: state.activation });
        }
      },
      showError(field, text) {
        message = text && text.replace(`${field}: `, ''); // the diagram names the weight typed
      },
      destroy: () => diagram.destroy(),
    };
  },
};
