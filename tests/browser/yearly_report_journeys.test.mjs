// The yearly report in a real browser, sharing one server (issue 15, Rule YR-1):
// - the manager, JavaScript off, opens the yearly report from the menu (the last year that has
//   ended), records that it was published (a day that does not exist refused first), chooses this year from the list, reads its charts — each a figure with a caption, every
//   bar's words on the page and the SVG bars hidden from screen readers — asks for dates that do
//   not exist and is told which, then for dates that do, and downloads the figures as CSV; axe on
//   every page, in the standard display and in high contrast at the largest text;
// - the Panel reads every partnership's row, with axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { errorMessages, fillDate, heading, summaryValue } from './support/govuk_page.mjs';
import { chooseDisplay, reportingYearOfToday, signedInPage } from './support/main_pages.mjs';
import { checkAccessibility, launchBrowser, startServer } from './support/server.mjs';

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

function yearLabel(firstYear) {
  return `${firstYear} to ${firstYear + 1}`;
}

test('the manager reads the year, chooses another period and downloads the figures, without JavaScript', async () => {
  const { page, context } = await signedInPage(browser, server.url, 'manager@northbrook.example', { javaScriptEnabled: false });
  const thisYear = reportingYearOfToday();
  await page.goto(server.url + '/dashboard');
  await page.getByRole('link', { name: 'Yearly report', exact: true }).click();
  assert.equal(await heading(page), `Yearly report ${yearLabel(thisYear - 1)}`);
  await checkAccessibility(page);

  // Rule YR-1: the year that has ended is published (today), a day that does not exist refused.
  await fillDate(page, 'published_on', ['31', '2', String(thisYear)]);
  await page.getByRole('button', { name: 'Record the publication' }).click();
  assert.deepEqual(await errorMessages(page), ['Enter a real date']);
  await checkAccessibility(page);
  const today = new Date();
  await fillDate(page, 'published_on', [String(today.getDate()), String(today.getMonth() + 1), String(today.getFullYear())]);
  await page.getByRole('button', { name: 'Record the publication' }).click();
  assert.equal(await summaryValue(page, 'Sent to the Panel'), 'Not yet');
  assert.match(await page.locator('main .govuk-warning-text').innerText(), /Send it to the Panel and Foundations by/);
  await checkAccessibility(page);

  await page.getByLabel('Year (1 April to 31 March)').selectOption(String(thisYear));
  await page.getByRole('button', { name: 'Show this year' }).click();
  assert.equal(await heading(page), `Yearly report ${yearLabel(thisYear)}`);
  // The charts: figures with captions, the bars' words on the page, the bars themselves hidden.
  const charts = page.locator('main figure.cr-chart');
  assert.equal(await charts.count(), 2);
  assert.equal(await page.locator('main figure.cr-chart figcaption').first().innerText(),
    'How quickly, and how well attended, as percentages');
  const timeliness = await charts.first().innerText();
  assert.match(timeliness, new RegExp(`Notifications sent within 5 working days\\s+${yearLabel(thisYear)}: (\\d+%|nothing to measure)`));
  assert.equal(await page.locator('main svg.cr-chart__svg:not([aria-hidden="true"])').count(), 0);
  assert.ok(await page.locator('main svg.cr-chart__svg').count() >= 8);
  const notifications = page.getByRole('table', { name: 'Notifications' });
  assert.equal(await notifications.getByRole('columnheader').nth(1).innerText(), yearLabel(thisYear));
  await checkAccessibility(page);

  // Other dates, without JavaScript: the details opens by itself.
  await page.getByText('Choose other dates').click();
  await fillDate(page, 'from', ['31', '2', String(thisYear + 1)]);
  await fillDate(page, 'to', ['', '', '']);
  await page.getByRole('button', { name: 'Show these dates' }).click();
  assert.deepEqual(await errorMessages(page), ['Start date must be a real date', 'Enter the end date']);
  assert.match(await page.title(), /^Error: /);
  await checkAccessibility(page);
  await fillDate(page, 'from', ['1', '5', String(thisYear)]);
  await fillDate(page, 'to', ['31', '7', String(thisYear)]);
  await page.getByRole('button', { name: 'Show these dates' }).click();
  assert.equal(await heading(page), `Yearly report 1 May ${thisYear} to 31 July ${thisYear}`);

  const csvLink = page.getByRole('link', { name: 'Download every figure (CSV)' });
  const response = await context.request.get(server.url + (await csvLink.getAttribute('href')));
  assert.equal(response.status(), 200);
  assert.match(await response.text(), new RegExp(`^Section,Figure,1 May ${thisYear} to 31 July ${thisYear},`));

  // In high contrast at the largest text too (the charts' bars take the scheme's colours).
  await chooseDisplay(context, server.url, { textSize: 'larger', colours: 'high-contrast' });
  await page.goto(`${server.url}/yearly-report?year=${thisYear}`);
  assert.ok((await page.locator('html').getAttribute('class')).includes('cr-colours-high-contrast'));
  await checkAccessibility(page);
  await context.close();
});

test('the Panel reads every partnership\'s figures', async () => {
  const { page, context } = await signedInPage(browser, server.url, 'panel@national-panel.example', { javaScriptEnabled: false });
  await page.goto(server.url + '/panel');
  await page.getByRole('link', { name: 'Yearly figures', exact: true }).click();
  assert.equal(await heading(page), 'Yearly figures of every partnership');
  const rows = page.getByRole('table', { name: 'Each partnership' }).locator('tbody tr');
  assert.ok(await rows.count() >= 1);
  assert.match(await rows.first().innerText(), /\d/);
  await checkAccessibility(page);
  await context.close();
});
