// A link with problems (issue #14 item 3): a notice at the top names each field by its label, the bad
// value and what runs instead, misspelt keys too; the link stays as it was opened, to copy, until the
// reader changes something.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useBrowser } from './browser.mjs';
import { field, hashOf, openRun, readouts, waitDone } from './helpers.mjs';

const session = useBrowser();
const BAD = '#lr=abc&Lr=0.5&epoch=300&test=2e6&seed=7';

const notice = (page) =>
  page.evaluate(() => {
    const node = document.querySelector('.link-notice');
    return {
      hidden: node.hidden,
      items: [...node.querySelectorAll('li')].map((li) => li.textContent),
      link: node.querySelector('input').value,
      top: node.getBoundingClientRect().top,
      firstPanelTop: document.querySelector('section.panel').getBoundingClientRect().top,
      messageLine: document.querySelector('.engine-error').hidden
        ? ''
        : document.querySelector('.engine-error').textContent,
    };
  });

test('a bad link: the notice above the panels lists each problem by label, with what runs instead', async () => {
  const page = await openRun(session.browser, session.site, BAD);
  const shown = await notice(page);
  assert.equal(shown.hidden, false);
  assert.ok(shown.top < shown.firstPanelTop, 'the notice comes before the panels');
  assert.deepEqual(shown.items, [
    'Learning rate: "abc" is not a number. Using the default 0.1 instead.',
    'Hours to predict: value 1 is 2e+06; each must be a finite number from -1e6 to 1e6. Using the default 1.5,2.5,3.5,6 instead.',
    '"Lr" is not a setting of this page, so it was ignored; did you mean lr (Learning rate)?',
    '"epoch" is not a setting of this page, so it was ignored; did you mean epochs?',
  ]);
  assert.equal(shown.messageLine, '', 'no second copy of the unknown keys');
  assert.equal(await hashOf(page), BAD, 'the address bar keeps the link as it was opened');
  assert.equal(shown.link, `${session.site.url}${BAD}`);
  assert.equal((await readouts(page)).epoch, '5,000 / 5,000', 'the valid seed ran; "epoch" was not taken for epochs');
  assert.deepEqual(page.problems, []);
});

test('the notice copies the link as opened, and goes once the reader changes something', async () => {
  const page = await openRun(session.browser, session.site, BAD);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.site.url });
  await page.getByRole('button', { name: 'Copy the link' }).click();
  await page.waitForSelector('.link-copied:text("Copied.")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${session.site.url}${BAD}`);

  await field(page, 'lr').fill('0.2');
  await waitDone(page);
  assert.equal((await notice(page)).hidden, true);
  assert.match(await hashOf(page), /^#hours=1,2,3,4,5&labels=0,0,1,1,1&lr=0\.2&epochs=5000&seed=7&/);
});

test('a good link shows no notice and is written back as before', async () => {
  const page = await openPage(session.browser, { reducedMotion: 'reduce' });
  await page.goto(`${session.site.url}#lr=0.2&epochs=300`);
  await waitDone(page);
  assert.equal((await notice(page)).hidden, true);
  assert.equal(await hashOf(page), '#hours=1,2,3,4,5&labels=0,0,1,1,1&lr=0.2&epochs=300&seed=42&test=1.5,2.5,3.5,6');
  // A bad link opened next shows the notice; a good one after it takes it away.
  await page.evaluate(() => (location.hash = '#epochs=-1'));
  await page.waitForFunction(() => !document.querySelector('.link-notice').hidden);
  assert.deepEqual((await notice(page)).items, [
    'Epochs: must be a whole number from 0 to 10000000, got -1. Using the default 5000 instead.',
  ]);
  await page.evaluate(() => (location.hash = '#epochs=200'));
  await page.waitForFunction(() => document.querySelector('.link-notice').hidden);
});
