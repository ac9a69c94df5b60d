// The main pages, as each demonstration role sees them, in the displays people choose:
// - reflow (WCAG 1.4.10): no page makes itself scroll sideways on a 320-pixel-wide screen with
//   standard text, or on a 1280-pixel screen with the largest text (A++, 150 %). Tables that do
//   not fit become stacked rows, each cell under its column's heading. A failure names the
//   elements that reach past the screen's right edge.
// - the high-contrast "black and white" scheme: every visible piece of text and every form
//   control (inputs, selects and their options, textareas, prefixes and suffixes, hints, buttons,
//   tags, summary cards, error messages, notification banners, links, table headers) stands at
//   least 7:1 against what is behind it (WCAG 1.4.6, AAA: the scheme exists for people who need
//   more than the standard colours).
//
// Each page is opened once and looked at in the three displays in turn: showDisplay() switches
// the page to what the server renders for the display cookies (checked below against the server's
// own rendering), so one walk does the work of three.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { measureContrast, measureOverflow, minimumContrast, showDisplay } from './support/display_measures.mjs';
import { chooseDisplay, mainPages, openMainPage, signInRoles } from './support/main_pages.mjs';
import { launchBrowser, startServer } from './support/server.mjs';

const narrowScreen = { name: '320 pixels wide, standard text', width: 320, height: 640, textSize: 'standard' };
const largestText = { name: '1280 pixels wide, largest text', width: 1280, height: 800, textSize: 'larger' };
const highContrast = { width: 1280, height: 720, colours: 'high-contrast' };

let server;
let browser;
let contexts;
let pages;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  contexts = await signInRoles(browser, server.url);
  pages = await mainPages(contexts, server.url);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// Looks at one opened page on a screen: the sideways scrolling, if any, as a failure's text.
async function reflowFailure(page, mainPage, screen) {
  await page.setViewportSize({ width: screen.width, height: screen.height });
  await showDisplay(page, { textSize: screen.textSize });
  const measured = await page.evaluate(measureOverflow);
  assert.equal(measured.clientWidth, screen.width, `${mainPage.name}: the page is as wide as the screen`);
  if (measured.scrollWidth <= measured.clientWidth) return null;
  return `${mainPage.name} (${mainPage.path}) is ${measured.scrollWidth}px wide ${screen.name}: ${measured.overflowing.join('; ')}`;
}

test('no main page scrolls sideways (320 pixels, or the largest text) and all stand 7:1 in high contrast', async () => {
  const reflowFailures = [];
  const contrastFailures = [];
  let checked = 0;
  // One tab per role, kept for the whole walk.
  const tabs = {};
  for (const mainPage of pages) {
    tabs[mainPage.role] ??= await contexts[mainPage.role].newPage();
    const page = tabs[mainPage.role];
    await page.setViewportSize({ width: narrowScreen.width, height: narrowScreen.height });
    await openMainPage(contexts, server.url, mainPage, page);

    for (const screen of [narrowScreen, largestText]) {
      const failure = await reflowFailure(page, mainPage, screen);
      if (failure) reflowFailures.push(failure);
    }

    await page.setViewportSize({ width: highContrast.width, height: highContrast.height });
    await showDisplay(page, { colours: highContrast.colours });
    const results = await page.evaluate(measureContrast, minimumContrast);
    assert.ok(results.length > 10, `${mainPage.name}: only ${results.length} elements were found to check`);
    checked += results.length;
    for (const result of results.filter((measured) => measured.fails)) {
      contrastFailures.push(`${mainPage.name} (${mainPage.path}): ${result.what} of ${result.element}: ` +
        `${result.foreground} on ${result.background}, ${result.ratio}:1`);
    }
  }
  await Promise.all(Object.values(tabs).map((tab) => tab.close()));
  assert.ok(pages.length > 60, `only ${pages.length} main pages`);
  assert.ok(checked > 500, `only ${checked} elements were checked on ${pages.length} pages`);
  assert.equal(reflowFailures.length, 0, `${reflowFailures.length} pages scroll sideways:\n${reflowFailures.join('\n')}`);
  assert.equal(contrastFailures.length, 0,
    `${contrastFailures.length} elements under ${minimumContrast}:1 in the high-contrast scheme:\n${contrastFailures.join('\n')}`);
});

test('a page switched by showDisplay is the page the server renders for the display cookies', async () => {
  const dashboard = pages.find((mainPage) => mainPage.name === 'dashboard');
  const rendered = async (page) => page.evaluate(() => ({
    classes: document.documentElement.className,
    controls: document.querySelector('.cr-display-controls').outerHTML,
  }));
  for (const display of [{ textSize: 'larger', colours: 'high-contrast' }, { textSize: 'large', colours: 'standard' }]) {
    await chooseDisplay(contexts.manager, server.url, display);
    const fromServer = await openMainPage(contexts, server.url, dashboard);
    const expected = await rendered(fromServer);
    await fromServer.close();
    await chooseDisplay(contexts.manager, server.url, {});
    const switched = await openMainPage(contexts, server.url, dashboard);
    const before = await rendered(switched);
    await showDisplay(switched, display);
    const after = await rendered(switched);
    await switched.close();
    assert.notDeepEqual(before, expected, `the standard dashboard differs from ${JSON.stringify(display)}`);
    assert.deepEqual(after, expected, JSON.stringify(display));
  }
});

test('a table that does not fit a narrow screen becomes rows of labelled cells', async () => {
  const dashboard = pages.find((mainPage) => mainPage.name === 'dashboard');
  await chooseDisplay(contexts.manager, server.url, { textSize: 'standard' });
  const page = await openMainPage(contexts, server.url, dashboard);
  try {
    await page.setViewportSize({ width: 320, height: 640 });
    const table = page.locator('main table.cr-table-stacked').first();
    const firstCell = table.locator('tbody td').first();
    // The column heading is shown before the cell's value, and the header row is out of sight
    // but still there for screen readers.
    const heading = await firstCell.getAttribute('data-label');
    assert.ok(heading, 'the cell carries its column heading');
    assert.ok(await table.locator('thead th', { hasText: heading }).count() > 0, `"${heading}" is a column heading`);
    const label = await firstCell.evaluate((cell) => getComputedStyle(cell, '::before').content);
    assert.match(label, new RegExp(`^"${heading}"`));
    assert.equal(await firstCell.evaluate((cell) => getComputedStyle(cell).display), 'block');
    const header = await table.locator('thead').boundingBox();
    assert.ok(header === null || header.width <= 1, `the header row is hidden visually: ${JSON.stringify(header)}`);
    assert.equal(await table.getByRole('columnheader').count() > 0, true);

    // With room for the columns, the same table is a table.
    await page.setViewportSize({ width: 1280, height: 800 });
    assert.equal(await firstCell.evaluate((cell) => getComputedStyle(cell).display), 'table-cell');
    assert.equal(await firstCell.evaluate((cell) => getComputedStyle(cell, '::before').content), 'none');
  } finally {
    await page.close();
  }
});

test('the contrast check finds white text on a white dropdown', async () => {
  // The check itself must be able to fail: a select as the scheme once left the dashboard's.
  const page = await contexts.public.newPage();
  try {
    await page.goto(`${server.url}/`);
    await showDisplay(page, { colours: 'high-contrast' });
    await page.evaluate(() => {
      const select = document.createElement('select');
      select.innerHTML = '<option>Overdue</option>';
      select.style.cssText = 'color: #fff; background-color: #fff; border: 2px solid #fff';
      document.querySelector('main').append(select);
    });
    const measured = await page.evaluate(measureContrast, minimumContrast);
    const select = measured.filter((result) => /^<(select|option)/.test(result.element));
    assert.deepEqual(select.map((result) => result.what).sort(), ['option', 'text'], JSON.stringify(select));
    assert.ok(select.every((result) => result.fails), JSON.stringify(select));
  } finally {
    await page.close();
  }
});

test('the reflow check finds a page wider than the screen', async () => {
  const page = await contexts.public.newPage();
  try {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`${server.url}/`);
    await page.evaluate(() => {
      const wide = document.createElement('div');
      wide.style.cssText = 'width: 600px; height: 10px';
      document.querySelector('main').append(wide);
    });
    const measured = await page.evaluate(measureOverflow);
    assert.ok(measured.scrollWidth > measured.clientWidth, JSON.stringify(measured));
    assert.match(measured.overflowing.join(' '), /<div> "" ends at \d+px/);
  } finally {
    await page.close();
  }
});

// govuk-frontend's own examples of each component the service's component library renders (the
// fixtures it ships, less those made for tests only), so that the scheme covers what the main
// pages do not show today: summary cards, notification banners, panels, every tag colour, every
// kind of button, file uploads, error messages. Those "inverse" are for a coloured background
// the scheme never has, and are left out.
async function componentExamples() {
  const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const govukComponents = path.join(repository, 'node_modules/govuk-frontend/dist/govuk/components');
  const ours = (await readdir(path.join(repository, 'src/web/components')))
    .filter((file) => file.endsWith('.hpp')).map((file) => file.replace(/\.hpp$/, '').replaceAll('_', '-'));
  const examples = [];
  for (const component of ours) {
    let fixtures;
    try {
      fixtures = JSON.parse(await readFile(path.join(govukComponents, component, 'fixtures.json'), 'utf8')).fixtures;
    } catch {
      continue; // ours only (form-group, markup)
    }
    for (const fixture of fixtures) {
      if (fixture.hidden || /inverse/.test(fixture.name)) continue;
      examples.push({ name: `${component} (${fixture.name})`, html: fixture.html });
    }
  }
  return examples;
}

test('govuk-frontend\'s examples of every component the service uses stand at least 7:1 too', async () => {
  const examples = await componentExamples();
  assert.ok(examples.length > 150, `only ${examples.length} examples found`);
  await chooseDisplay(contexts.public, server.url, { colours: 'high-contrast' });
  const page = await contexts.public.newPage();
  try {
    await page.goto(`${server.url}/`);
    assert.match(await page.locator('html').getAttribute('class'), /\bcr-colours-high-contrast\b/);
    await page.evaluate((list) => {
      const main = document.querySelector('main');
      main.replaceChildren();
      for (const example of list) {
        const wrapper = document.createElement('div');
        wrapper.dataset.fixture = example.name;
        wrapper.className = 'govuk-!-margin-bottom-6';
        wrapper.innerHTML = example.html;
        main.append(wrapper);
      }
    }, examples);
    const results = await page.evaluate(measureContrast, minimumContrast);
    const failures = results.filter((result) => result.fails)
      .map((result) => `${result.what} of ${result.element}: ${result.foreground} on ${result.background}, ${result.ratio}:1`);
    assert.equal(failures.length, 0, `${failures.length} elements under ${minimumContrast}:1 in the high-contrast scheme:\n${failures.join('\n')}`);
  } finally {
    await page.close();
  }
});
