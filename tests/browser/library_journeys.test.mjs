// The learning library and publication in a real browser, sharing one server (issue 14,
// Rule LIB-1, Rule LIB-2, Rule PUB-3):
// - the library's search passes axe in each of the six displays (three text sizes, standard or
//   high-contrast colours), and so does a 7-minute briefing; the themes page in the standard one;
// - a reader with JavaScript off searches, filters by theme and opens an entry, whose content note
//   comes before its detail;
// - the manager, JavaScript off, runs the anonymisation check on the local CSPR waiting at it,
//   finds the child's name masked in its finding, is told a dismissal needs a reason, and
//   dismisses it with one, then writes the review's 7-minute briefing (Rule LIB-2), every empty
//   section named first;
// - a signed-in practitioner records that their team used a published briefing;
// - a reader asks for the monthly email (the form, its error, "check your email", a forged link);
// - an administrator adds a theme, a taken name refused.
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
  // Rule LIB-2: a published review's 7-minute briefing (the demonstration's third entry).
  { path: '/learning/3/briefing', allDisplays: true },
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
  await page.getByRole('link', { name: 'Child L: neglect seen over years', exact: true }).click();
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

  // Rule LIB-2: the briefing, under the partnership's headings; every empty section named.
  await page.getByRole('link', { name: 'Write the 7-minute briefing' }).click();
  assert.equal(await heading(page), 'The 7-minute briefing');
  assert.equal(await page.locator('#heading_1').inputValue(), 'What happened');
  await checkAccessibility(page);
  await page.getByRole('button', { name: 'Save the briefing' }).click();
  assert.equal((await errorMessages(page)).length, 7);
  assert.equal((await errorMessages(page))[0], 'Enter the text under “What happened”');
  await checkAccessibility(page);
  for (let section = 1; section <= 7; section += 1) {
    await page.locator(`#section_${section}`).fill(`What the team should know, part ${section}.`);
  }
  await page.getByRole('button', { name: 'Save the briefing' }).click();
  assert.equal(await heading(page), 'Publication');
  assert.match(await page.locator('main').innerText(), /The briefing is saved/);
  await page.goto(server.url + '/briefing-template');
  assert.equal(await heading(page), "The 7-minute briefing's headings");
  await checkAccessibility(page);
  await context.close();
});

test('a signed-in practitioner records that their team used a briefing', async () => {
  const { page, context } = await signedInPage(browser, server.url, 'contributor@northbrook.example', { javaScriptEnabled: false });
  await page.goto(server.url + '/learning/3');
  await page.getByRole('link', { name: 'Read the 7-minute briefing for your team' }).click();
  assert.match(await heading(page), /^7-minute briefing: /);
  await page.getByRole('button', { name: 'Record that the team used it' }).click();
  assert.deepEqual(await errorMessages(page), [
    'Enter the name of the team',
    'Enter the organisation the team belongs to',
    'Enter the date the team used the briefing, like 2027-03-01',
    'Enter how many people took part',
  ]);
  await checkAccessibility(page);
  const today = new Date();
  await page.getByLabel('Team').fill('Neighbourhood policing');
  await page.getByLabel('Organisation').fill('Northbrook Police');
  await page.getByLabel('Day').fill(String(today.getDate()));
  await page.getByLabel('Month').fill(String(today.getMonth() + 1));
  await page.getByLabel('Year').fill(String(today.getFullYear()));
  await page.getByLabel('How many people took part').fill('8');
  await page.getByRole('button', { name: 'Record that the team used it' }).click();
  assert.match(await page.locator('main').innerText(), /1 team has recorded using it/);
  await context.close();
});

test('a reader asks for the monthly email, without JavaScript', async () => {
  const context = await newBrowserContext(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url + '/learning');
  await page.getByRole('link', { name: 'get a monthly email' }).click();
  assert.equal(await heading(page), 'Get a monthly email of new reviews');
  await checkAccessibility(page);
  await page.getByRole('button', { name: 'Send the confirmation link' }).click();
  assert.equal((await errorMessages(page)).length, 1);
  await checkAccessibility(page);
  await page.getByLabel('Email address').fill('reader@example.org');
  await page.getByRole('button', { name: 'Send the confirmation link' }).click();
  assert.equal(await heading(page), 'Check your email');
  await checkAccessibility(page);
  const forged = await page.goto(server.url + '/learning/emails/subscription?token=forged');
  assert.equal(forged.status(), 404);
  assert.equal(await heading(page), 'This link is not recognised');
  await checkAccessibility(page);
  await context.close();
});

test("an administrator adds a theme to the library's list", async () => {
  const { page, context } = await signedInPage(browser, server.url, 'admin@northbrook.example', { javaScriptEnabled: false });
  await page.goto(server.url + '/admin/settings');
  // The settings page, with its training settings (Rule TRN-2, Rule TRN-5, Rule TRN-6, Rule TRN-9).
  await checkAccessibility(page);
  assert.equal(await page.getByLabel('Certificates need the attendance code').isChecked(), false);
  await page.getByRole('link', { name: 'The themes reviews are filed under' }).click();
  assert.equal(await heading(page), "The learning library's themes");
  await checkAccessibility(page);
  await page.getByLabel('Name').fill('poverty');
  await page.getByRole('button', { name: 'Add the theme' }).click();
  assert.deepEqual(await errorMessages(page), ['The library already has a theme called poverty']);
  await checkAccessibility(page);
  await page.getByLabel('Name').fill('Online harm');
  await page.getByRole('button', { name: 'Add the theme' }).click();
  assert.match(await page.locator('main').innerText(), /Theme added: Online harm/);
  await context.close();
});
