// The landscape's input: a click or a drag on the plot area (with pointer capture, the start under the
// pointer drawn while dragging) and the arrow keys on the focused canvas (Shift: 5 times as far) move
// the start; onStart(weight, bias, how) receives it (how: 'key' from a key), rounded to what a pixel or
// a key step can tell apart.
import { roundTo } from './axes.js';

const KEY_STEP = 1 / 50; // an arrow key moves the start by this much of the axis (Shift: 5 times)
const KEYS = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };

/**
 * Listen on `canvas`. chart() is the Chart.js chart (null before the first picture), frame() the axes,
 * start() the current start { weight, bias } (null without a run), redraw() draws the dragged start.
 * Returns { dragged() (the start under the pointer while dragging, or null), destroy() }.
 */
export function createInput(canvas, { chart, frame, start, redraw, onStart }) {
  const listening = new AbortController();
  const on = (type, listener) => canvas.addEventListener(type, listener, { signal: listening.signal });
  let dragged = null;

  // The weight and bias under a pointer event, rounded to what one pixel can tell apart.
  function startAt(event) {
    const { chartArea: area, scales } = chart();
    const axes = frame();
    const x = Math.min(Math.max(event.offsetX, area.left), area.right);
    const y = Math.min(Math.max(event.offsetY, area.top), area.bottom);
    return {
      weight: roundTo(scales.x.getValueForPixel(x), (axes.weightMax - axes.weightMin) / area.width),
      bias: roundTo(scales.y.getValueForPixel(y), (axes.biasMax - axes.biasMin) / area.height),
    };
  }

  function onArea(event) {
    const area = chart().chartArea;
    const { offsetX: x, offsetY: y } = event;
    return x >= area.left && x <= area.right && y >= area.top && y <= area.bottom;
  }

  on('pointerdown', (event) => {
    if (!chart() || !onArea(event) || event.button !== 0) return;
    canvas.setPointerCapture(event.pointerId);
    dragged = startAt(event);
    redraw();
  });
  on('pointermove', (event) => {
    if (!dragged) return;
    dragged = startAt(event);
    redraw();
  });
  on('pointerup', () => {
    if (!dragged) return;
    const { weight, bias } = dragged;
    dragged = null;
    onStart(weight, bias);
    redraw();
  });
  on('pointercancel', () => {
    if (!dragged) return;
    dragged = null;
    redraw();
  });
  on('keydown', (event) => {
    const move = KEYS[event.key];
    const axes = frame();
    const from = start();
    if (!move || !axes || !from) return;
    event.preventDefault();
    const step = KEY_STEP * (event.shiftKey ? 5 : 1);
    const weightStep = step * (axes.weightMax - axes.weightMin);
    const biasStep = step * (axes.biasMax - axes.biasMin);
    onStart(
      roundTo(from.weight + move[0] * weightStep, weightStep / 10),
      roundTo(from.bias + move[1] * biasStep, biasStep / 10),
      'key',
    );
  });

  return {
    dragged: () => dragged,
    destroy: () => listening.abort(),
  };
}
