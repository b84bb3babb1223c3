// Draws docs/performance-ratios.png from the output of `npm run bench` (its last line, the JSON
// report): each implementation's median time relative to one WASM train() call, per case, on a log
// scale. Rendered with Chart.js in Debian's headless Chromium (playwright-core).
//   npm run bench | tee bench.txt && node scripts/bench-chart.mjs bench.txt [docs/performance-ratios.png]
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [input, output = 'docs/performance-ratios.png'] = process.argv.slice(2);
if (!input) {
  console.error('usage: node scripts/bench-chart.mjs <bench output> [png]');
  process.exit(2);
}
const report = JSON.parse(
  readFileSync(input, 'utf8')
    .trim()
    .split('\n')
    .findLast((line) => line.startsWith('{')),
);

const series = [
  ['native', 'native C++ (g++ -O2)', '#4e79a7'],
  ['wasm_step', 'WASM, one step() per epoch', '#f28e2b'],
  ['js', 'plain JavaScript', '#e15759'],
  ['numpy', 'NumPy reference loop', '#76b7b2'],
];
const ids = Object.keys(report.cases);
const labels = ids.map((id) => `(${id}) ${report.cases[id].label}`);
const datasets = series
  .filter(([key]) => ids.every((id) => key in report.cases[id].median_ms))
  .map(([key, label, color]) => ({
    label,
    backgroundColor: color,
    data: ids.map((id) => report.cases[id].median_ms[key] / report.cases[id].median_ms.wasm),
  }));

const chartSource = readFileSync(new URL('../node_modules/chart.js/dist/chart.umd.js', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 960, height: 540 }, deviceScaleFactor: 1 });
  await page.setContent('<body style="margin:0;background:#fff"><canvas id="chart" width="960" height="540"></canvas>');
  await page.addScriptTag({ content: chartSource });
  await page.evaluate(
    ({ labels, datasets, machine }) => {
      // eslint-disable-next-line no-undef
      new Chart(document.getElementById('chart'), {
        type: 'bar',
        data: { labels, datasets },
        options: {
          animation: false,
          responsive: false,
          plugins: {
            title: {
              display: true,
              text: [
                'Median training time relative to the WASM engine (one train() call = 1; lower is faster)',
                `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, emcc ${machine.emcc}, g++ ${machine.gxx}, NumPy ${machine.numpy}`,
              ],
              font: { size: 15 },
            },
            legend: { position: 'bottom' },
          },
          scales: {
            y: {
              type: 'logarithmic',
              min: 0.1,
              max: 500,
              ticks: {
                callback: (value) =>
                  [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500].includes(value) ? `${value}x` : '',
              },
              title: { display: true, text: 'time / WASM train() time (log scale)' },
            },
          },
        },
      });
    },
    { labels, datasets, machine: report.machine },
  );
  await page.locator('#chart').screenshot({ path: output });
  console.log(`bench-chart: wrote ${output}`);
} finally {
  await browser.close();
}
