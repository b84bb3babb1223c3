// Lighthouse 12 on the built page, for `npm run bench:page` (issue 14 item 6): performance,
// accessibility and best-practices scores and the layout shift (CLS), with the desktop and the mobile
// preset. Reported, not budgeted. Debian's Chromium through chrome-launcher (Lighthouse's own
// launcher), headless, no network: the page is served on 127.0.0.1 by the caller. Lighthouse's
// timings are simulated from a trace taken on this machine (a busy machine lowers the performance
// score); its CLS is measured.
//   node scripts/bench-lighthouse.mjs [URL]   both presets on URL (default: dist/ served here)
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS } from '../tests/browser/browser.mjs';

// The tests' flags, with the new headless mode Lighthouse expects.
const CHROME_FLAGS = CHROMIUM_ARGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag));
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
export const PRESETS = { desktop: desktopConfig, mobile: undefined }; // undefined: Lighthouse's default, a phone

const selectors = (audit) =>
  (audit.details?.items ?? []).map((item) => item.node?.selector ?? item.node?.snippet ?? '?');

/** One Lighthouse run of `url` with `preset`: scores 0-100, CLS, and the audits that lost points. */
async function runOnce(chrome, url, preset) {
  const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
  const { lhr } = await lighthouse(url, flags, PRESETS[preset]);
  if (lhr.runtimeError) throw new Error(`lighthouse (${preset}): ${lhr.runtimeError.message}`);
  const score = (name) => Math.round(lhr.categories[name].score * 100);
  const numeric = (id) => lhr.audits[id]?.numericValue ?? NaN;
  const lostPoints = CATEGORIES.flatMap((name) =>
    lhr.categories[name].auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => `${name}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    best_practices: score('best-practices'),
    cls: numeric('cumulative-layout-shift'),
    lcp_ms: numeric('largest-contentful-paint'),
    tbt_ms: numeric('total-blocking-time'),
    benchmark_index: lhr.environment.benchmarkIndex,
    lost_points: lostPoints,
    // Where the points went: the elements each failing accessibility audit names, the largest shifts.
    failing_elements: Object.fromEntries(
      lhr.categories.accessibility.auditRefs
        .filter((ref) => lhr.audits[ref.id].score === 0)
        .map((ref) => [ref.id, selectors(lhr.audits[ref.id])]),
    ),
    layout_shifts: (lhr.audits['layout-shifts']?.details?.items ?? [])
      .slice(0, 5)
      .map((item) => `${item.score.toFixed(3)} ${item.node?.selector ?? '?'}`),
    warnings: lhr.runWarnings,
  };
}

/** Both presets on `url`, each in a fresh Chromium (so no cache carries over). */
export async function lighthouseScores(url) {
  const results = {};
  for (const preset of Object.keys(PRESETS)) {
    const chrome = await chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      chromeFlags: CHROME_FLAGS,
    });
    try {
      results[preset] = await runOnce(chrome, url, preset);
    } finally {
      chrome.kill();
    }
  }
  return results;
}

/** The scores as table rows: preset, performance, accessibility, best practices, CLS, LCP, TBT. */
export function lighthouseRows(results) {
  return Object.entries(results).map(([preset, r]) => [
    preset,
    String(r.performance),
    String(r.accessibility),
    String(r.best_practices),
    r.cls.toFixed(3),
    `${Math.round(r.lcp_ms)} ms`,
    `${Math.round(r.tbt_ms)} ms`,
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { serve } = await import('../tests/browser/browser.mjs');
  const site = process.argv[2] ? null : await serve('dist');
  try {
    const results = await lighthouseScores(process.argv[2] ?? site.url);
    console.log(JSON.stringify(results, null, 2));
  } finally {
    await site?.close();
  }
}
