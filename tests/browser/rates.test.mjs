// "Compare learning rates" (issue 13 item 3) as a reader meets it: each compared run is the very run
// a link with that `lr` trains (its run file's losses and final weight and bias, bit for bit); the
// page says in words which rate overshoots, which crawls and which converges; rates are added and
// removed by keyboard without restarting the run, a bad one gets a message naming the field by its
// label with the text kept; the `compare` field goes through the URL and back; 360 px fits.
// The rates panel is set up once the page is idle: each test waits for its content.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { openPage, screenshot, useBrowser } from './browser.mjs';
import { blogWithComponent, bodyText, field, fieldError, hashOf, labelOf, openRun } from './helpers.mjs';

const session = useBrowser();
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const WCAG = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };

/** axe-core's WCAG A/AA findings in the rates panel and the training panel (its legend), as "rule: target" lines. */
async function axeFindings(page) {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (options) => {
    const result = await window.axe.run({ include: [['.rates-slot'], ['.training-slot']] }, options);
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  }, WCAG);
}
const RUN = (rate) => `.rate-run[data-rate="${rate}"]`;

/** Wait until the rates panel lists `rate` trained to `epochs`. */
async function waitRate(page, rate, epochs) {
  await page.locator(RUN(rate), { hasText: new RegExp(`epoch\\s${epochs.toLocaleString('en')}\\s`) }).waitFor();
}

/** The run file a download button saves, parsed. */
async function savedRun(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return JSON.parse(readFileSync(await download.path(), 'utf8'));
}

test('each compared run equals the run a link with that lr trains, bit for bit', async () => {
  const rates = [0.01, 1, 5];
  const page = await openRun(session.browser, session.site, `#epochs=300&compare=${rates.join(',')}`);
  for (const rate of rates) {
    await waitRate(page, rate, 300);
    const compared = await savedRun(page, () => page.click(`${RUN(rate)} button:has-text("Run as JSON")`));
    const single = await openRun(session.browser, session.site, `#epochs=300&lr=${rate}`);
    const alone = await savedRun(single, () => single.click('[data-action="json"]'));
    assert.equal(compared.config.lr, rate);
    assert.equal(compared.epochs, 300);
    assert.equal(compared.losses.length, 300);
    assert.deepEqual(compared.losses, alone.losses, `lr ${rate}: the same losses, bit for bit`);
    for (const key of ['initial_weight', 'initial_bias', 'weight', 'bias', 'loss']) {
      assert.equal(compared[key], alone[key], `lr ${rate}: ${key}`);
    }
    assert.deepEqual(single.problems, []);
    await single.context().close();
  }
  assert.deepEqual(page.problems, []);
});

test('the page says which rate overshoots, which crawls and which converges, in words', async () => {
  const page = await openRun(session.browser, session.site, '#compare=0.01,0.1,1,5');
  for (const rate of [0.01, 0.1, 1, 5]) await waitRate(page, rate, 5000);
  const verdict = (rate) => page.locator(`${RUN(rate)} .rate-verdict`).textContent();
  assert.match(await verdict(5), /^Overshoots: the loss went up \d+ times.*overshoots the minimum/);
  assert.match(await verdict(0.01), /^Crawls: .*learning crawls\.$/);
  assert.match(await verdict(0.1), /^Converges: the loss fell steadily, from 0\.5385 to 0\.0466\.$/);
  assert.match(await verdict(1), /^Converges: /);
  // The loss chart's legend names every line; the main run's read-outs are the post's.
  const legend = await page.locator('.training-slot .chart-legend').innerText();
  for (const label of ['this run (lr 0.1)', 'lr 0.01', 'lr 0.1', 'lr 1', 'lr 5']) assert.ok(legend.includes(label));
  assert.doesNotMatch(await bodyText(page), /NaN|Infinity|undefined/);
  await screenshot(page, 'rates-1280');
  assert.deepEqual(await axeFindings(page), []);
  // lr 5's rises are in its first 24 epochs: a button shows just those on the chart.
  await page.locator('.rates-slot button', { hasText: 'See the first 30 epochs' }).click();
  await waitRate(page, 5, 30);
  assert.match(await hashOf(page), /epochs=30(&|$)/);
  assert.match(await page.locator(`${RUN(5)} .rate-verdict`).textContent(), /^Overshoots: the loss went up 12 times/);
  assert.equal(await page.locator('.rates-slot button', { hasText: 'See the first' }).isVisible(), false);
  assert.deepEqual(page.problems, []);
});

test('rates are added and removed by keyboard, the run goes on, a bad rate is named by its label', async () => {
  const page = await openRun(session.browser, session.site);
  const input = field(page, 'compare');
  await page.locator('.rates-slot input').waitFor();
  await input.focus();
  await page.keyboard.type('0.1, 2');
  await waitRate(page, 2, 5000);
  assert.match(await hashOf(page), /compare=0\.1,2(&|$)/);
  // The run was not restarted: still done at the target.
  assert.equal(await page.getAttribute('[data-one-neuron]', 'data-status'), 'done');
  assert.equal(await page.getAttribute('[data-one-neuron]', 'data-epoch'), '5000');
  assert.match(await page.locator(`${RUN(2)} .rate-verdict`).textContent(), /^Overshoots: /);

  await page.keyboard.type(', abc');
  const label = labelOf('compare');
  assert.equal(await fieldError(page, 'compare').textContent(), `${label}: value 3 "abc" is not a number`);
  assert.equal(await input.inputValue(), '0.1, 2, abc', 'the text is kept');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('Backspace');
  await page.keyboard.type('200');
  assert.match(await fieldError(page, 'compare').textContent(), new RegExp(`^${label}: rate 3 must be .*at most 100`));
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('Backspace');
  assert.equal(await fieldError(page, 'compare').textContent(), '');

  // Remove lr 2 from the keyboard: focus its button, Enter; the focus stays in the panel.
  await page.locator('button[aria-label="Remove lr 2"]').focus();
  await page.keyboard.press('Enter');
  await page.locator(RUN(2)).waitFor({ state: 'detached' });
  assert.match(await hashOf(page), /compare=0\.1(&|$)/);
  assert.equal(await input.inputValue(), '0.1');
  assert.equal(await page.evaluate(() => document.activeElement?.name), 'compare');
  assert.equal(await page.getAttribute('[data-one-neuron]', 'data-epoch'), '5000');
  assert.deepEqual(page.problems, []);
});

test('the compare field goes through the URL and back; a bad one is named and dropped', async () => {
  const page = await openRun(session.browser, session.site, '#epochs=200');
  await page.locator('.rates-slot button', { hasText: 'Compare 0.01, 0.1, 1, 5' }).click();
  await waitRate(page, 5, 200);
  const hash = await hashOf(page);
  assert.match(hash, /compare=0\.01,0\.1,1,5/);
  const again = await openRun(session.browser, session.site, hash);
  await waitRate(again, 5, 200);
  assert.equal(await field(again, 'compare').inputValue(), '0.01, 0.1, 1, 5');
  assert.deepEqual(await again.$$eval('.rate-run', (items) => items.map((item) => item.dataset.rate)), [
    '0.01',
    '0.1',
    '1',
    '5',
  ]);
  const bad = await openRun(session.browser, session.site, '#compare=0.1,0');
  assert.match(await bodyText(bad), new RegExp(`${labelOf('compare')}: rate 2 must be a number greater than 0`));
  assert.equal(await bad.locator('.rate-run').count(), 0);
  assert.deepEqual(page.problems, []);
});

for (const colorScheme of ['light', 'dark']) {
  test(`360 px (${colorScheme}): the rates panel and the legend fit, nothing scrolls sideways`, async () => {
    const page = await openRun(session.browser, session.site, '#compare=0.01,0.1,1,5', { width: 360, colorScheme });
    await waitRate(page, 5, 5000);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.equal(overflow, 0);
    const widest = await page.$$eval('.rates-slot *, .chart-legend', (nodes) =>
      Math.max(...nodes.map((node) => node.getBoundingClientRect().right)),
    );
    assert.ok(widest <= 360, `the panel ends at ${widest} px`);
    assert.deepEqual(await axeFindings(page), []);
    await screenshot(page, `rates-360-${colorScheme}`);
    assert.deepEqual(page.problems, []);
  });
}

test('<one-neuron panels="training,rates" compare="0.01,5">: the panel by its name, the rates by the attribute', async () => {
  const blog = blogWithComponent('<one-neuron epochs="300" panels="training,rates" compare="0.01,5"></one-neuron>');
  const site = await session.serve(blog);
  const page = await openPage(session.browser, { reducedMotion: 'reduce' });
  await page.goto(`${site.url}posts/post.html`);
  const host = page.locator('one-neuron');
  await host.locator(RUN(5), { hasText: /epoch\s300\s/ }).waitFor();
  assert.match(await host.locator(`${RUN(5)} .rate-verdict`).textContent(), /^Overshoots: /);
  assert.match(await host.locator('.chart-legend').innerText(), /lr 0\.01[\s\S]*lr 5/);
  // Changing the attribute compares other rates.
  await page.evaluate(() => document.querySelector('one-neuron').setAttribute('compare', '1'));
  await host.locator(RUN(1), { hasText: /epoch\s300\s/ }).waitFor();
  assert.equal(await host.locator('.rate-run').count(), 1);
  assert.deepEqual(page.problems, []);
});

test('a compared rate added while the run plays leaves it playing, and joins it at its epoch', async () => {
  const page = await openPage(session.browser);
  await page.goto(`${session.site.url}#epochs=200000`);
  await page.locator('.rates-slot input').waitFor();
  await page.selectOption('.speed select', 'slow'); // 10 s for the whole run
  await page.waitForSelector('[data-one-neuron][data-status="playing"]');
  const before = Number(await page.getAttribute('[data-one-neuron]', 'data-epoch'));
  await field(page, 'compare').fill('1');
  assert.equal(await page.getAttribute('[data-one-neuron]', 'data-status'), 'playing');
  await page.locator(RUN(1), { hasText: /epoch\s[1-9]/ }).waitFor();
  assert.ok(Number(await page.getAttribute('[data-one-neuron]', 'data-epoch')) >= before, 'not restarted');
  await page.click('button[aria-label="Pause training"]');
  const epoch = Number(await page.getAttribute('[data-one-neuron]', 'data-epoch'));
  await page.locator(RUN(1), { hasText: new RegExp(`epoch\\s${epoch.toLocaleString('en')}\\s`) }).waitFor();
  assert.deepEqual(page.problems, []);
});
