// The network panel: the post's "layers" figure (core/network-diagram.js), inputs x1, x2 -> the hidden
// units -> the output, with every weight and bias live while training and the chosen point's pass.
// Focusing or hovering a unit shows its own output on the decision map. The weights are read-only: the
// engine has no way to start a run from given weights (its start is drawn from the seed).
import { el } from '../../../core/dom.js';
import { createNetworkDiagram } from '../../../core/network-diagram.js';

export const networkPanel = {
  name: 'network',
  title: 'The network',
  lede: 'Input layer → hidden layer → output layer: a weighted sum plus a bias on every line into a unit.',
  column: 'main',
  reads: ['parameters', 'evaluation', 'pass', 'state'],
  cadence: 'frame',
  create(slot, { run, select }) {
    const { hidden, activation } = run.state();
    const diagram = createNetworkDiagram({
      hidden,
      activation,
      editable: false,
      onFocusUnit: (unit) => select('unit', unit),
    });
    const note = el('p', {
      class: 'note',
      text: 'The weights can be read here, not typed: every run starts from the weights the seed draws (change the seed in Settings for another start).',
    });
    slot.append(diagram.element, note);
    return {
      update({ parameters, evaluation, pass }) {
        diagram.update({ parameters, gradients: evaluation, pass });
      },
      setState: (state) => diagram.setShape({ hidden: state.hidden, activation: state.activation }),
      destroy: () => diagram.destroy(),
    };
  },
};
