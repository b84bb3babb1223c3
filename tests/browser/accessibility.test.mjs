// Accessibility as axe-core checks it (WCAG 2.0-2.2 A and AA) on the page, the <one-neuron> element on
// a blog page (axe reaches into its shadow root), embed.html and embed-network.html, at 1280 and 360 px,
// light and dark, also with "Paste data" open and with a link's problems shown; then the keyboard: every
// Tab stop is a real, named, visible control, met in reading order. Axe cannot judge the charts: docs/accessibility.md.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { openPage, useBrowser } from './browser.mjs';
import { blogWithComponent, nodeEngine, openRun, waitDone, waitNetworkDone } from './helpers.mjs';
import { shown } from '../../web/src/core/format.js';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const WCAG = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
const VIEWS = [1280, 360].flatMap((width) => ['light', 'dark'].map((colorScheme) => ({ width, colorScheme })));

const session = useBrowser();

/** Axe's findings on `context` (a selector, or the whole document): { violations, shadowChecked }. */
async function runAxe(page, context = null) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(
    async ([selector, options]) => {
      const result = await window.axe.run(selector ?? document, options);
      const targets = [...result.passes, ...result.violations].flatMap((rule) => rule.nodes.map((n) => n.target));
      return {
        violations: result.violations.map(({ id, impact, help, nodes }) => ({
          id,
          impact,
          help,
          nodes: nodes.map((node) => ({ target: node.target, summary: node.failureSummary })),
        })),
        // A target inside a shadow root is a list in the list: [[host, selector inside it]].
        shadowChecked: targets.some((target) => target.some(Array.isArray)),
      };
    },
    [context, WCAG],
  );
}

/** What to fix, one line per violation and an indented line per element. */
function describe(violations) {
  return violations
    .map(({ id, impact, help, nodes }) => {
      const where = nodes.map((n) => `    ${n.target.flat().join(' >> ')}: ${n.summary.replace(/\s+/g, ' ')}`);
      return [`  ${id} (${impact}): ${help}`, ...where].join('\n');
    })
    .join('\n');
}

async function assertAxeClean(page, what, context) {
  const { violations, shadowChecked } = await runAxe(page, context);
  assert.equal(violations.length, 0, `axe on ${what}:\n${describe(violations)}`);
  if (context === 'one-neuron') assert.ok(shadowChecked, `axe looked inside the shadow root (${what})`);
  assert.deepEqual(page.problems, []);
}

for (const view of VIEWS) {
  const name = `${view.width} px ${view.colorScheme}`;

  test(`axe: the page, ${name}, after the post's run`, async () => {
    const page = await openRun(session.browser, session.site, '', view);
    await assertAxeClean(page, `the page, ${name}`);
  });

  test(`axe: embed.html, ${name}`, async () => {
    const page = await openPage(session.browser, { reducedMotion: 'reduce', ...view });
    await page.goto(`${session.site.url}embed.html`);
    await waitDone(page);
    await assertAxeClean(page, `embed.html, ${name}`);
  });

  test(`axe: embed-network.html (chapter 2), ${name}`, async () => {
    const page = await openPage(session.browser, { reducedMotion: 'reduce', ...view });
    await page.goto(`${session.site.url}embed-network.html`);
    await waitNetworkDone(page);
    await assertAxeClean(page, `embed-network.html, ${name}`);
  });

  test(`axe: <one-neuron> full and compact (700 px column) on a blog page, ${name}`, async () => {
    const blog = blogWithComponent(
      `<one-neuron id="full"></one-neuron><div style="max-width: 700px"><one-neuron panels="compact"></one-neuron></div>`,
    );
    const site = await session.serve(blog);
    const page = await openPage(session.browser, { reducedMotion: 'reduce', ...view });
    await page.goto(`${site.url}posts/post.html`);
    await page.waitForFunction(() => {
      const roots = [...document.querySelectorAll('one-neuron')].map((node) => node.shadowRoot);
      const done = roots.every((root) => root?.querySelector('[data-one-neuron][data-status="done"]'));
      const idle = document.getElementById('full').shadowRoot?.querySelector('[data-landscape="ready"]');
      return done && idle;
    });
    // Only the elements: the blog page around them is the blog's own.
    await assertAxeClean(page, `<one-neuron>, ${name}`, 'one-neuron');
  });
}

test('axe: the data panel with "Paste data" open, 1280 px light and 360 px dark', async () => {
  for (const view of [VIEWS[0], VIEWS[3]]) {
    const page = await openRun(session.browser, session.site, '', view);
    await page.getByText('Paste data', { exact: true }).click();
    await page.getByLabel('Rows as hours,label, one per line').waitFor();
    await assertAxeClean(page, `"Paste data" open, ${view.width} px ${view.colorScheme}`);
  }
});

test('axe: a link with problems (#lr=abc&Lr=1) and its notice, 1280 px dark and 360 px light', async () => {
  for (const view of [VIEWS[1], VIEWS[2]]) {
    const page = await openRun(session.browser, session.site, '#lr=abc&Lr=1', view);
    await page.locator('.link-notice').waitFor();
    await assertAxeClean(page, `the link notice, ${view.width} px ${view.colorScheme}`);
  }
});

// Keyboard: Tab from the top of the page to its end.

const CONTROLS = new Set(['button', 'input', 'select', 'summary', 'textarea']);

/** The focused element (through shadow roots) as the reader meets it, or null at the end. */
function focusedStop() {
  let node = document.activeElement;
  while (node?.shadowRoot?.activeElement) node = node.shadowRoot.activeElement;
  if (!node || node === document.body) return null;
  window.tabIds ??= new Map();
  if (!window.tabIds.has(node)) window.tabIds.set(node, window.tabIds.size);
  const box = node.getBoundingClientRect();
  const group = node.closest('section.panel, .link-notice');
  const around = (group ?? document.body).getBoundingClientRect();
  return {
    id: window.tabIds.get(node),
    tag: node.tagName.toLowerCase(),
    href: node.getAttribute('href'),
    html: node.outerHTML.slice(0, 100),
    visible: node.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
    box: { left: box.left, right: box.right, top: box.top + scrollY, bottom: box.bottom + scrollY },
    // What a finger hits: a checkbox's whole label (a click on the label toggles it).
    target: (() => {
      const hit = (node.type === 'checkbox' && node.closest('label')) || node;
      const { width, height } = hit.getBoundingClientRect();
      return { width, height };
    })(),
    groupBox: { left: around.left, top: around.top + scrollY, bottom: around.bottom + scrollY },
    // On screen: whole, or (a large canvas scrolled to just into view) at least 24 px of it both ways.
    inView:
      Math.min(box.right, innerWidth) - Math.max(box.left, 0) >= Math.min(box.width, 24) &&
      Math.min(box.bottom, innerHeight) - Math.max(box.top, 0) >= Math.min(box.height, 24),
    group: group
      ? `${group.className} #${[...document.querySelectorAll('section.panel, .link-notice')].indexOf(group)}`
      : 'page',
  };
}

/** The role and name in the first line of an aria snapshot: - button "Play", - 'button "a: b"', - text: … */
function roleAndName(snapshot) {
  let line = snapshot.split('\n')[0].replace(/^- /, '');
  const quoted = line.match(/^'((?:[^']|'')*)'/); // YAML quotes a line with a colon in it
  if (quoted) line = quoted[1].replaceAll("''", "'");
  const [, role, name, text] = line.match(/^(\w+)(?: "((?:[^"\\]|\\.)*)")?(?::\s*(.*))?/) ?? [];
  return { role, name: name !== undefined ? JSON.parse(`"${name}"`) : role === 'text' ? (text ?? '') : '' };
}

const tabStops = new Map(); // width -> promise of the stops, shared by the tests below

/** Every Tab stop of the page at `width`, in order, with its role and name as a screen reader has them. */
function tabThrough(width) {
  if (tabStops.has(width)) return tabStops.get(width);
  const stops = (async () => {
    const page = await openRun(session.browser, session.site, '', { width, height: 800 });
    const found = [];
    for (let i = 0; i < 400; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(focusedStop);
      if (!stop || stop.id < found.length) break; // past the end, or round to the start again
      found.push({ ...stop, ...roleAndName(await page.locator('*:focus').last().ariaSnapshot()) });
    }
    assert.deepEqual(page.problems, []);
    await page.context().close();
    return found;
  })();
  tabStops.set(width, stops);
  return stops;
}

const label = (stop) => `${stop.role} "${stop.name}" (${stop.html})`;
const rowsOverlap = (a, b) =>
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5 * Math.min(a.bottom - a.top, b.bottom - b.top);

/** Within one panel the next stop is further right on the same row, or lower down. */
function outOfReadingOrder(stops) {
  const wrong = [];
  stops.forEach((stop, i) => {
    const previous = stops[i - 1];
    if (!previous || previous.group !== stop.group) return;
    const [a, b] = [previous.box, stop.box];
    const ok = rowsOverlap(a, b) ? b.left >= a.right - 1 : (b.top + b.bottom) / 2 > (a.top + a.bottom) / 2;
    if (!ok) wrong.push(`${label(previous)} -> ${label(stop)}`);
  });
  return wrong;
}

/** The groups (panels) in the order Tab visits them, each once if the stops stay together. */
const groupsInTabOrder = (stops) => stops.map((s) => s.group).filter((group, i, all) => group !== all[i - 1]);

for (const width of [1280, 360]) {
  test(`Tab at ${width} px: every stop is a real, named control, visible, in reading order within its panel`, async () => {
    const stops = await tabThrough(width);
    assert.ok(stops.length >= 30, `${stops.length} Tab stops`);
    const stray = stops.filter(
      (s) => !(CONTROLS.has(s.tag) || (s.tag === 'a' && s.href) || (s.role && s.name)) || !s.name,
    );
    assert.deepEqual(stray.map(label), [], 'Tab stops that are not named controls');
    const unseen = stops.filter((s) => !s.visible || !s.inView || s.box.right - s.box.left < 8);
    assert.deepEqual(unseen.map(label), [], 'Tab stops not visible when focused');
    assert.deepEqual(outOfReadingOrder(stops), [], 'Tab order against the reading order');
    const groups = groupsInTabOrder(stops);
    assert.deepEqual(groups, [...new Set(groups)], 'Tab leaves a panel and comes back to it');
    const domOrder = [...new Set(stops.map((s) => s.group))].sort(
      (a, b) => Number(a.split('#')[1] ?? -1) - Number(b.split('#')[1] ?? -1),
    );
    assert.deepEqual(groups, domOrder, 'Tab visits the panels in their DOM order');
  });

  // DOM order = visual order (issue 14: "Hours to predict" was the 18th stop).
  test(`Tab at ${width} px: the panels in the order they are seen (rows top to bottom, left to right)`, async () => {
    const stops = await tabThrough(width);
    const first = new Map();
    for (const stop of stops) if (!first.has(stop.group)) first.set(stop.group, stop.groupBox);
    const seen = [...first.keys()].sort((a, b) => {
      const [p, q] = [first.get(a), first.get(b)];
      return Math.abs(p.top - q.top) < 16 ? p.left - q.left : p.top - q.top; // side by side: left first
    });
    assert.deepEqual(groupsInTabOrder(stops), seen);
  });

  // Targets of at least 44 x 44 px (WCAG 2.5.5, issue 14 item 4).
  test(`Tab at ${width} px: every control is at least 44 x 44 px`, async () => {
    const small = (await tabThrough(width)).filter((s) => s.target.width < 44 || s.target.height < 44);
    assert.deepEqual(small.map(label), []);
  });
}

test('the landscape on the keyboard: an arrow key moves the start, and a screen reader hears where', async () => {
  const page = await openRun(session.browser, session.site);
  await page.getByRole('application', { name: /^Loss landscape/ }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  const initial = (name) => page.locator(`[data-field="${name}"] input`).inputValue();
  const [weight, bias] = [Number(await initial('w0')), Number(await initial('b0'))];
  assert.ok(weight > 0.5 && bias < 0, `moved right and down: weight ${weight}, bias ${bias}`);
  const status = page.locator('.landscape-chart [role="status"]');
  assert.equal(await status.textContent(), `Start: weight ${weight}, bias ${bias}`);
  assert.deepEqual(page.problems, []);
});

for (const width of [1280, 360]) {
  test(`no text under 12 px at ${width} px, formulas' superscripts and subscripts included`, async () => {
    const page = await openRun(session.browser, session.site, '', { width });
    const small = await page.evaluate(() => {
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode.parentElement;
        if (!walker.currentNode.textContent.trim() || !node.checkVisibility() || node.closest('.sr-only')) continue;
        const size = parseFloat(getComputedStyle(node).fontSize);
        if (size < 12) found.push(`${node.tagName} ${size}px "${walker.currentNode.textContent.trim().slice(0, 20)}"`);
      }
      return found;
    });
    assert.deepEqual(small, []);
  });
}

test('forced colours (High Contrast): the prediction legend keeps the colours the chart draws in', async () => {
  const page = await openRun(session.browser, session.site);
  await page.emulateMedia({ forcedColors: 'active' });
  const keys = await page.$$eval('.legend .key', (nodes) =>
    nodes.map((node) => {
      const style = getComputedStyle(node);
      return [node.className, style.backgroundColor, style.borderBottomColor];
    }),
  );
  const byClass = Object.fromEntries(keys.map(([name, ...colours]) => [name, colours]));
  assert.equal(byClass['key key-pass'][0], 'rgb(35, 96, 224)', "pass: the chart's blue");
  assert.equal(byClass['key key-fail'][1], 'rgb(210, 71, 15)', "fail: the chart's orange triangle");
  assert.equal(byClass['key key-curve'][0], 'rgb(15, 125, 115)', "the curve's green");
});

test("the landscape as a table: the engine's loss at 5 weights and 5 biases, and axe finds nothing", async () => {
  const page = await openRun(session.browser, session.site);
  await page.locator('.panel.landscape').getByText('The loss as a table', { exact: true }).click();
  const table = page.getByRole('table', { name: /^Loss at 5 weights w \(columns\) and 5 biases b/ });
  await table.locator('tbody tr').nth(4).waitFor(); // built on the disclosure's toggle event, after the click
  const weights = (await table.locator('thead th[data-weight]').evaluateAll((n) => n.map((x) => x.dataset.weight))).map(
    Number,
  );
  const rows = await table
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [
        Number(tr.querySelector('th').dataset.bias),
        [...tr.querySelectorAll('td')].map((td) => td.textContent),
      ]),
    );
  assert.equal(weights.length, 5);
  assert.equal(rows.length, 5);
  assert.ok(rows[0][0] > rows[4][0], 'the highest bias first, as on screen');
  const engine = await nodeEngine();
  const trainer = engine.neuron.createTrainer({}); // the post's data: the surface depends on nothing else
  try {
    // The loss at one point: the first entry of a 2 x 2 grid that starts there.
    const lossAt = (weight, bias) =>
      trainer.lossLandscape({
        weightMin: weight,
        weightMax: weight + 1,
        biasMin: bias,
        biasMax: bias + 1,
        columns: 2,
        rows: 2,
      })[0];
    for (const [bias, cells] of rows) {
      assert.deepEqual(
        cells,
        weights.map((weight) => shown(lossAt(weight, bias), 4)),
        `bias ${bias}`,
      );
    }
  } finally {
    trainer.delete();
  }
  await assertAxeClean(page, 'the landscape table open');
});

test("the loss as a table: the engine's loss at 11 epochs from 0 to 4,999, following the training", async () => {
  const page = await openRun(session.browser, session.site);
  await page.locator('.panel.training').getByText('The loss as a table', { exact: true }).click();
  await page.locator('.loss-table tbody tr').nth(10).waitFor(); // built on the toggle event, after the click
  const rows = () =>
    page
      .locator('.loss-table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
  const engine = await nodeEngine();
  const trainer = engine.neuron.createTrainer({});
  try {
    trainer.train(5000);
    const losses = trainer.lossHistorySince(0);
    const stride = trainer.lossStride();
    const shownRows = await rows();
    assert.equal(shownRows.length, 11);
    assert.deepEqual(shownRows[0], ['0', '0.5385']);
    assert.equal(shownRows[10][0], '4,999');
    for (const [epoch, loss] of shownRows) {
      assert.equal(loss, shown(losses[Number(epoch.replace(',', '')) / stride], 4), `epoch ${epoch}`);
    }
  } finally {
    trainer.delete();
  }
  await page.getByRole('button', { name: 'Reset to epoch 0' }).click();
  await page.waitForFunction(
    () => document.querySelector('.loss-table tbody td')?.textContent === 'No epochs trained yet.',
  );
  await assertAxeClean(page, 'the loss table open');
});
