// Compiled by `npm test` (tsc --noEmit -p tests/types), never run: the engine's API used as its
// declarations (web/src/engine/index.d.ts) say, so a change to the API that breaks its users, or
// declarations that drift from it, fail the check. Each @ts-expect-error line must fail to compile.
import {
  EngineError,
  loadEngine,
  type CollapsedLine,
  type Engine,
  type Example,
  type NetworkMap,
  type NetworkParameters,
  type NetworkTrainer,
  type NetworkEngine,
  type NeuronTrainer,
  type PointPass,
} from '../../web/src/engine/index.js';
import { loadNetworkEngine } from '../../web/src/engine/network-engine.js';

export async function postsRun(wasmBinary: Uint8Array): Promise<number> {
  const engine: Engine = await loadEngine({ wasmBinary });
  const maxEpochs: number = engine.limits.maxEpochs;
  engine.neuron.validate({ hours: [1, 2, 3, 4, 5], labels: [0, 0, 1, 1, 1], lr: 0.1, seed: 42, epochs: 5000 });
  const trainer: NeuronTrainer = engine.neuron.createTrainer({ lr: 0.1, seed: 42 });
  try {
    trainer.train(Math.min(5000, maxEpochs));
    const probabilities: Float64Array = trainer.predictMany([1.5, 2.5, 3.5, 6]);
    const { nextWeight, nextBias, loss } = trainer.evaluate();
    const row: Example = trainer.example(3);
    const surface: Float64Array = trainer.lossLandscape({
      weightMin: 0,
      weightMax: 5,
      biasMin: -11,
      biasMax: 1,
      columns: 200,
      rows: 200,
    });
    const since: Float64Array = trainer.lossHistorySince(trainer.lossHistory().length - 1);
    return probabilities[0] + nextWeight + nextBias + loss + row.weightPart + surface[0] + since.length;
  } catch (error) {
    if (error instanceof EngineError) return error.field === null ? -1 : error.field.length;
    throw error;
  } finally {
    trainer.delete();
  }
}

export function misuses(engine: Engine, trainer: NeuronTrainer): void {
  // @ts-expect-error epochs are a number, not text
  trainer.train('5');
  // @ts-expect-error hours to predict are numbers
  trainer.predictMany(['1']);
  // @ts-expect-error the limits are read-only
  engine.limits.maxEpochs = 1;
  // @ts-expect-error a grid needs all six numbers
  trainer.lossLandscape({ weightMin: 0 });
}

export function networkMisuses(engine: NetworkEngine): void {
  // @ts-expect-error no such activation
  engine.network.createTrainer({ activation: 'softmax' });
  // @ts-expect-error a test point is two numbers, x1 and x2
  engine.network.createTrainer().predict(0.5);
}

export async function networkModule(wasmBinary: Uint8Array, neuron: Engine): Promise<number> {
  const engine: NetworkEngine = await loadNetworkEngine({ wasmBinary });
  // @ts-expect-error the page's module has the neuron only: the network is a module of its own
  neuron.network.createTrainer();
  return ring(engine);
}

// The network of chapter 2 (engine.network), as index.d.ts declares it.
export function ring(engine: NetworkEngine): number {
  const maxHidden: number = engine.network.limits.maxHidden;
  engine.network.validate({ dataset: 'ring', points: 200, dataSeed: 1, noise: 0, epochs: 3000, test: [0, 0] });
  const trainer: NetworkTrainer = engine.network.createTrainer({
    hidden: Math.min(4, maxHidden),
    activation: 'linear',
  });
  try {
    trainer.train(3000);
    const { W1, b1, W2, b2 }: NetworkParameters = trainer.parameters();
    const gradients = trainer.evaluate();
    const map: NetworkMap = trainer.map({ x1Min: -2, x1Max: 2, x2Min: -2, x2Max: 2, columns: 100, rows: 100 });
    const line: CollapsedLine | null = trainer.line();
    const pass: PointPass = trainer.example(0);
    const probabilities: Float64Array = trainer.predictMany([0, 0, 1.25, 0]);
    const { inputs, labels } = trainer.points();
    return (
      W1[0] +
      b1[0] +
      W2[0] +
      b2 +
      gradients.loss +
      map.units[0] +
      (line ? line.bias : 0) +
      pass.sentBack[0] +
      probabilities[0] +
      inputs[0] +
      labels[0] +
      trainer.accuracy() +
      trainer.predict(0.25, 0.25)
    );
  } finally {
    trainer.delete();
  }
}

// The <one-neuron> element's declarations (web/src/component.d.ts).

import type { OneNeuronAttributes, OneNeuronElement } from '../../web/src/component.js';

export function embed(host: HTMLElement, attributes: OneNeuronAttributes): OneNeuronElement {
  const element = document.createElement('one-neuron');
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  element.addEventListener('one-neuron-ready', () => {
    const state = element.explorable?.state();
    if (state) console.log(state.epochs, state.hours.length);
    if (state) element.explorable?.load({ ...state, epochs: 100 });
  });
  host.append(element);
  // @ts-expect-error the handle is read-only
  element.explorable = null;
  return element;
}
