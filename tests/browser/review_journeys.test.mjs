// The review's journey in a real browser, with axe on every page and JavaScript off (every form
// works without it), the server's clock the real one so that the demonstration cases' dates hold:
// the manager opens the demonstration learning review waiting to be commissioned from the
// dashboard, takes the case page's "Commission the review" task, is told what is missing, commissions
// it (Rule REV-1), sees its stage, due date and status in words on the review page, pauses it for an
// inquest and resumes it (Rule REV-2), records a monitoring check (Rule REV-3), appoints the lead
// reviewer (Rule REV-4), and finds it on the dashboard; the reviewer declares an affiliation on
// their account page with "add another" and finds the reviews they are appointed to under "Your
// reviews" (Rule NTK-2).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { errorMessages, fillDate, heading, summaryValue } from './support/govuk_page.mjs';
import { signedInPage } from './support/main_pages.mjs';
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

// A page of its own signed in as `email`, the authenticator app set up.
async function signedIn(email, { javaScriptEnabled = true } = {}) {
  return signedInPage(browser, server.url, email, { javaScriptEnabled });
}

// Today in Europe/London as [day, month, year] text.
function today() {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date());
  const part = (type) => parts.find((each) => each.type === type).value;
  return [part('day'), part('month'), part('year')];
}


test('the manager commissions the learning review, pauses it and resumes it', async () => {
  const { context, page } = await signedIn('manager@northbrook.example', {
    javaScriptEnabled: false,
  });
  try {
    await page.goto(`${server.url}/dashboard?stage=review_to_be_commissioned`);
    await checkAccessibility(page);
    await page.locator('main table a').first().click();
    const casePath = new URL(page.url()).pathname;
    await checkAccessibility(page);

    await page.getByRole('button', { name: 'Commission the review' }).click();
    assert.equal(await heading(page), 'Commission the review');
    await checkAccessibility(page);
    await page.getByRole('button', { name: 'Commission the review' }).click();
    assert.equal(await heading(page), 'Commission the review');
    const problems = await errorMessages(page);
    assert.deepEqual(problems.slice(0, 2), ['Select the methodology', 'Enter the start of the scope period']);
    await checkAccessibility(page);

    await page.getByLabel('SILP').check();
    await fillDate(page, 'scope_from', ['1', '1', '2025']);
    await fillDate(page, 'scope_to', today());
    await page.getByLabel('Proportionality rationale').fill('Two agencies knew the family well.');
    await page
      .getByLabel('Terms of reference')
      .fill('## Key lines of enquiry\n\n- How was safer sleep advice given?');
    await page.getByRole('button', { name: 'Commission the review' }).click();
    assert.equal(await heading(page), 'The review');
    assert.equal(await summaryValue(page, 'Stage'), 'Commissioned');
    assert.equal(await summaryValue(page, 'Status'), 'On track');
    assert.equal(await summaryValue(page, 'Methodology'), 'SILP');
    await checkAccessibility(page);

    await page.getByLabel('Inquest').check();
    await fillDate(page, 'on', today());
    await page.getByRole('button', { name: 'Pause the review' }).click();
    assert.equal(await summaryValue(page, 'Status'), 'Paused');
    await checkAccessibility(page);
    await fillDate(page, 'on', today());
    await page.getByRole('button', { name: 'Resume the review' }).click();
    assert.equal(await summaryValue(page, 'Status'), 'On track');
    assert.equal(await summaryValue(page, 'Days paused'), '0 days');
    await checkAccessibility(page);

    // Rule REV-3: a monitoring check, told what is missing first.
    await page.getByRole('button', { name: 'Record the check' }).click();
    const missing = await errorMessages(page);
    assert.deepEqual(missing, [
      'Enter the date of the check',
      'Select whether the review is on track',
      'Select whether a draft was asked for',
    ]);
    await checkAccessibility(page);
    await fillDate(page, 'checked_on', today());
    await page.getByLabel('On track').check();
    await page.locator('#note').fill('Chronologies requested on time.');
    await page.locator('input[name=draft_requested][value=no]').check();
    await page.getByRole('button', { name: 'Record the check' }).click();
    const checks = page.locator('table', {
      has: page.locator('caption', { hasText: 'Monitoring checks' }),
    });
    assert.equal(await checks.locator('tbody tr').count(), 1);
    await checkAccessibility(page);

    // Rule REV-4: the lead reviewer, chosen from the partnership's reviewer accounts.
    await page.getByLabel('Appoint a lead reviewer').check();
    await page.locator('input[name=user_id]').first().check();
    await page.getByRole('button', { name: 'Appoint the reviewer' }).click();
    assert.match(await summaryValue(page, 'Lead reviewer'), /appointed/);
    await checkAccessibility(page);

    await page.goto(`${server.url}${casePath}`);
    assert.equal(await summaryValue(page, 'Stage'), 'Commissioned');
    await page.goto(`${server.url}/dashboard`);
    const reviews = page.locator('table', { has: page.locator('caption', { hasText: 'Reviews' }) });
    // This review and the demonstration's commissioned CSPR.
    assert.equal(await reviews.locator('tbody tr').count(), 2);
    await checkAccessibility(page);
  } finally {
    await context.close();
  }
});

test('the reviewer declares an affiliation on their account page, adding it without JavaScript', async () => {
  const { context, page } = await signedIn('reviewer@northbrook.example', {
    javaScriptEnabled: false,
  });
  try {
    await page.goto(`${server.url}/account`);
    await checkAccessibility(page);
    await page.locator('#change-affiliations').click();
    assert.equal(await heading(page), 'Your affiliations');
    await checkAccessibility(page);
    // The demonstration reviewer declared one affiliation already; this adds a second.
    await page.getByRole('button', { name: 'Add another affiliation' }).click();
    await page.locator('[id="affiliations-1-organisation"]').fill('Northbrook Hospital');
    await page.getByRole('button', { name: 'Save your affiliations' }).click();
    const problems = await errorMessages(page);
    assert.deepEqual(problems, ['Enter the start date']);
    await checkAccessibility(page);
    await fillDate(page, 'affiliations-1-from', ['1', '9', '2015']);
    await page.getByRole('button', { name: 'Save your affiliations' }).click();
    assert.equal(await heading(page), 'Your account');
    const listed = page.locator('#affiliations tbody tr');
    assert.equal(await listed.count(), 2);
    await checkAccessibility(page);

    // Rule NTK-2: "Your reviews" lists the reviews they are appointed to, the demonstration's CSPR
    // and the review the manager appointed them to above, each linking its review page.
    await page.getByRole('link', { name: 'Your reviews' }).click();
    assert.equal(await heading(page), 'Your reviews');
    const appointed = page.locator('main table tbody tr');
    assert.equal(await appointed.count(), 2);
    assert.match(await appointed.first().innerText(), /Lead reviewer/);
    await checkAccessibility(page);
    await appointed.first().locator('a').first().click();
    assert.equal(await heading(page), 'The review');
  } finally {
    await context.close();
  }
});
