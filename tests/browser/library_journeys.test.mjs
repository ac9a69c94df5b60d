// The learning library and publication in a real browser, sharing one server (issue 14,
// Rule LIB-1, Rule PUB-3):
// - the library's search passes axe in each of the six displays (three text sizes, standard or
//   high-contrast colours), the themes page in the standard one;
// - a reader with JavaScript off searches, filters by theme and opens an entry, whose content note
//   comes before its detail;
// - the manager, JavaScript off, runs the anonymisation check on the local CSPR waiting at it,
//   finds the child's name masked in its finding, is told a dismissal needs a reason, and
//   dismisses it with one.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { errorMessages, heading } from './support/govuk_page.mjs';
import { chooseDisplay, signedInPage } from './support/main_pages.mjs';
import { checkAccessibility, launchBrowser, newBrowserContext, startServer } from './support/server.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// The search with results, highlights, filters and pages is the library's fullest page: it is
// checked in every display, the themes page in the standard one (an entry in the reader's
// journey below).
const libraryPages = [
  { path: '/learning?q=neglected&kind=local_cspr', allDisplays: true },
  { path: '/learning/themes', allDisplays: false },
];

test("the library's pages pass axe in all six displays", async () => {
  for (const textSize of ['standard', 'large', 'larger']) {
    for (const colours of ['standard', 'high-contrast']) {
      const context = await newBrowserContext(browser);
      await chooseDisplay(context, server.url, { textSize, colours });
      const page = await context.newPage();
      const standard = textSize === 'standard' && colours === 'standard';
      for (const { path, allDisplays } of libraryPages) {
        if (!allDisplays && !standard) continue;
        const response = await page.goto(server.url + path);
        assert.equal(response.status(), 200, path);
        const classes = await page.locator('html').getAttribute('class');
        assert.equal(classes.includes('cr-colours-high-contrast'), colours === 'high-contrast', `${path}: ${classes}`);
        await checkAccessibility(page);
      }
      await context.close();
    }
  }
});

test('a reader searches, filters by theme and opens an entry, without JavaScript', async () => {
  const context = await newBrowserContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + '/');
  await page.getByRole('link', { name: 'learning library' }).click();
  assert.equal(await heading(page), 'Learning from reviews');
  await page.getByLabel('Search the library').fill('sleeping advice');
  await page.getByRole('button', { name: 'Search' }).click();
  assert.match(page.url(), /q=sleeping\+advice/);
  assert.equal(await page.locator('#results').innerText(), '1 review found');
  assert.ok((await page.locator('main mark').count()) > 0, 'the words found are marked');

  // Each filter offers the values the search has results for: the words cleared, every theme.
  await page.getByLabel('Search the library').fill('');
  await page.getByRole('button', { name: 'Search' }).click();
  assert.equal(await page.locator('#results').innerText(), '3 reviews found');
  await page.getByLabel('Theme').selectOption('neglect');
  await page.getByRole('button', { name: 'Search' }).click();
  assert.equal(await page.locator('#results').innerText(), '1 review found');
  await page.getByRole('link', { name: 'Child L: neglect seen over years' }).click();
  assert.equal(await heading(page), 'Child L: neglect seen over years');
  const text = await page.locator('main').innerText();
  assert.ok(text.indexOf('Content note') < text.indexOf('What the review learned'), 'the content note comes first');
  await checkAccessibility(page);
  await context.close();
});

test('the manager runs the anonymisation check and dismisses a finding with a reason', async () => {
  const { page, context } = await signedInPage(browser, server.url, 'manager@northbrook.example', { javaScriptEnabled: false });
  await page.goto(server.url + '/dashboard?stage=review_in_progress');
  const casePath = await page.locator('main a').evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')).find((href) => /^\/cases\/\d+$/.test(href)));
  assert.ok(casePath, 'the local CSPR is on the dashboard');
  await page.goto(server.url + casePath);
  await page.getByRole('link', { name: /^Publication:/ }).click();
  assert.equal(await heading(page), 'Publication');
  await checkAccessibility(page);

  await page.getByRole('button', { name: 'Run the anonymisation check' }).click();
  const finding = page.locator('main .publication-finding');
  assert.equal(await finding.count(), 1);
  const found = await finding.innerText();
  assert.match(found, /Name — Learning, line 1/);
  assert.match(found, /\[name\]'s bruise/);
  assert.doesNotMatch(await page.locator('main').innerText(), /Hal/);
  await checkAccessibility(page);

  await page.getByRole('button', { name: 'Dismiss this finding' }).click();
  assert.deepEqual(await errorMessages(page), ['Enter why this is not an identifying detail']);
  await checkAccessibility(page);
  await page.getByLabel('Why it is not identifying (to dismiss it)').fill('A place name in the area, not the child');
  await page.getByRole('button', { name: 'Dismiss this finding' }).click();
  assert.match(await finding.innerText(), /Dismissed: A place name in the area, not the child/);
  await context.close();
});
