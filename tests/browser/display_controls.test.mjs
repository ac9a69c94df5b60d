// Browser tests for the display controls on every page: three text sizes and a high-contrast
// black and white colour scheme. For each of the six combinations, with JavaScript off and on, a
// reader clicks the controls by their accessible names; the tests check they come back to the
// page they were on, that the choice is shown and remembered on the next page, that the text
// really grows and the colours really change (computed styles), and that axe finds no WCAG 2.2 AA
// violation, colour contrast included, in that combination.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { checkAccessibility, launchBrowser, newBrowserContext, startServer } from './support/server.mjs';

const textSizes = [
  { value: 'standard', linkName: 'A standard text size', htmlClass: null, rootFontSize: '16px', scale: 1 },
  { value: 'large', linkName: 'A+ large text size', htmlClass: 'cr-text-large', rootFontSize: '20px', scale: 1.25 },
  { value: 'larger', linkName: 'A++ largest text size', htmlClass: 'cr-text-larger', rootFontSize: '24px', scale: 1.5 },
];

const colourSchemes = [
  { value: 'standard', linkName: 'Standard colours', htmlClass: null },
  { value: 'high-contrast', linkName: 'High contrast black and white colours', htmlClass: 'cr-colours-high-contrast' },
];

const allTextSizeClasses = textSizes.map((size) => size.htmlClass).filter(Boolean);
const allColourClasses = colourSchemes.map((scheme) => scheme.htmlClass).filter(Boolean);

// Where each combination starts, and the page the reader goes to next by a link on it.
const journeys = [
  { start: '/accessibility-statement', nextLinkName: 'Privacy notice', next: '/privacy-notice' },
  { start: '/privacy-notice', nextLinkName: 'Accessibility statement', next: '/accessibility-statement' },
  { start: '/', nextLinkName: 'Privacy notice', next: '/privacy-notice' },
];

const black = 'rgb(0, 0, 0)';
const white = 'rgb(255, 255, 255)';

let server;
let browser;
// The h1's font size in pixels with standard text, measured once, to check the text scales.
let standardHeadingPixels;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const context = await newBrowserContext(browser);
  const page = await context.newPage();
  await page.goto(server.url + '/accessibility-statement');
  standardHeadingPixels = parseFloat(await page.locator('h1').evaluate((heading) => getComputedStyle(heading).fontSize));
  await context.close();
  assert.ok(standardHeadingPixels > 20, `the standard h1 size ${standardHeadingPixels}px looks wrong`);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function htmlClasses(page) {
  return ((await page.locator('html').getAttribute('class')) ?? '').split(/\s+/).filter(Boolean);
}

function computedStyles(page, selector, properties) {
  return page.locator(selector).first().evaluate((element, names) => {
    const style = getComputedStyle(element);
    return Object.fromEntries(names.map((name) => [name, style.getPropertyValue(name)]));
  }, properties);
}

// Clicks a display control by its accessible name and checks the server's 303 sent the reader
// back to the address they were on.
async function clickDisplayControl(page, linkName) {
  const returnAddress = page.url();
  const link = page.getByRole('navigation', { name: 'Display settings' }).getByRole('link', { name: linkName, exact: true });
  const [redirect] = await Promise.all([
    page.waitForResponse((response) => new URL(response.url()).pathname === '/display'),
    link.click(),
  ]);
  assert.equal(redirect.status(), 303, `following "${linkName}" should answer 303 See Other`);
  await page.waitForURL(returnAddress);
  assert.equal(page.url(), returnAddress, `"${linkName}" should return the reader to ${returnAddress}`);
}

// Checks everything the chosen combination should show on the page as it is now.
async function assertDisplay(page, textSize, colourScheme, where) {
  const classes = await htmlClasses(page);
  assert.ok(classes.includes('govuk-template'), `${where}: html classes ${classes}`);
  for (const htmlClass of allTextSizeClasses) {
    assert.equal(classes.includes(htmlClass), htmlClass === textSize.htmlClass, `${where}: html classes ${classes}`);
  }
  for (const htmlClass of allColourClasses) {
    assert.equal(classes.includes(htmlClass), htmlClass === colourScheme.htmlClass, `${where}: html classes ${classes}`);
  }

  // Only the current choices are marked as current.
  const controls = page.getByRole('navigation', { name: 'Display settings' });
  for (const option of [...textSizes, ...colourSchemes]) {
    const current = await controls.getByRole('link', { name: option.linkName, exact: true }).getAttribute('aria-current');
    const chosen = option === textSize || option === colourScheme;
    assert.equal(current, chosen ? 'true' : null, `${where}: aria-current of "${option.linkName}"`);
  }

  // The text really is bigger: the root font size, and a heading sized in rem with it.
  const root = await computedStyles(page, 'html', ['font-size']);
  assert.equal(root['font-size'], textSize.rootFontSize, `${where}: computed font-size of html`);
  const headingPixels = parseFloat((await computedStyles(page, 'h1', ['font-size']))['font-size']);
  const expectedHeadingPixels = standardHeadingPixels * textSize.scale;
  assert.ok(Math.abs(headingPixels - expectedHeadingPixels) < 0.5,
    `${where}: h1 font-size ${headingPixels}px, expected about ${expectedHeadingPixels}px`);

  const body = await computedStyles(page, 'body', ['color', 'background-color']);
  const heading = await computedStyles(page, 'h1', ['color']);
  const paragraph = await computedStyles(page, 'main p', ['color']);
  const footerLink = await computedStyles(page, 'footer a', ['color']);
  if (colourScheme.value === 'high-contrast') {
    assert.equal(body['background-color'], black, `${where}: body background in high contrast`);
    assert.equal(body.color, white, `${where}: body text colour in high contrast`);
    assert.equal(heading.color, white, `${where}: h1 colour in high contrast`);
    assert.equal(paragraph.color, white, `${where}: paragraph colour in high contrast`);
    assert.equal(footerLink.color, white, `${where}: footer link colour in high contrast`);
    const html = await computedStyles(page, 'html', ['background-color']);
    assert.equal(html['background-color'], black, `${where}: page background beyond the body in high contrast`);
  } else {
    assert.notEqual(body['background-color'], black, `${where}: body background with standard colours`);
    assert.notEqual(heading.color, white, `${where}: h1 colour with standard colours`);
    assert.equal(heading.color, paragraph.color, `${where}: headings and paragraphs share the text colour`);
  }
}

let journeyIndex = 0;
for (const javaScriptEnabled of [false, true]) {
  for (const textSize of textSizes) {
    for (const colourScheme of colourSchemes) {
      const journey = journeys[journeyIndex++ % journeys.length];
      const name = `text size ${textSize.value} with ${colourScheme.value} colours, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`;
      test(name, async () => {
        const context = await newBrowserContext(browser, { javaScriptEnabled });
        context.setDefaultTimeout(10_000);
        try {
          const page = await context.newPage();
          const response = await page.goto(server.url + journey.start);
          assert.equal(response.status(), 200);
          const bodyClasses = (await page.locator('body').getAttribute('class')) ?? '';
          assert.equal(/\bjs-enabled\b/.test(bodyClasses), javaScriptEnabled,
            `the page script should ${javaScriptEnabled ? '' : 'not '}have run (body classes "${bodyClasses}")`);
          await assertDisplay(page, textSizes[0], colourSchemes[0], `${journey.start} before any choice`);

          await clickDisplayControl(page, textSize.linkName);
          await clickDisplayControl(page, colourScheme.linkName);
          const where = `${journey.start} after choosing ${textSize.value} text and ${colourScheme.value} colours`;
          await assertDisplay(page, textSize, colourScheme, where);
          await checkAccessibility(page);

          // Remembered on the next page the reader visits.
          await page.getByRole('contentinfo').getByRole('link', { name: journey.nextLinkName, exact: true }).click();
          await page.waitForURL(server.url + journey.next);
          await assertDisplay(page, textSize, colourScheme, `${journey.next}, the next page visited`);
          await checkAccessibility(page);

          // And on a page reached by typing an address, the "page not found" page included.
          const missing = await page.goto(server.url + '/no-such-page');
          assert.equal(missing.status(), 404);
          assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Page not found');
          const classes = await htmlClasses(page);
          assert.equal(classes.includes(textSize.htmlClass), Boolean(textSize.htmlClass), `404 page html classes ${classes}`);
          assert.equal(classes.includes(colourScheme.htmlClass), Boolean(colourScheme.htmlClass), `404 page html classes ${classes}`);
          await checkAccessibility(page);
        } finally {
          await context.close();
        }
      });
    }
  }
}

test('changing back to standard text and colours undoes both choices', async () => {
  const context = await newBrowserContext(browser, { javaScriptEnabled: false });
  context.setDefaultTimeout(10_000);
  try {
    const page = await context.newPage();
    await page.goto(server.url + '/privacy-notice');
    await clickDisplayControl(page, 'A++ largest text size');
    await clickDisplayControl(page, 'High contrast black and white colours');
    await assertDisplay(page, textSizes[2], colourSchemes[1], 'after choosing largest text and high contrast');
    await clickDisplayControl(page, 'A standard text size');
    await clickDisplayControl(page, 'Standard colours');
    await assertDisplay(page, textSizes[0], colourSchemes[0], 'after choosing standard text and colours again');
    await page.goto(server.url + '/');
    await assertDisplay(page, textSizes[0], colourSchemes[0], 'on the home page afterwards');
    await checkAccessibility(page);
  } finally {
    await context.close();
  }
});
