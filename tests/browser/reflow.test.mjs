// Reflow (WCAG 1.4.10): the main pages, as each demonstration role sees them, never make the page
// itself scroll sideways — on a 320-pixel-wide screen with standard text, and on a 1280-pixel
// screen with the largest text (A++, 150 %). Tables that do not fit become stacked rows, each
// cell under its column's heading. A failure names the elements that reach past the screen's
// right edge.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { chooseDisplay, mainPages, openMainPage, signInRoles } from './support/main_pages.mjs';
import { launchBrowser, startServer } from './support/server.mjs';

const screens = [
  { name: '320 pixels wide, standard text', width: 320, height: 640, textSize: 'standard' },
  { name: '1280 pixels wide, largest text', width: 1280, height: 800, textSize: 'larger' },
];

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

// Runs in the page: how wide the document is against the screen, and the outermost elements
// that reach past its right edge.
function measureOverflow() {
  const root = document.documentElement;
  const edge = root.clientWidth;
  const outermost = [];
  for (const element of document.body.querySelectorAll('*')) {
    if (element.getBoundingClientRect().right <= edge + 0.5) continue;
    if (outermost.some((found) => found.contains(element))) continue;
    if (element.closest('thead') && getComputedStyle(element.closest('thead')).position === 'absolute') continue; // out of sight
    outermost.push(element);
  }
  return {
    scrollWidth: root.scrollWidth,
    clientWidth: edge,
    overflowing: outermost.slice(0, 5).map((element) => {
      const classes = [...element.classList].slice(0, 2).map((name) => `.${name}`).join('');
      const text = (element.innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${element.tagName.toLowerCase()}${classes}> "${text}" ends at ${Math.round(element.getBoundingClientRect().right)}px`;
    }),
  };
}

for (const screen of screens) {
  test(`no main page scrolls sideways ${screen.name}`, async () => {
    for (const context of Object.values(contexts)) {
      await chooseDisplay(context, server.url, { textSize: screen.textSize });
    }
    const failures = [];
    for (const mainPage of pages) {
      const page = await openMainPage(contexts, server.url, mainPage);
      try {
        await page.setViewportSize({ width: screen.width, height: screen.height });
        const measured = await page.evaluate(measureOverflow);
        assert.equal(measured.clientWidth, screen.width, `${mainPage.name}: the page is as wide as the screen`);
        if (measured.scrollWidth > measured.clientWidth) {
          failures.push(`${mainPage.name} (${mainPage.path}) is ${measured.scrollWidth}px wide: ${measured.overflowing.join('; ')}`);
        }
      } finally {
        await page.close();
      }
    }
    assert.equal(failures.length, 0, `${failures.length} pages scroll sideways ${screen.name}:\n${failures.join('\n')}`);
  });
}

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
