// The chronology journey in a real browser, sharing one server among its tests, with axe on every
// page and JavaScript off (every form works without it): the manager commissions the
// demonstration learning review with the police in scope and asks its agencies for their
// chronologies from the review page (Rule CHR-1); the police contributor finds the request under
// "Your requests", is told what is wrong with an empty row, adds one, uploads a CSV file with a
// mistake (nothing imported, every problem by row and column), then a correct one, and submits
// (Rule CHR-2); a social care contributor (added at the console) submits a row like one of the
// police's; the manager sees the merged chronology with its flag counts and gaps, filters it and
// marks the possible duplicate "same event" (Rule CHR-3).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';

import { errorMessages, fillDate, heading, summaryValue } from './support/govuk_page.mjs';
import { demonstrationPassword, signedInPage } from './support/main_pages.mjs';
import { binaryPath, checkAccessibility, launchBrowser, startServer } from './support/server.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await journey.manager?.context.close();
  await browser?.close();
  await server?.stop();
});

// A page of its own signed in as `email`, the authenticator app set up, JavaScript off.
async function signedIn(email) {
  return signedInPage(browser, server.url, email, { javaScriptEnabled: false });
}

// Adds an active contributor of `agency` with the demonstration password, at the console.
function addContributor(email, agency) {
  return new Promise((resolve, reject) => {
    const child = spawn(binaryPath(), ['user', 'add', '--database', server.database, '--email', email,
      '--name', 'Sam Contributor', '--role', 'contributor', '--partnership', 'NBP', '--agency', agency],
    { stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => { errors += chunk; });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`user add failed: ${errors}`))));
    child.stdin.end(`${demonstrationPassword}\n`);
  });
}

// Shared by the tests, in order: the case's path and the police's chronology's path.
const journey = {};

test('the manager commissions the review and asks its agencies for their chronologies', async () => {
  // The manager's session is kept for the last test (a second sign-in would ask for the code of
  // the authenticator app set up here).
  journey.manager = await signedIn('manager@northbrook.example');
  const { page } = journey.manager;
  {
    await page.goto(`${server.url}/dashboard?stage=review_to_be_commissioned`);
    const caseLink = page.locator('main table a').first();
    journey.reference = (await caseLink.innerText()).trim();
    await caseLink.click();
    journey.casePath = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Commission the review' }).click();
    await page.getByLabel('SILP').check();
    await fillDate(page, 'scope_from', ['1', '1', '2020']);
    await fillDate(page, 'scope_to', ['31', '12', '2025']);
    await page.getByLabel('Northbrook Police').check();
    await page.getByLabel('Proportionality rationale').fill('Three agencies knew the family.');
    await page.getByLabel('Terms of reference').fill('## Key lines of enquiry');
    await page.getByRole('button', { name: 'Commission the review' }).click();
    assert.equal(await heading(page), 'The review');
    await checkAccessibility(page);

    await page.getByRole('button', { name: 'Ask for chronologies' }).click();
    assert.equal(await heading(page), 'Ask for chronologies');
    await checkAccessibility(page);
    for (const box of await page.locator('input[name=agency_ids]').all()) await box.uncheck();
    await page.getByRole('button', { name: 'Ask for the chronologies' }).click();
    assert.equal(await heading(page), 'Ask for chronologies');
    assert.deepEqual(await errorMessages(page), ['Select the agencies to ask for a chronology']);
    await checkAccessibility(page);
    await page.getByLabel('Northbrook Police').check();
    await page.getByLabel("Northbrook Children's Social Care").check();
    await page.getByLabel('Note to the agencies').fill('From the first referral.');
    await page.getByRole('button', { name: 'Ask for the chronologies' }).click();
    assert.equal(await heading(page), 'The review');
    const requested = page.locator('table', { has: page.locator('caption', { hasText: 'Chronology requests' }) });
    assert.match(await requested.innerText(), /Northbrook Police\s+Requested/);
    await checkAccessibility(page);
  }
});

test('the police contributor builds, uploads and submits the chronology', async () => {
  assert.ok(journey.casePath, 'the first test asked for the chronologies');
  const { context, page } = await signedIn('contributor@northbrook.example');
  try {
    await page.goto(`${server.url}/agency-requests`);
    await checkAccessibility(page);
    // This case's request (the demonstration's commissioned CSPR asked the agency too).
    await page
      .locator('main a[href^="/chronology-requests/"]', { hasText: journey.reference })
      .click();
    journey.chronologyPath = new URL(page.url()).pathname;
    assert.equal(await heading(page), 'Chronology');
    assert.equal(await summaryValue(page, 'Scope period'), '1 January 2020 to 31 December 2025');
    await checkAccessibility(page);

    await page.getByRole('button', { name: 'Add a row' }).click();
    assert.equal(await heading(page), 'Add a row');
    await checkAccessibility(page);
    await page.getByLabel('Start date').fill('31/02/2021');
    await page.getByRole('button', { name: 'Add the row' }).click();
    const problems = await errorMessages(page);
    assert.equal(problems.length, 3, problems.join('; '));
    await checkAccessibility(page);
    await page.getByLabel('Start date').fill('?12/05/2021');
    await page.getByLabel('Source', { exact: true }).fill('Custody record');
    await page.getByLabel('Event or contact').fill('Called to the home after a neighbour heard shouting');
    await page.getByRole('button', { name: 'Add the row' }).click();
    assert.equal(await heading(page), 'Chronology');
    assert.match(await page.locator('main table').first().innerText(), /12 May 2021 \(uncertain\)/);

    // An upload with a mistake: nothing imported, every problem by row and column.
    await page.getByLabel('Your chronology file').setInputFiles({
      name: 'chronology.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Start date,Source,Event\r\n03/03/2021,Log,Patrol visit\r\n30/02/2021,,Call\r\n'),
    });
    await page.getByRole('button', { name: 'Upload the file' }).click();
    const rowProblems = await errorMessages(page);
    assert.equal(rowProblems.length, 2, rowProblems.join('; '));
    assert.match(rowProblems[0], /^Row 3, Start date/);
    assert.match(rowProblems[1], /^Row 3, Source/);
    await checkAccessibility(page);
    await page.getByLabel('Your chronology file').setInputFiles({
      name: 'chronology.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Start date,Source,Event\r\n03/03/2021,Log,Patrol visit\r\nMay 2021,Log,Called to the home\r\n',
      ),
    });
    await page.getByRole('button', { name: 'Upload the file' }).click();
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /2 rows uploaded/);
    await checkAccessibility(page);

    await page.getByRole('button', { name: 'Submit the chronology' }).click();
    assert.equal(await summaryValue(page, 'Status'), 'Submitted');
    assert.equal(await page.getByRole('button', { name: 'Add a row' }).count(), 0, 'locked');
    await checkAccessibility(page);
  } finally {
    await context.close();
  }
});

test('a social care contributor submits a row like one of the police\'s', async () => {
  assert.ok(journey.chronologyPath, 'the police submitted their chronology');
  await addContributor('social-care@northbrook.example', 'CSC');
  const { context, page } = await signedIn('social-care@northbrook.example');
  try {
    await page.goto(`${server.url}/agency-requests`);
    // This case's request (the demonstration's commissioned CSPR asked the agency too).
    await page
      .locator('main a[href^="/chronology-requests/"]', { hasText: journey.reference })
      .click();
    await page.getByRole('button', { name: 'Add a row' }).click();
    await page.getByLabel('Start date').fill('May 2021');
    await page.getByLabel('Source', { exact: true }).fill('Case note');
    await page.getByLabel('Event or contact').fill('Called to the home');
    await page.getByRole('button', { name: 'Add the row' }).click();
    await page.getByRole('button', { name: 'Submit the chronology' }).click();
    assert.equal(await summaryValue(page, 'Status'), 'Submitted');
    await checkAccessibility(page);
  } finally {
    await context.close();
  }
});

test('the manager reads the merged chronology, filters it and marks a duplicate', async () => {
  assert.ok(journey.chronologyPath, 'the police submitted their chronology');
  const { page } = journey.manager;
  {
    await page.goto(`${server.url}${journey.casePath}/review`);
    await page.getByRole('link', { name: 'View the merged chronology' }).click();
    assert.equal(await heading(page), 'Merged chronology');
    assert.equal(await summaryValue(page, 'Entries'), '3 from 2 agencies');
    assert.equal(await summaryValue(page, 'Possible duplicate'), '2');
    const rows = await page.locator('main table tbody tr').allInnerTexts();
    assert.match(rows[0], /Gap: no contact from any agency/);
    assert.match(rows[1], /3 March 2021\s+POLICE Northbrook Police/);
    await checkAccessibility(page);

    await page.getByLabel('Words in the entry').fill('patrol');
    await page.getByRole('button', { name: 'Apply the filters' }).click();
    assert.match(await page.locator('main').innerText(), /Showing entries 1 to 1 of 1\./);
    await checkAccessibility(page);

    await page.goto(`${server.url}${journey.casePath}/chronology?flagged=yes`);
    await checkAccessibility(page);
    await page.getByRole('button', { name: 'Same event' }).first().click();
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /Your mark is saved/);
    assert.equal(await summaryValue(page, 'Possible duplicate'), '0');
    assert.match(await page.locator('main').innerText(), /No entry matches the filters\./);
    await checkAccessibility(page);
    await page.getByLabel('From').fill('31/02/2021');
    await page.getByRole('button', { name: 'Apply the filters' }).click();
    assert.equal((await errorMessages(page)).length, 1);
    await checkAccessibility(page);
  }
});
