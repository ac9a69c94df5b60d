// Measures a first visit to a page in a real browser: how long until the document is parsed
// (domContentLoaded), until the page and its assets have loaded (load), until the page scripts
// have run (govuk-frontend started: the body gets "js-enabled"), and how many bytes came over the
// network, in a fresh browser profile (no cache, no cookies). Then the same page again in the same
// profile (a repeat visit, from the cache where the headers allow it).
//
// Usage: node bench/first-visit.mjs [--runs N] [--path /sign-in] [--network loopback|slow-4g|both]
//
// It starts `build/casereview serve` (or $CASEREVIEW_BINARY) on a fresh SQLite database loaded
// with `casereview demo` and Debian's Chromium through playwright-core, as the browser tests do
// (tests/browser/support/server.mjs). On loopback nothing limits the bytes, so the times mostly
// measure the server and the browser; "slow-4g" has Chromium's DevTools emulate a mobile network
// (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, as Lighthouse's mobile profile), where
// sizes and request chains show. Each figure is the median of the runs. Chromium offers brotli
// only to secure origins (HTTPS, or loopback as here); elsewhere on plain HTTP it gets gzip.
import { parseArgs } from 'node:util';

import { launchBrowser, startServer } from '../tests/browser/support/server.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    path: { type: 'string', default: '/' },
    network: { type: 'string', default: 'both' },
  },
});
const runs = Number(values.runs);
if (!(runs > 0)) throw new Error('--runs must be a positive number');

const networks = {
  loopback: null,
  'slow-4g': { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};
const chosenNetworks = values.network === 'both' ? Object.keys(networks) : [values.network];
for (const name of chosenNetworks) if (!(name in networks)) throw new Error(`unknown --network ${name}`);

// Records, inside the page, when the page scripts mark the body as JavaScript-capable.
function watchForScripts() {
  const record = () => {
    if (document.body?.classList.contains('js-enabled') && !window.__scriptsRanAt) window.__scriptsRanAt = performance.now();
  };
  new MutationObserver(record).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'], childList: true });
}

async function visit(page, url) {
  const encodings = new Map();
  const onResponse = async (response) => {
    encodings.set(new URL(response.url()).pathname, (await response.allHeaders())['content-encoding'] ?? 'identity');
  };
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__scriptsRanAt !== undefined, null, { timeout: 30_000 });
  page.off('response', onResponse);
  return page.evaluate((encodingsSeen) => {
    const [navigation] = performance.getEntriesByType('navigation');
    const entries = [navigation, ...performance.getEntriesByType('resource')];
    return {
      domContentLoaded: navigation.domContentLoadedEventEnd,
      load: navigation.loadEventEnd,
      scriptsRan: window.__scriptsRanAt,
      transferred: entries.reduce((sum, entry) => sum + entry.transferSize, 0),
      decoded: entries.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
      requests: entries.map((entry) => ({
        path: new URL(entry.name).pathname,
        transferred: entry.transferSize,
        decoded: entry.decodedBodySize,
        encoding: encodingsSeen[new URL(entry.name).pathname] ?? '?',
        start: entry.startTime,
        end: entry.responseEnd,
      })),
    };
  }, Object.fromEntries(encodings));
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const milliseconds = (value) => `${Math.round(value)} ms`;
const kilobytes = (value) => `${(value / 1024).toFixed(1)} KB`;

const server = await startServer();
const browser = await launchBrowser();
try {
  console.log(`First visit to ${values.path}, ${runs} runs per network, medians`);
  for (const networkName of chosenNetworks) {
    const first = [];
    const repeat = [];
    // One run more than asked, the first discarded: it warms up the browser and the server.
    for (let run = 0; run <= runs; run += 1) {
      const context = await browser.newContext();
      try {
        await context.addInitScript(watchForScripts);
        const page = await context.newPage();
        if (networks[networkName]) {
          const devtools = await context.newCDPSession(page);
          await devtools.send('Network.enable');
          await devtools.send('Network.emulateNetworkConditions', networks[networkName]);
        }
        const firstVisit = await visit(page, server.url + values.path);
        const repeatVisit = await visit(page, server.url + values.path);
        if (run > 0) {
          first.push(firstVisit);
          repeat.push(repeatVisit);
        }
      } finally {
        await context.close();
      }
    }
    for (const [label, results] of [['first visit', first], ['repeat visit', repeat]]) {
      console.log(`\n${networkName}, ${label}:`);
      console.log(`  domContentLoaded ${milliseconds(median(results.map((result) => result.domContentLoaded)))}` +
        `  load ${milliseconds(median(results.map((result) => result.load)))}` +
        `  scripts ran ${milliseconds(median(results.map((result) => result.scriptsRan)))}`);
      console.log(`  transferred ${kilobytes(median(results.map((result) => result.transferred)))}` +
        ` (${kilobytes(median(results.map((result) => result.decoded)))} decoded) in ${results[0].requests.length} requests`);
    }
    console.log(`\n${networkName}, requests of the last first visit (start → end, transferred/decoded, encoding):`);
    for (const request of first.at(-1).requests) {
      console.log(`  ${request.path.padEnd(48)} ${milliseconds(request.start).padStart(8)} → ${milliseconds(request.end).padStart(8)}` +
        `  ${kilobytes(request.transferred).padStart(9)} / ${kilobytes(request.decoded).padStart(9)}  ${request.encoding}`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
