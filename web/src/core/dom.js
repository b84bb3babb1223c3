// Small DOM builders, so no module needs innerHTML: el() for HTML elements, m() for MathML.
// Text always goes in as text nodes, never parsed as markup. And whenIdle(), for work that can wait.

const MATHML = 'http://www.w3.org/1998/Math/MathML';

function fill(node, props, children) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.setAttribute('class', value);
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** el('p', { class: 'note', text: 'Hi' }) or el('ul', {}, el('li', {}, 'one')). */
export function el(tag, props = {}, ...children) {
  return fill(document.createElement(tag), props, children);
}

/** A MathML element: m('mi', {}, 'x'). */
export function m(tag, props = {}, ...children) {
  return fill(document.createElementNS(MATHML, tag), props, children);
}

// Shorthands for the formulas of the five principles.
export const mi = (name) => m('mi', {}, name);
export const mn = (value) => m('mn', {}, value);
export const mo = (operator) => m('mo', {}, operator);
export const mtext = (text) => m('mtext', {}, text);
export const mrow = (...children) => m('mrow', {}, ...children);
export const mfrac = (numerator, denominator) => m('mfrac', {}, numerator, denominator);
export const msup = (base, power) => m('msup', {}, base, power);
export const msub = (base, index) => m('msub', {}, base, index);
export const mover = (base, accent) => m('mover', { accent: 'true' }, base, accent);
/** A display formula; `label` is read by screen readers instead of the MathML when given. */
export const math = (label, ...children) => m('math', { display: 'block', 'aria-label': label }, ...children);

/** A visually hidden element that screen readers still read. */
export function srOnly(tag, props = {}, ...children) {
  return el(tag, { ...props, class: `sr-only ${props.class ?? ''}`.trim() }, ...children);
}

/**
 * Call `callback` once the page is idle, at the latest after `timeout` ms: for work the first view can
 * do without. Where requestIdleCallback is missing (Safari), a task of its own. Returns a cancel function.
 */
export function whenIdle(callback, timeout = 1000) {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(callback);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(callback, { timeout });
  return () => cancelIdleCallback(handle);
}

/**
 * Call `callback` in a task of its own once the next animation frame has been drawn (after the frame
 * callbacks already asked for, and the layout and paint that follow them). Returns a cancel function.
 */
export function afterNextFrame(callback) {
  let cancelled = false;
  const frame = requestAnimationFrame(() =>
    nextTask().then(() => {
      if (!cancelled) callback();
    }),
  );
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}

/** Resolves in a task of its own, soon (a message, not a timer: timers are clamped to 4 ms). */
export function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

let nextId = 0;
/** A document-unique id, so several explorables (or shadow roots) never clash. */
export function uniqueId(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** A button with text, an optional aria-hidden glyph before it and an accessible name. */
export function button(text, { label, primary = false, onClick, glyph, small = false }) {
  const classes = ['button', primary && 'primary', small && 'small'].filter(Boolean).join(' ');
  return el(
    'button',
    { type: 'button', class: classes, 'aria-label': label, onclick: onClick },
    glyph ? el('span', { class: 'glyph', 'aria-hidden': 'true', text: glyph }) : null,
    el('span', { class: 'button-text', text }),
  );
}

/** Set a node's text only when it changed (no layout work for equal text). */
export function setText(node, text) {
  if (node.textContent !== text) node.textContent = text;
}
