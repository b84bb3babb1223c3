// The network diagram's nodes as one Tab stop (core/network-diagram.js): a roving tabindex, arrow keys
// between units and layers, and which hidden unit the reader is looking at (focused, or hovered with a
// mouse), for the page to show that unit's own output over the plane.

/**
 * The nodes as one Tab stop (a roving tabindex): arrows move within a layer (up, down) and between
 * layers (left, right), Home and End to the first and last. A hidden unit focused (or hovered with a
 * mouse) is reported to onFocusUnit(j); leaving it, null.
 */
export function focusNodes(nodes, onFocusUnit) {
  const layers = ['input', 'unit', 'output']
    .map((kind) => nodes.filter((n) => n.dataset.kind === kind))
    .filter((l) => l.length);
  let current = nodes[0];
  let focused = null;
  let hovered = null;
  let reported = null;
  current.setAttribute('tabindex', '0');

  const report = () => {
    const node = hovered ?? focused;
    const unit = node?.dataset.kind === 'unit' ? Number(node.dataset.index) : null;
    if (unit !== reported) onFocusUnit?.((reported = unit));
  };
  const move = (node) => {
    current.setAttribute('tabindex', '-1');
    node.setAttribute('tabindex', '0');
    current = node;
    node.focus();
  };
  const target = (from, key) => {
    const l = layers.findIndex((layer) => layer.includes(from));
    const k = layers[l].indexOf(from);
    if (key === 'ArrowUp') return layers[l][Math.max(0, k - 1)];
    if (key === 'ArrowDown') return layers[l][Math.min(layers[l].length - 1, k + 1)];
    if (key === 'Home') return nodes[0];
    if (key === 'End') return nodes.at(-1);
    const next = layers[l + (key === 'ArrowRight' ? 1 : -1)];
    if (!next) return from;
    // The node at the same share of the way down in the next layer (a layer of one sits halfway).
    const share = layers[l].length === 1 ? 0.5 : k / (layers[l].length - 1);
    return next[Math.round(share * (next.length - 1))];
  };
  const handlers = {
    keydown(event) {
      if (!['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
      event.preventDefault();
      move(target(event.currentTarget, event.key));
    },
    focus(event) {
      if (current !== event.currentTarget) move(event.currentTarget); // a click or a tap focuses it too
      focused = event.currentTarget;
      report();
    },
    blur(event) {
      if (nodes.includes(event.relatedTarget)) return; // focus moves within: its focus event reports
      focused = null;
      report();
    },
    pointerenter(event) {
      if (event.pointerType === 'touch') return; // a tap focuses the unit instead, and it stays
      hovered = event.currentTarget;
      report();
    },
    pointerleave() {
      hovered = null;
      report();
    },
  };
  for (const n of nodes) for (const [type, handler] of Object.entries(handlers)) n.addEventListener(type, handler);
  return {
    destroy() {
      for (const n of nodes)
        for (const [type, handler] of Object.entries(handlers)) n.removeEventListener(type, handler);
      if (reported !== null) onFocusUnit?.((reported = null));
    },
  };
}
