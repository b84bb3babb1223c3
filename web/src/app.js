// Wiring: one explorable inside a root element. It holds the state (the fields of config.js) and the
// engine's trainer, turns reader actions into state changes, and redraws every panel once per frame.
// Everything mutable lives in mountExplorable's closure, so several explorables can share a page.
import { createLossChart, createPredictionChart, hoursRange } from './charts.js';
import { DEFAULTS, FIELDS, formatField, parseField } from './config.js';
import { createReadouts, createSettings, createTrainingBar, SPEEDS } from './controls.js';
import { createDataEditor } from './data-editor.js';
import { loadEngine } from './engine.js';
import { createLandscape } from './landscape.js';
import { buildLayout, PANELS } from './layout.js';
import { createLossFeed } from './loss-feed.js';
import { createPlayer, rateFor } from './player.js';
import { createPredictions, MAX_SHOWN } from './predictions.js';
import { createPrinciples } from './principles.js';
import { lossCsv, readRunJson, runJson } from './run-file.js';
import { createShare, download, imagesSideBySide, shareSnippets } from './share.js';
import { defaultState, fieldOf, readHash, replaceHash, settle } from './state.js';
import { lossSummary, predictionSummary, runAnnouncement } from './summaries.js';

const CURVE_POINTS = 240;
const SLOW_PANEL_MS = 200; // while playing, the principles and the chart captions redraw at most 5 times a second
const MAX_CHART_EXAMPLES = 2000; // training points drawn; a bigger data set is still trained in full
const DATA_FIELDS = ['hours', 'labels'];
// Where each field's message is shown (see layout.js's PANELS).
const PANEL_OF_FIELD = {
  hours: 'data',
  labels: 'data',
  test: 'prediction',
  lr: 'settings',
  epochs: 'settings',
  seed: 'settings',
  w0: 'settings',
  b0: 'settings',
};
const RUN_FIELDS = ['hours', 'labels', 'lr', 'seed', 'w0', 'b0']; // a change needs a new trainer

/** The chart colours, read from the CSS custom properties so dark mode and themes follow styles.css. */
function readTheme(element) {
  const style = getComputedStyle(element);
  const read = (name) => style.getPropertyValue(name).trim();
  return {
    text: read('--text'),
    muted: read('--muted'),
    grid: read('--grid'),
    surface: read('--surface'),
    accent: read('--curve'),
    pass: read('--pass'),
    fail: read('--fail'),
    font: style.fontFamily,
  };
}

function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}

function sameValue(name, a, b) {
  if (a === undefined || b === undefined) return a === b;
  return formatField(name, a) === formatField(name, b);
}

/** The row of `hours` to follow in the five principles: 4 hours as in the post, else the first. */
function defaultExample(hours) {
  const four = hours.indexOf(4);
  return four >= 0 ? four : 0;
}

/**
 * Mount the explorable in `root`. Options: useHash (read and write the URL hash; default true),
 * panels (names from layout.js's PANELS; default all), initial ({ state, errors } to start from when
 * useHash is false, e.g. from a <one-neuron>'s attributes). Resolves to a small handle for tests and
 * embedding, with destroy() to stop and free everything.
 */
export async function mountExplorable(root, { useHash = true, panels = PANELS, initial = null } = {}) {
  const parts = buildLayout(root, { panels });
  let engine;
  try {
    engine = await loadEngine();
  } catch (error) {
    parts.error.hidden = false;
    parts.error.textContent = `The neuron could not start in this browser: ${error.message}`;
    return null;
  }

  const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  const darkMode = matchMedia('(prefers-color-scheme: dark)');
  let state = defaultState();
  let trainer = null;
  let exampleRow = 0;
  let curveHours = [];
  let lastAnnounced = '';
  let lastSlowRefresh = -Infinity;
  const feed = createLossFeed();

  const player = createPlayer({
    train: (epochs) => trainer.train(epochs),
    epoch: () => trainer.epoch(),
    onFrame: () => refresh(),
    onStop: (reason) => {
      refresh();
      if (reason === 'done') announce();
    },
  });

  const trainingBar = createTrainingBar(parts.toolbar, {
    onPlay: () => {
      if (player.playing()) player.pause();
      else if (trainer.epoch() >= state.epochs) runFromStart({ animate: true });
      else player.play({ target: state.epochs, rate: chosenRate() });
    },
    onStep: () => trainBy(1),
    onStepHundred: () => trainBy(100),
    onTrainToTarget: () => {
      if (trainer.epoch() > state.epochs) runFromStart({ animate: false });
      else player.play({ target: state.epochs, rate: Infinity });
    },
    onReset: () => {
      player.pause();
      restartHistory();
      refresh();
    },
    onSpeed: () => {
      if (player.playing()) player.play({ target: state.epochs, rate: chosenRate() });
    },
  });
  const readouts = createReadouts(parts.readouts);
  const settings = createSettings(parts.settings, {
    onField: (name, text) => propose(name, text),
    onWorkedExample: () => workedExample(),
    onPostRun: () => load(defaultState(), {}),
  });
  const predictions = createPredictions(parts.predictions, {
    onInput: (text) => propose('test', text),
    onPostHours: () => {
      if (commit({ test: DEFAULTS.test })) predictions.setText(state.test);
    },
  });
  const editor = createDataEditor(parts.data, {
    onChange: (data) => commit(data),
    onPostData: () => {
      if (commit({ hours: DEFAULTS.hours, labels: DEFAULTS.labels })) editor.setRows(state.hours, state.labels);
    },
  });
  const principles = createPrinciples(parts.principles, {
    onExampleChange: (row) => {
      exampleRow = row;
      refresh();
    },
    onWorkedExample: () => workedExample(),
  });
  const lossChart = createLossChart(parts.lossCanvas, { theme: readTheme(root) });
  const predictionChart = createPredictionChart(parts.predictionCanvas, {
    theme: readTheme(root),
    onPointClick: (row) => {
      const labels = state.labels.slice();
      labels[row] = labels[row] === 1 ? 0 : 1;
      if (commit({ labels })) editor.setLabel(row, labels[row], state.hours, state.labels);
    },
  });
  const landscape = createLandscape(parts.landscape, {
    shown: parts.landscapeShown,
    theme: readTheme(root),
    createProbe: () => engine.createTrainer(state),
    onStart: (w0, b0) => commit({ w0, b0 }) && settings.setState(state),
  });
  parts.logScale.addEventListener('change', () => {
    lossChart.setLogScale(parts.logScale.checked);
    lossChart.draw();
  });
  function followColorScheme() {
    const theme = readTheme(root);
    lossChart.setTheme(theme);
    predictionChart.setTheme(theme);
    landscape.setTheme(theme);
    refresh();
  }
  darkMode.addEventListener('change', followColorScheme);

  createShare(parts.share, {
    snippets: () => shareSnippets(state, location.href),
    exportCsv: () => {
      download(
        'one-neuron-loss.csv',
        new Blob([lossCsv(trainer.lossHistory(), trainer.lossStride())], { type: 'text/csv' }),
      );
      return 'Saved one-neuron-loss.csv (epoch, loss).';
    },
    exportJson: () => {
      const run = {
        epoch: trainer.epoch(),
        initialWeight: trainer.initialWeight(),
        initialBias: trainer.initialBias(),
        weight: trainer.weight(),
        bias: trainer.bias(),
        loss: trainer.evaluate().loss,
        predictions: Array.from(trainer.predictMany(state.test)),
      };
      const text = `${JSON.stringify(runJson(state, run), null, 2)}\n`;
      download('one-neuron-run.json', new Blob([text], { type: 'application/json' }));
      return 'Saved one-neuron-run.json: import it here to restore this run.';
    },
    exportPng: async () => {
      download(
        'one-neuron-charts.png',
        await imagesSideBySide([lossChart.image(), predictionChart.image()], readTheme(root).surface),
      );
      return 'Saved one-neuron-charts.png.';
    },
    importFile: async (file) => {
      let next;
      try {
        next = readRunJson(await file.text());
        check(next);
      } catch (error) {
        throw new Error(`Could not import ${file.name.slice(0, 80)}: ${error.message}. Nothing was changed.`);
      }
      load(next, {}, 'file');
      return `Imported ${file.name.slice(0, 80)}: training it again from its start.`;
    },
  });

  function chosenRate() {
    const seconds = SPEEDS.find((speed) => speed.name === trainingBar.speed())?.seconds ?? 2;
    return rateFor(state.epochs, seconds);
  }

  // Throws the engine's message (naming the field) when `candidate` cannot be trained.
  function check(candidate) {
    engine.checkEpochs(candidate.epochs);
    const probe = engine.createTrainer(candidate);
    try {
      probe.predictMany(candidate.test);
    } finally {
      probe.delete();
    }
  }

  function showError(name, message) {
    if (DATA_FIELDS.includes(name)) editor.showError(message);
    else if (name === 'test') predictions.setError(message);
    else settings.setError(name, message);
  }

  // The reader typed `text` into field `name`: adopt it if it parses and the engine accepts it;
  // otherwise keep the previous state and say why next to the field.
  function propose(name, text) {
    let value;
    try {
      value = FIELDS[name].optional && text.trim() === '' ? undefined : parseField(name, text);
    } catch (error) {
      showError(name, error.message);
      return;
    }
    commit({ [name]: value });
  }

  /** Apply `changes` to the state if the engine accepts them; returns whether it did. */
  function commit(changes) {
    const candidate = { ...state, ...changes };
    try {
      check(candidate);
    } catch (error) {
      const field = fieldOf(error) ?? Object.keys(changes)[0];
      showError(field, error.message);
      return false;
    }
    for (const name of Object.keys(changes)) showError(name, null);
    const previous = state;
    state = candidate;
    if (useHash) replaceHash(state);
    if (RUN_FIELDS.some((name) => !sameValue(name, previous[name], state[name]))) {
      newTrainer();
      runFromStart({ animate: !reducedMotion.matches });
    } else if (previous.epochs !== state.epochs) {
      lossChart.setTarget(state.epochs);
      if (trainer.epoch() > state.epochs) runFromStart({ animate: !reducedMotion.matches });
      else player.play({ target: state.epochs, rate: reducedMotion.matches ? Infinity : chosenRate() });
    } else {
      updateRange();
      refresh();
    }
    return true;
  }

  function updateRange() {
    const [low, high] = hoursRange(state.hours.slice(0, MAX_CHART_EXAMPLES), state.test.slice(0, MAX_SHOWN));
    predictionChart.setRange(low, high);
    curveHours = Array.from({ length: CURVE_POINTS }, (_, i) => low + ((high - low) * i) / (CURVE_POINTS - 1));
  }

  function newTrainer() {
    player.pause();
    trainer?.delete();
    trainer = engine.createTrainer(state);
    landscape.setTrainer(trainer, { epochs: state.epochs, examples: state.hours.length });
    if (exampleRow >= state.hours.length) exampleRow = defaultExample(state.hours);
    updateRange();
  }

  function restartHistory() {
    trainer.reset();
    feed.reset();
    landscape.restart();
    lossChart.reset(state.epochs);
  }

  function runFromStart({ animate }) {
    player.pause();
    restartHistory();
    refresh();
    if (state.epochs > 0) player.play({ target: state.epochs, rate: animate ? chosenRate() : Infinity });
  }

  function trainBy(epochs) {
    player.pause();
    trainer.train(epochs);
    refresh();
  }

  // Load a whole state (from the URL, the attributes, a file or "Post's run"); `errors` are messages
  // from reading it, about the `source` named in them.
  function load(next, errors, source = useHash ? 'link' : 'attributes') {
    const settled = settle(next, check);
    state = settled.state;
    const messages = { ...errors, ...settled.errors };
    const explain = (name) => {
      if (!messages[name]) return null;
      const value = state[name] === undefined ? '' : formatField(name, state[name]);
      const isDefault = DEFAULTS[name] === undefined || value === formatField(name, DEFAULTS[name]);
      const fallback = isDefault ? `the default ${value}`.trim() : value;
      return `${messages[name]} (from the ${source}; using ${fallback.slice(0, 60)})`;
    };
    for (const name of Object.keys(FIELDS)) if (!DATA_FIELDS.includes(name)) showError(name, explain(name));
    // Hours and labels share the data editor's message line.
    editor.showError(DATA_FIELDS.map(explain).filter(Boolean).join(' ') || null);
    // Messages about fields whose panel is not shown (compact embeds), and about other attributes
    // (e.g. `panels`), go above the panels so they are never lost.
    const unseen = Object.keys(messages).filter((name) => !panels.includes(PANEL_OF_FIELD[name]));
    parts.error.textContent = unseen.map((name) => explain(name) ?? messages[name]).join(' ');
    parts.error.hidden = unseen.length === 0;
    settings.setState(state);
    predictions.setText(state.test);
    editor.setRows(state.hours, state.labels);
    exampleRow = defaultExample(state.hours);
    if (useHash) replaceHash(state);
    newTrainer();
    runFromStart({ animate: !reducedMotion.matches });
  }

  // The post's first worked example: x = 4, w = 0.5, b = 0.1, seen at epoch 0.
  function workedExample() {
    const changes = { w0: 0.5, b0: 0.1 };
    if (!commit(changes)) return;
    settings.setState(state);
    player.pause();
    restartHistory();
    const four = state.hours.indexOf(4);
    if (four >= 0) exampleRow = four;
    refresh();
  }

  function announce() {
    const text = runAnnouncement({
      epoch: trainer.epoch(),
      weight: trainer.weight(),
      bias: trainer.bias(),
      loss: trainer.evaluate().loss,
    });
    if (text !== lastAnnounced) parts.status.textContent = text;
    lastAnnounced = text;
  }

  // Redraw everything from the trainer: called once per animation frame at most.
  function refresh() {
    const epoch = trainer.epoch();
    const weight = trainer.weight();
    const bias = trainer.bias();
    const evaluation = trainer.evaluate();
    const playing = player.playing();
    root.dataset.status = playing ? 'playing' : epoch >= state.epochs ? 'done' : 'paused';
    root.dataset.epoch = String(epoch);
    trainingBar.setStatus({ playing, epoch, target: state.epochs });
    readouts.update({ epoch, target: state.epochs, weight, bias, ...evaluation });
    // Text that re-flows (MathML, captions) costs more to lay out than the charts cost to draw.
    const slowToo = !playing || performance.now() - lastSlowRefresh >= SLOW_PANEL_MS;
    if (slowToo) lastSlowRefresh = performance.now();

    const { restart, firstEpoch, stride, losses } = feed.read(trainer);
    if (restart) lossChart.reset(state.epochs);
    lossChart.append(firstEpoch, stride, losses);
    lossChart.draw();
    if (slowToo) {
      setText(
        parts.lossCaption,
        lossSummary({
          epoch,
          firstLoss: feed.firstLoss(),
          latestLoss: trainer.loss(), // the loss of the last completed epoch
          currentLoss: evaluation.loss,
        }),
      );
    }

    const hours = state.hours.slice(0, MAX_CHART_EXAMPLES);
    const labels = state.labels.slice(0, MAX_CHART_EXAMPLES);
    const test = state.test.slice(0, MAX_SHOWN);
    const testProbabilities = trainer.predictMany(test);
    const curveProbabilities = trainer.predictMany(curveHours);
    predictionChart.update({
      curve: curveHours.map((x, i) => ({ x, y: curveProbabilities[i] })),
      boundary: weight === 0 ? NaN : -bias / weight,
      rising: weight > 0,
      hours,
      labels,
      test,
      testProbabilities,
    });
    predictions.update(state.test, testProbabilities);
    landscape.draw({ loss: evaluation.loss, slow: slowToo });
    if (!slowToo) return;
    const trainingProbabilities = trainer.predictMany(hours);
    setText(
      parts.predictionCaption,
      predictionSummary({ weight, bias, hours, labels, probabilities: trainingProbabilities }),
    );
    principles.update({
      row: exampleRow,
      hours: state.hours,
      labels: state.labels,
      weight,
      bias,
      lr: state.lr,
      probability: trainingProbabilities[exampleRow] ?? trainer.predict(state.hours[exampleRow]),
      evaluation,
    });
  }

  function followHash() {
    const { state: next, errors } = readHash(location.hash);
    load(next, errors);
  }
  if (useHash) {
    addEventListener('hashchange', followHash);
    followHash();
  } else {
    load(initial?.state ?? defaultState(), initial?.errors ?? {});
  }

  return {
    /** Stop training and free the trainer, the charts and the listeners; empties `root`. */
    destroy() {
      player.pause();
      removeEventListener('hashchange', followHash);
      darkMode.removeEventListener('change', followColorScheme);
      lossChart.destroy();
      predictionChart.destroy();
      landscape.destroy();
      principles.destroy();
      trainer?.delete();
      trainer = null;
      root.replaceChildren();
    },
    /** The current state (a copy). */
    state: () => ({ ...state }),
    /** Where training example `row` is drawn on the prediction canvas (CSS pixels), for tests. */
    pointPosition: (row) => predictionChart.pointPosition(row),
    /** The landscape's path ends, axes and surface (landscape.js inspect()), and its test helpers. */
    landscape: () => landscape.inspect(),
    landscapePixel: (weight, bias) => landscape.pixelFor(weight, bias),
    measureLandscape: () => landscape.measure(),
    /** How many points the loss chart draws (it downsamples long runs). */
    lossPointCount: () => lossChart.pointCount(),
  };
}
