// The training controls (play/pause, step, step x100, train to target, reset, speed), the live
// read-outs (epoch, weight, bias, loss, dw, db) and the settings fields (learning rate, epochs, seed,
// initial weight and bias). Each builds its DOM into the element it is given and reports through callbacks.
import { formatField } from './config.js';
import { el, uniqueId } from './dom.js';
import { createField } from './field.js';
import { fixed } from './format.js';

/** Seconds a whole run takes to play at each speed; 0 trains as fast as the engine can. */
export const SPEEDS = Object.freeze([
  { name: 'slow', label: 'Slow', seconds: 10 },
  { name: 'normal', label: 'Normal', seconds: 2 },
  { name: 'fast', label: 'Fast', seconds: 0.5 },
  { name: 'instant', label: 'Instant', seconds: 0 },
]);

const count = (n) => Math.round(n).toLocaleString('en-US');

/** A number for a read-out: never NaN or Infinity on screen. */
export function shown(x, digits) {
  if (!Number.isFinite(x)) return '—';
  // A loss a hair below 0 (the epsilon inside log) would read "-0.0000": show it as 0.
  const text = fixed(x, digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

function button(text, { label, primary = false, onClick, glyph }) {
  return el(
    'button',
    { type: 'button', class: primary ? 'button primary' : 'button', 'aria-label': label, onclick: onClick },
    glyph ? el('span', { class: 'glyph', 'aria-hidden': 'true', text: glyph }) : null,
    el('span', { class: 'button-text', text }),
  );
}

function setButton(node, text, glyph) {
  node.querySelector('.button-text').textContent = text;
  const icon = node.querySelector('.glyph');
  if (icon) icon.textContent = glyph;
}

export function createTrainingBar(container, handlers) {
  const play = button('Play', { primary: true, glyph: '▶', onClick: handlers.onPlay });
  const step = button('Step', { label: 'Step one epoch', glyph: '›', onClick: handlers.onStep });
  const hundred = button('×100', { label: 'Step 100 epochs', glyph: '»', onClick: handlers.onStepHundred });
  const toTarget = button('Train to 5,000', { glyph: '⇥', onClick: handlers.onTrainToTarget });
  const reset = button('Reset', { label: 'Reset to epoch 0', glyph: '↺', onClick: handlers.onReset });
  const speedId = uniqueId('speed');
  const speed = el(
    'select',
    { id: speedId, onchange: () => handlers.onSpeed(speed.value) },
    SPEEDS.map((s) => el('option', { value: s.name, text: s.label })),
  );
  speed.value = 'normal';
  container.append(
    el(
      'div',
      { class: 'toolbar', role: 'group', 'aria-label': 'Training' },
      play,
      step,
      hundred,
      toTarget,
      reset,
      el('span', { class: 'speed' }, el('label', { for: speedId, text: 'Speed' }), speed),
    ),
  );
  return {
    /** playing: a run is animating; epoch/target: where training stands. */
    setStatus({ playing, epoch, target }) {
      if (playing) setButton(play, 'Pause', '❚❚');
      else if (epoch >= target) setButton(play, 'Replay', '↻');
      else setButton(play, 'Play', '▶');
      play.setAttribute('aria-label', playing ? 'Pause training' : epoch >= target ? 'Replay from epoch 0' : 'Play');
      setButton(toTarget, playing ? 'Skip to end' : `Train to ${count(target)}`, '⇥');
      toTarget.setAttribute(
        'aria-label',
        playing ? `Skip to epoch ${count(target)}` : `Train to epoch ${count(target)}`,
      );
    },
    speed: () => speed.value,
  };
}

const READOUTS = [
  ['epoch', 'Epoch'],
  ['weight', 'Weight w'],
  ['bias', 'Bias b'],
  ['loss', 'Loss'],
  ['weightGradient', 'dw'],
  ['biasGradient', 'db'],
];

/** The live numbers. Loss and gradients are those at the current weight and bias. */
export function createReadouts(container) {
  const values = {};
  const list = el(
    'dl',
    { class: 'readouts' },
    READOUTS.map(([key, term]) => {
      values[key] = el('dd', { dataset: { readout: key }, text: '—' });
      return el('div', { class: 'readout' }, el('dt', { text: term }), values[key]);
    }),
  );
  container.append(list);
  const set = (key, text) => {
    if (values[key].textContent !== text) values[key].textContent = text;
  };
  return {
    update({ epoch, target, weight, bias, loss, weightGradient, biasGradient }) {
      set('epoch', `${count(epoch)} / ${count(target)}`);
      // 8 decimals as the post prints them: Final weight: [[4.24834391]]
      set('weight', shown(weight, 8));
      set('bias', shown(bias, 8));
      set('loss', shown(loss, 4));
      set('weightGradient', shown(weightGradient, 6));
      set('biasGradient', shown(biasGradient, 6));
    },
  };
}

// name, label, placeholder, help (the ranges are the engine's, see FIELDS in config.js)
const SETTINGS = [
  ['lr', 'Learning rate', '', 'Above 0, at most 100. The post: 0.1'],
  ['epochs', 'Epochs', '', 'Up to 10,000,000. The post: 5000'],
  ['seed', 'Seed', '', 'Picks the starting weight. The post: 42'],
  ['w0', 'Initial weight', 'from the seed', 'Empty: drawn from the seed'],
  ['b0', 'Initial bias', '0', 'Empty: 0, as in the post'],
];

/**
 * The run's settings. onField(name, text) on every keystroke; onWorkedExample() and onPostRun() for
 * the two buttons. Returns { setState(state), setError(name, message) }.
 */
export function createSettings(container, { onField, onWorkedExample, onPostRun }) {
  const fields = {};
  const grid = el('div', { class: 'fields' });
  for (const [name, label, placeholder, help] of SETTINGS) {
    fields[name] = createField(name, {
      label,
      help,
      placeholder,
      onInput: (text) => onField(name, text),
    });
    grid.append(fields[name].element);
  }
  container.append(
    grid,
    el(
      'div',
      { class: 'button-row' },
      button("Post's worked example", {
        label: "Post's worked example: initial weight 0.5, bias 0.1, at epoch 0",
        onClick: onWorkedExample,
      }),
      button("Post's run", { label: "Back to the post's run (all settings and data)", onClick: onPostRun }),
    ),
  );
  return {
    setState(state) {
      for (const name of Object.keys(fields)) {
        fields[name].setText(state[name] === undefined ? '' : formatField(name, state[name]));
      }
    },
    setError(name, message) {
      fields[name]?.setError(message);
    },
    has: (name) => Object.hasOwn(fields, name),
  };
}
