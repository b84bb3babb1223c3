import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, openPage, serve } from './browser.mjs';

let browser;
let site;
before(async () => {
  browser = await launchBrowser();
  site = await serve();
});
after(async () => {
  await browser?.close();
  await site?.close();
});

test('the page trains the post run with the WASM engine', async () => {
  const page = await openPage(browser);
  await page.goto(site.url);
  await page.waitForFunction(() => document.getElementById('output').textContent.includes('Final weight'));
  const text = await page.textContent('#output');
  assert.match(text, /Final weight: 4\.2483439133004515/);
  assert.match(text, /2\.5 study hours → pass probability: 0\.5502/);
  assert.deepEqual(page.problems, []);
});
