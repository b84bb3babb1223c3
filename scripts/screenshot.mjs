// Takes the README's screenshot (docs/screenshot.png) of the built page after the post's run:
// `npm run build && node scripts/screenshot.mjs`.
import { mkdirSync } from 'node:fs';
import { launchBrowser, openPage, serve } from '../tests/browser/browser.mjs';

const browser = await launchBrowser();
const site = await serve();
try {
  const page = await openPage(browser, { width: 1280, height: 1000, reducedMotion: 'reduce' });
  await page.goto(site.url);
  await page.waitForSelector('[data-one-neuron][data-status="done"][data-panels="ready"]');
  mkdirSync('docs', { recursive: true });
  await page.screenshot({ path: 'docs/screenshot.png' });
  console.log('screenshot: docs/screenshot.png');
} finally {
  await browser.close();
  await site.close();
}
