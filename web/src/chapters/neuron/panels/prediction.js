// The prediction panel: the sigmoid curve for the current weight and bias over the training points
// (a click flips a point's label) with its caption, and the hours to predict (the `test` field: one
// value or a comma list) with their pass probability to 4 decimals, as the post prints them.
import { el, setText } from '../../../core/dom.js';
import { createField } from '../../../core/field.js';
import { count, counted, pythonFloat, shown } from '../../../core/format.js';
import { chartFigure } from '../../../core/layout.js';
import { MAX_SHOWN_TEST } from '../view.js';
import { predictionSummary, runNotes } from '../summaries.js';
import { createPredictionChart } from './prediction-chart.js';

function legend() {
  const key = (name, text) => el('li', {}, el('span', { class: `key key-${name}` }), text);
  return el(
    'ul',
    { class: 'legend', 'aria-hidden': 'true' },
    key('curve', 'pass probability'),
    key('pass', 'pass'),
    key('fail', 'fail'),
    key('test', 'hours to predict'),
    key('boundary', 'boundary (p = 0.5)'),
  );
}

// The test hours' table: one row each, with a bar, the probability and the verdict.
function createTable() {
  const body = el('tbody');
  const more = el('p', { class: 'note', hidden: true });
  const table = el(
    'table',
    { class: 'predictions' },
    el('caption', { class: 'sr-only', text: 'Pass probability for each number of hours studied' }),
    el(
      'thead',
      {},
      el('tr', {}, el('th', { scope: 'col', text: 'Hours' }), el('th', { scope: 'col', text: 'Pass probability' })),
    ),
    body,
  );
  let rows = [];
  function build(rowCount) {
    body.replaceChildren();
    rows = [];
    for (let i = 0; i < rowCount; i += 1) {
      const hours = el('th', { scope: 'row' });
      const value = el('span', { class: 'probability' });
      const bar = el('span', { class: 'bar-fill' });
      const verdict = el('span', { class: 'verdict' });
      body.append(
        el('tr', {}, hours, el('td', {}, el('span', { class: 'bar', 'aria-hidden': 'true' }, bar), value, verdict)),
      );
      rows.push({ hours, value, bar, verdict, last: '' });
    }
  }
  return {
    elements: [table, more],
    /** test: all the hours; probabilities: the engine's for the first MAX_SHOWN_TEST of them. */
    update(test, probabilities) {
      if (rows.length !== probabilities.length) build(probabilities.length);
      rows.forEach((row, i) => {
        const p = probabilities[i];
        const text = shown(p, 4);
        const hoursText = `${pythonFloat(test[i])} h`; // 6 -> "6.0", as the post prints it
        if (row.last === hoursText + text) return; // no DOM work for rows that did not change
        row.last = hoursText + text;
        row.hours.textContent = hoursText;
        row.value.textContent = text;
        row.bar.style.width = `${Number.isFinite(p) ? (p * 100).toFixed(1) : 0}%`;
        row.verdict.textContent = p >= 0.5 ? 'pass' : 'fail';
        row.verdict.className = p >= 0.5 ? 'verdict pass' : 'verdict fail';
      });
      more.hidden = test.length <= MAX_SHOWN_TEST;
      const rest = test.length - MAX_SHOWN_TEST;
      more.textContent = `…and ${count(rest)} more ${rest === 1 ? 'hour' : 'hours'} (the first ${MAX_SHOWN_TEST} are listed).`;
    },
  };
}

export const predictionPanel = {
  name: 'prediction',
  title: 'Prediction',
  lede: 'The neuron’s pass probability for any hours studied. Click a point to flip its result (on a touch screen, tap it twice).',
  column: 'side',
  reads: ['curve', 'weight', 'bias', 'range', 'shownHours', 'shownLabels', 'shownTest', 'testProbabilities'],
  cadence: 'frame',
  create(slot, { run, engine, fields, theme }) {
    const figure = chartFigure(
      'prediction-chart',
      'Chart of the pass probability against hours studied, with the training examples and the decision boundary',
    );
    const test = createField('test', {
      label: fields.spec('test').label,
      help: fields.hint('test', engine.limits),
      onInput: (text) => run.propose('test', text),
      wide: true,
    });
    const table = createTable();
    const postHours = el('button', {
      type: 'button',
      class: 'button small',
      text: "Post's test hours",
      onclick: () => run.commit({ test: fields.defaults.test }),
    });
    slot.append(
      legend(),
      figure.figure,
      el(
        'div',
        { class: 'predictions-slot' },
        el('div', { class: 'field-with-button' }, test.element, postHours),
        ...table.elements,
      ),
    );
    // What a tap on a point shows, for screen readers too (the tooltip is drawn on the canvas).
    const readout = el('p', { class: 'sr-only', role: 'status', dataset: { pointReadout: '' } });
    figure.figure.append(readout);
    const chart = createPredictionChart(figure.canvas, {
      theme,
      onReadout: (text) => setText(readout, text),
      onPointClick(row) {
        const labels = run.state().labels.slice();
        labels[row] = labels[row] === 1 ? 0 : 1;
        run.commit({ labels });
      },
    });
    return {
      update(view) {
        const { weight, bias } = view;
        chart.setRange(...view.range);
        chart.update({
          curve: view.curve,
          boundary: weight === 0 ? NaN : -bias / weight,
          rising: weight > 0,
          hours: view.shownHours,
          labels: view.shownLabels,
          test: view.shownTest,
          testProbabilities: view.testProbabilities,
        });
        table.update(view.state.test, view.testProbabilities);
        if (!view.slow) return;
        const probabilities = view.trainingProbabilities;
        const { range, curve } = view;
        const summary = { weight, bias, range, curve, hours: view.shownHours, labels: view.shownLabels, probabilities };
        setText(figure.caption, predictionSummary(summary));
      },
      setState(state, { changed, typed }) {
        if (changed.includes('test') && !typed.includes('test')) test.setText(fields.format('test', state.test));
      },
      showError: (_field, message) => test.setError(message),
      prepare: () => chart.prepare(),
      setTheme: (next) => chart.setTheme(next),
      image() {
        const trainer = run.trainer();
        const title = `One Neuron — predictions after ${counted(trainer.epoch(), 'epoch')}`;
        return chart.image({ title, notes: runNotes(run.state(), trainer) });
      },
      destroy: () => chart.destroy(),
    };
  },
};
