// Support for the browser tests: starts a real casereview server on demonstration data for one
// test file (and stops it, checking it shut down gracefully), launches Debian's Chromium through
// playwright-core, and checks a page against WCAG 2.2 AA with axe.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import axe from 'axe-core';
import { chromium } from 'playwright-core';

const repositoryDirectory = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const readinessTimeoutMilliseconds = 15_000;
const demonstrationTimeoutMilliseconds = 30_000;
const shutdownTimeoutMilliseconds = 15_000;

export const accessibilityTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function binaryPath() {
  return process.env.CASEREVIEW_BINARY || path.join(repositoryDirectory, 'build', 'casereview');
}

// Asks the operating system for a loopback port nobody is using, then releases it.
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const listener = net.createServer();
    listener.unref();
    listener.on('error', reject);
    listener.listen(0, '127.0.0.1', () => {
      const { port } = listener.address();
      listener.close(() => resolve(port));
    });
  });
}

// Runs a command to completion and resolves with its combined output; rejects with that output
// if it fails or runs too long.
function runToCompletion(command, argumentList, timeoutMilliseconds) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argumentList, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMilliseconds);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`could not run ${command}: ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${argumentList.join(' ')} failed (exit code ${code}, signal ${signal}):\n${output}`));
    });
  });
}

const sleep = (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds));

// Starts `casereview serve` on a fresh database loaded with demonstration data. Resolves with
// { url, stop, output } once /healthz answers 200; url has no trailing slash.
export async function startServer({ extraArguments = [] } = {}) {
  const binary = binaryPath();
  const temporaryDirectory = await mkdtemp(path.join(os.tmpdir(), 'casereview-browser-'));
  const database = `sqlite:${path.join(temporaryDirectory, 'casereview.db')}`;
  // The key that encrypts children's details (src/app/security/field_cipher.hpp), owner-only.
  const dataKey = path.join(temporaryDirectory, 'data.key');
  await writeFile(dataKey, `1:${randomBytes(32).toString('hex')}\n`, { mode: 0o600 });
  try {
    await runToCompletion(binary, ['demo', '--database', database, '--data-key-file', dataKey], demonstrationTimeoutMilliseconds);
  } catch (error) {
    await rm(temporaryDirectory, { recursive: true, force: true });
    throw error;
  }

  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const server = spawn(binary, ['serve', '--database', database, '--port', String(port), '--host', '127.0.0.1', '--data-key-file', dataKey, ...extraArguments],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (chunk) => { output += chunk; });
  server.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise((resolve) => {
    server.on('exit', (code, signal) => resolve({ code, signal }));
    server.on('error', (error) => resolve({ code: null, signal: null, error }));
  });
  let exitStatus = null;
  exited.then((status) => { exitStatus = status; });
  // If the test process ends without calling stop() (a crash), take the server down with it.
  const killOnExit = () => { if (!exitStatus) server.kill('SIGKILL'); };
  process.once('exit', killOnExit);

  const describeFailure = (reason) =>
    new Error(`casereview server at ${url} ${reason}\ncommand: ${binary} serve --database ${database} --port ${port}\n` +
      `server output:\n${output || '(none)'}`);

  const deadline = Date.now() + readinessTimeoutMilliseconds;
  let lastProblem = 'no answer yet';
  for (;;) {
    if (exitStatus) {
      await rm(temporaryDirectory, { recursive: true, force: true });
      const how = exitStatus.error ? exitStatus.error.message : `exit code ${exitStatus.code}, signal ${exitStatus.signal}`;
      throw describeFailure(`exited before it was ready (${how})`);
    }
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) });
      if (response.status === 200) break;
      lastProblem = `/healthz answered ${response.status}`;
    } catch (error) {
      lastProblem = error.cause?.code || error.message;
    }
    if (Date.now() > deadline) {
      server.kill('SIGKILL');
      await exited;
      await rm(temporaryDirectory, { recursive: true, force: true });
      throw describeFailure(`was not ready within ${readinessTimeoutMilliseconds} ms (${lastProblem})`);
    }
    await sleep(50);
  }

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    try {
      if (!exitStatus) server.kill('SIGTERM');
      const status = await Promise.race([exited, sleep(shutdownTimeoutMilliseconds).then(() => null)]);
      if (status === null) {
        server.kill('SIGKILL');
        await exited;
        assert.fail(`casereview did not stop within ${shutdownTimeoutMilliseconds} ms of SIGTERM\nserver output:\n${output}`);
      }
      assert.equal(status.code, 0,
        `casereview should exit with code 0 after SIGTERM (graceful shutdown), but exited with code ${status.code}, ` +
        `signal ${status.signal}\nserver output:\n${output}`);
    } finally {
      process.removeListener('exit', killOnExit);
      await rm(temporaryDirectory, { recursive: true, force: true });
    }
  }

  // database: the server's database URL, for a test that adds to it with the command line.
  return { url, stop, output: () => output, database };
}

// Launches headless Chromium from Debian (never a downloaded browser).
export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

// Browser contexts opened through newBrowserContext(), remembered with their options so that
// checkAccessibility() knows when JavaScript is off.
const contextOptions = new WeakMap();

// Opens a browser context (its own cookies) and remembers whether JavaScript is enabled in it.
export async function newBrowserContext(browser, options = {}) {
  const context = await browser.newContext(options);
  contextOptions.set(context, options);
  return context;
}

// Formats axe violations as a readable list: one block per rule, one line per element.
export function describeViolations(violations) {
  return violations.map((violation) => {
    const elements = violation.nodes.map((node) => {
      const detail = (node.any[0] || node.all[0] || node.none[0])?.message;
      return `    - ${node.target.join(' ')}${detail ? `: ${detail}` : ''}`;
    }).join('\n');
    return `  ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n${elements}`;
  }).join('\n');
}

// axe runs as axe.run() in the page itself, injected once per document (a second check of the
// same document reuses it): the service's pages have no frames, so axe's multi-frame mode (which
// @axe-core/playwright uses, running each check's results through a fresh blank page) checks
// nothing more, and took three to five times as long. Every rule of the tags runs; only the
// passed and inapplicable results are cut to one element each (resultTypes), as nothing reads them.
const axeOptions = { runOnly: { type: 'tag', values: accessibilityTags }, resultTypes: ['violations'] };

// Sending axe's half a megabyte of source to the browser is most of a check's cost, so a context's
// first check also registers it as an init script, which the browser itself runs in that context's
// later documents, before their own scripts (it only defines window.axe).
const contextsWithAxe = new WeakSet();

async function analyze(page) {
  const context = page.context();
  if (!contextsWithAxe.has(context)) {
    contextsWithAxe.add(context);
    await context.addInitScript(axe.source);
  }
  if (!(await page.evaluate(() => typeof window.axe?.run === 'function'))) await page.evaluate(axe.source);
  return page.evaluate((options) => window.axe.run(document, options), axeOptions);
}

// axe needs timers, which never fire in a page with JavaScript disabled. So a page from a
// JavaScript-off context is checked as a twin: the same address with the same cookies, in a
// context where JavaScript runs for axe but every script the page itself asks for is refused,
// so the document axe sees is the one a reader without JavaScript gets. Each JavaScript-off
// context has one twin page, opened at its first check and closed with it.
const twinPages = new WeakMap();

async function twinPageOf(original) {
  let twin = twinPages.get(original);
  if (!twin) {
    twin = (async () => {
      const twinContext = await original.browser().newContext({ javaScriptEnabled: true });
      await twinContext.route('**/*', (route) =>
        route.request().resourceType() === 'script' ? route.abort('blockedbyclient') : route.continue());
      original.once('close', () => twinContext.close().catch(() => {}));
      return twinContext.newPage();
    })();
    twinPages.set(original, twin);
  }
  return twin;
}

async function analyzeWithoutPageScripts(page) {
  const original = page.context();
  const twin = await twinPageOf(original);
  await twin.context().clearCookies();
  await twin.context().addCookies(await original.cookies());
  await twin.goto(page.url());
  const bodyClasses = await twin.locator('body').getAttribute('class');
  assert.ok(!/\bjs-enabled\b/.test(bodyClasses ?? ''), 'the twin page must not run the page scripts');
  return analyze(twin);
}

// Runs axe (WCAG 2.2 AA and below) on the page as it is now and fails with a readable list of
// violations, if there are any. Returns axe's results.
export async function checkAccessibility(page) {
  const javaScriptEnabled = contextOptions.get(page.context())?.javaScriptEnabled ?? true;
  const results = javaScriptEnabled ? await analyze(page) : await analyzeWithoutPageScripts(page);
  if (results.violations.length > 0) {
    assert.fail(`Accessibility violations on ${page.url()}:\n${describeViolations(results.violations)}`);
  }
  return results;
}
