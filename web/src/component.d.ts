// The <one-neuron> custom element (web/src/component.js, built to dist/one-neuron.js): its attributes,
// its handle and its event, for blog tooling written in TypeScript. Importing the module defines the
// element once.

/** Where the element's state comes from: the attributes, as text, like the URL hash's fields. */
export interface OneNeuronAttributes {
  /** Hours studied, a comma list: "1,2,3,4,5". */
  hours?: string;
  /** Pass (1) or fail (0) for each hours value: "0,0,1,1,1". */
  labels?: string;
  /** The learning rate: "0.1". */
  lr?: string;
  /** Epochs to train: "5000". */
  epochs?: string;
  /** The seed of the starting weight: "42". */
  seed?: string;
  /** Hours to predict, a comma list: "1.5,2.5,3.5,6". */
  test?: string;
  /** A starting weight instead of the seed's. */
  w0?: string;
  /** A starting bias instead of 0. */
  b0?: string;
  /**
   * "full" (default), "compact", or a comma list of panel names. A value naming no panel shows the
   * compact panels, with a message saying what was wrong.
   */
  panels?: 'full' | 'compact' | string;
}

/** The names `panels` may list. */
export type OneNeuronPanel = 'training' | 'prediction' | 'landscape' | 'data' | 'settings' | 'principles' | 'share';

/** The running demo inside an element (null while the engine loads). */
export interface OneNeuronExplorable {
  /** The run's current state: the attributes' values as numbers. */
  state(): {
    hours: number[];
    labels: number[];
    lr: number;
    epochs: number;
    seed: number;
    test: number[];
    w0?: number;
    b0?: number;
  };
  /**
   * Train another run in place: `state` as state() returns it, `errors` messages by field (as from the
   * attributes). The element calls it when a field attribute changes (at most one run per frame).
   */
  load(state: ReturnType<OneNeuronExplorable['state']>, errors?: Record<string, string>): void;
  /** Stop training and free the engine's memory (the element does this when it leaves the page). */
  destroy(): void;
}

export declare class OneNeuronElement extends HTMLElement {
  static readonly observedAttributes: readonly string[];
  /** The running demo, or null while it loads. */
  readonly explorable: OneNeuronExplorable | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'one-neuron': OneNeuronElement;
  }
  interface HTMLElementEventMap {
    /** Fired (bubbling, composed) when the demo has loaded and started training. */
    'one-neuron-ready': CustomEvent<undefined>;
  }
}
