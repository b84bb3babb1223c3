// Shared set-up for the browser tests: Debian's Chromium driven by playwright-core (no browser
// download), the built dist/ served on 127.0.0.1, and a record of console errors per page.
import { mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { serveDirectory } from '../../scripts/static-server.mjs';

export const ARTIFACTS = 'test-artifacts';

/** Debian's Chromium as the tests (and bench-lighthouse.mjs) run it. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Serve `root` (default dist/) with optional extra headers; returns { url, close }. */
export async function serve(root = 'dist', headers = {}) {
  const { server, url } = await serveDirectory(root, { headers });
  // close() also ends the connections still open (a browser's keep-alive sockets, a request it never
  // finished): server.close() alone waits for them, which could leave a test file's process hanging.
  return {
    url,
    close: () =>
      new Promise((done) => {
        server.close(done);
        server.closeAllConnections();
      }),
  };
}

/** A new page that records console errors, page errors and failed requests into `page.problems`. */
export async function openPage(browser, { width = 1280, height = 900, colorScheme = 'light', reducedMotion } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => page.problems.push(`requestfailed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) page.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return page;
}

export async function screenshot(page, name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}/${name}.png`, fullPage: true });
}

/**
 * The browser tests' one set-up: before a file's tests, Debian's Chromium and the built dist/ served on
 * 127.0.0.1 (with `headers`); after them, both closed, with every other server made by session.serve().
 * Returns the session: { browser, site, serve(root, headers) }, filled in before the first test runs.
 */
export function useBrowser({ headers = {} } = {}) {
  const closers = [];
  const session = {
    browser: null,
    site: null,
    async serve(root, extra = {}) {
      const site = await serve(root, extra);
      closers.push(site.close);
      return site;
    },
  };
  before(async () => {
    session.browser = await launchBrowser();
    session.site = await session.serve('dist', headers);
  });
  after(async () => {
    await session.browser?.close(); // first: then no page holds a connection to the servers
    for (const close of closers) await close();
  });
  return session;
}
