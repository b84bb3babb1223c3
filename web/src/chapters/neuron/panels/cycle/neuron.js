// The neuron panel: the post's neuron as a figure (core/network-diagram.js with one input and no hidden
// layer): hours x, times the weight w, plus the bias b, gives z; the sigmoid gives ŷ, compared with the
// label y for the loss. Under the line, the backward pass: the error ŷ − y sent back to w and b as
// this example's parts of their gradients. The example is the one the principles follow; every
// number is the engine's (the view's exampleTerms, weight, bias, evaluation). The training cycle's
// stage (view.stage) lights the part of the figure it is about.
import { createNetworkDiagram } from '../../../../core/network-diagram.js';
import { el, setText } from '../../../../core/dom.js';
import { shown } from '../../../../core/format.js';
import diagramStyles from '../../../../core/network-diagram.css?inline';
import cycleStyles from './cycle.css?inline';

const four = (x) => shown(x, 4).replace('-', '−');

// The flow in one line of text, in the post's order: what a screen reader reads, and what a stage lights.
const FLOW = [
  { part: 'x', stage: 1, text: (t) => `hours x = ${t.hours}` },
  { part: 'w', stage: 1, text: (t, v) => `× w ${four(v.weight)}` },
  { part: 'b', stage: 1, text: (t, v) => `+ b ${four(v.bias)}` },
  { part: 'z', stage: 1, text: (t) => `= z ${four(t.z)}` },
  { part: 'p', stage: 1, text: (t) => `σ(z) = ŷ ${four(t.probability)}` },
  { part: 'y', stage: 2, text: (t) => `vs label y = ${t.label}` },
  { part: 'loss', stage: 2, text: (t) => `loss term ${four(t.lossTerm)}` },
  { part: 'error', stage: 3, text: (t) => `error ŷ − y = ${four(t.error)}` },
  { part: 'back', stage: 3, text: (t) => `back to w: ${four(t.weightPart)}, to b: ${four(t.biasPart)}` },
];

/** The panel (descriptor: ../later.js). */
export function create(slot) {
  const diagram = createNetworkDiagram({
    inputs: ['hours'],
    hidden: 0,
    outputLabel: 'ŷ',
    title: 'One example through the neuron',
    editable: false,
  });
  const heading = el('p', { class: 'neuron-example' });
  const parts = FLOW.map((step) => el('span', { class: 'neuron-flow-part', 'data-part': step.part }));
  const flow = el(
    'p',
    { class: 'neuron-flow', 'aria-label': undefined },
    ...parts.flatMap((p, k) => [k ? ' → ' : '', p]),
  );
  const root = el('div', { class: 'neuron-panel', 'data-stage': '0' }, heading, diagram.element, flow);
  slot.append(el('style', { text: `${diagramStyles}\n${cycleStyles}` }), root);
  return {
    update(view) {
      const { exampleTerms: t, weight, bias, evaluation, example, state, stage } = view;
      diagram.update({
        parameters: { W2: [weight], b2: bias },
        gradients: { W2: [evaluation.weightGradient], b2: evaluation.biasGradient },
        pass: {
          inputs: [t.hours],
          z2: t.z,
          probability: t.probability,
          label: t.label,
          lossTerm: t.lossTerm,
          error: t.error,
        },
        back: { W2: [t.weightPart], b2: t.biasPart },
      });
      const n = state.hours.length;
      setText(
        heading,
        `Example ${example + 1} of ${n}: ${t.hours} ${t.hours === 1 ? 'hour' : 'hours'}, ${t.label === 1 ? 'passed' : 'failed'} (chosen under “Follow the example” in the principles).`,
      );
      FLOW.forEach((step, k) => setText(parts[k], step.text(t, view)));
      const lit = String(stage);
      if (root.dataset.stage !== lit) root.dataset.stage = lit;
    },
    destroy() {
      diagram.destroy();
      slot.replaceChildren();
    },
  };
}
