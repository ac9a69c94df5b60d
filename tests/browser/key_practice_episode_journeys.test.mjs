// The key practice episode journey in a real browser, with axe on every page and JavaScript off
// (every form works without it): the demonstration's lead reviewer opens the commissioned CSPR's
// merged chronology from "Your reviews", ticks two entries and makes a key practice episode from
// them; the new-episode form lists the chosen entries, shows what is wrong when it is sent
// incomplete, and the episode's page shows its entries in date order; the review page links it
// (Rule KPE-1); a finding evidenced by the episode and a numbered recommendation answering it follow
// (Rule RPT-1, Rule RPT-2); the report's first version goes to the police for factual accuracy,
// comes back with a comment the reviewer replies to, is marked final and signed off (Rule RPT-3).
import assert from 'node:assert/strict';
import {after, before, test} from 'node:test';

import { errorMessages, fillDate, heading, summaryValue } from './support/govuk_page.mjs';
import {demonstrationPassword, signedInPage} from './support/main_pages.mjs';
import {checkAccessibility, launchBrowser, newBrowserContext, startServer} from './support/server.mjs';
import {totpCode} from './support/totp.mjs';

let server;
let browser;
// What the reviewer's steps made, for the agencies', committee's and signatory's steps after them:
// the version's circulation page and the case.
const reviewPaths = {};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test(
    'the reviewer picks entries on the merged chronology and makes a key practice episode',
    async () => {
      const {context, page} = await signedInPage(
          browser, server.url, 'reviewer@northbrook.example', {javaScriptEnabled: false});
      try {
        await page.goto(`${server.url}/my-reviews`);
        await page.locator('main a[href$="/chronology"]').first().click();
        assert.equal(await heading(page), 'Merged chronology');
        await checkAccessibility(page);
        const boxes = page.locator('input[name=entry]');
        assert.ok(await boxes.count() >= 2, 'the submitted entries can be chosen');
        await boxes.nth(0).check();
        await boxes.nth(1).check();
        await page
            .getByRole('button', {name: 'Make a key practice episode from the chosen entries'})
            .click();

        assert.equal(await heading(page), 'New key practice episode');
        assert.equal(
            await page.locator('input[name=entry_ids]:checked').count(), 2, 'the chosen entries');
        await checkAccessibility(page);
        await page.getByLabel('Title').fill('The first attendances at the home');
        await page.getByRole('button', {name: 'Make the key practice episode'}).click();
        const problems = await errorMessages(page);
        assert.deepEqual(problems, [
          'Enter the start of the episode',
          'Enter the end of the episode',
          'Enter a summary of the episode',
          'Enter the questions to explore',
        ]);
        assert.equal(
            await page.getByLabel('Title').inputValue(), 'The first attendances at the home');
        await checkAccessibility(page);

        await fillDate(page, 'from', ['1', '5', '2021']);
        await fillDate(page, 'to', ['31', '5', '2021']);
        await page.getByLabel('Summary').fill(
            'Officers attended twice in May; no referral was made.');
        await page.getByLabel('Questions to explore')
            .fill('- What made no referral seem right at the time?');
        await page.getByLabel('Good practice and concerns').check();
        await page.getByRole('button', {name: 'Make the key practice episode'}).click();

        assert.equal(await heading(page), 'The first attendances at the home');
        assert.match(
            await page.locator('.govuk-notification-banner').innerText(),
            /The key practice episode is made/);
        assert.equal(await summaryValue(page, 'Assessment'), 'Good practice and concerns');
        assert.equal(await summaryValue(page, 'Period'), '1 May 2021 to 31 May 2021');
        const rows =
            page.locator(
                    'table', {has: page.locator('caption', {hasText: 'Entries in date order'})})
                .locator('tbody tr');
        assert.equal(await rows.count(), 2);
        assert.match(
            await page.locator('main').innerText(),
            /What made no referral seem right at the time\?/);
        await checkAccessibility(page);
        const episodePath = new URL(page.url()).pathname;

        await page.getByRole('link', {name: 'The review'}).click();
        assert.equal(await heading(page), 'The review');
        assert.equal(
            await page.locator(`main a[href="${episodePath}"]`).count(), 1,
            'linked from the review');
        await checkAccessibility(page);

        // Rule RPT-1: a finding evidenced by the episode.
        await page.locator('main a[href$="/findings"]').click();
        assert.equal(await heading(page), 'Findings');
        await checkAccessibility(page);
        await page.getByRole('button', {name: 'Add a finding'}).click();
        assert.equal(await heading(page), 'Add a finding');
        await page.getByRole('button', {name: 'Add the finding'}).click();
        assert.deepEqual(await errorMessages(page), [
          'Enter the title of the finding',
          'Select whether the finding is about practice, policy, process or is systemic',
          'Enter the finding',
          'Select at least one key practice episode that evidences the finding',
        ]);
        await checkAccessibility(page);
        await page.getByLabel('Title').fill('Referrals after police attendance');
        await page.getByLabel('Process').check();
        await page.getByLabel('The finding').fill('Attendances did not lead to **referrals**.');
        await page.getByLabel('The first attendances at the home').check();
        await page.getByRole('button', {name: 'Add the finding'}).click();
        assert.match(
            await page.locator('.govuk-notification-banner').innerText(), /The finding is added/);
        assert.equal(await summaryValue(page, 'Kind'), 'Process');
        await checkAccessibility(page);

        // Rule RPT-2: a numbered recommendation answering it.
        await page.getByRole('link', {name: 'The review'}).click();
        await page.locator('main a[href$="/recommendations"]').click();
        assert.equal(await heading(page), 'Recommendations');
        await page.getByRole('button', {name: 'Add a recommendation'}).click();
        await checkAccessibility(page);
        await page.getByLabel('The recommendation')
            .fill('Agree when an attendance at home leads to a referral.');
        await page.getByLabel('Referrals after police attendance').check();
        await page.getByLabel('The partnership as a whole').check();
        await page.getByRole('button', {name: 'Add the recommendation'}).click();
        // The demonstration's CSPR has one recommendation already (and actions answering it).
        assert.match(
            await page.locator('.govuk-notification-banner').innerText(),
            /Recommendation 2 is added/);
        assert.match(
            await page.locator('main').innerText(),
            /Answers the findings\s+Referrals after police attendance/);
        await checkAccessibility(page);

        // Rule RPT-1: a version of the report, sent to the police for factual accuracy.
        await page.getByRole('link', {name: 'The review'}).click();
        const casePath = new URL(page.url()).pathname.replace(/\/review$/, '');
        await page.goto(`${server.url}${casePath}/report/new`);
        await page.getByLabel('Summary').fill('Officers attended the home on 3 May 2021.');
        await page.getByRole('button', {name: 'Save as a new version'}).click();
        await page.getByRole('link', {name: /^Factual accuracy/}).click();
        assert.equal(await heading(page), 'Factual accuracy');
        await checkAccessibility(page);
        await page.getByRole('button', {name: 'Send for factual accuracy'}).click();
        assert.deepEqual(await errorMessages(page), [
          'Select the agencies to send the version to',
          'Enter the date comments are due by',
        ]);
        await checkAccessibility(page);
        await page.getByLabel('Northbrook Police').check();
        const due = new Date(Date.now() + 10 * 24 * 3600 * 1000);
        await fillDate(
            page, 'due_on',
            [String(due.getUTCDate()), String(due.getUTCMonth() + 1), String(due.getUTCFullYear())]);
        await page.getByRole('button', {name: 'Send for factual accuracy'}).click();
        assert.match(
            await page.locator('.govuk-notification-banner').innerText(),
            /The version is sent to the agencies/);
        reviewPaths.circulation = new URL(page.url()).pathname;
        reviewPaths.casePath = casePath;
        // The reviewer stays signed in: a second sign-in would need a newer authenticator code.
        await checkAndSignTheReport(page);
      } finally {
        await context.close();
      }
    });

// Rule RPT-1, Rule RPT-3, Rule SIGN-1: the police's contributor comments on the version sent to
// them and sends the agency's response; the reviewer replies; the committee marks the version
// final with the partnership's response; the police's signatory signs it off with a current code.
async function checkAndSignTheReport(reviewerPage) {
  assert.ok(reviewPaths.circulation, 'the journey above sent a version for comment');
  const contributor = await signedInPage(
      browser, server.url, 'contributor@northbrook.example', {javaScriptEnabled: false});
  try {
    const page = contributor.page;
    await page.goto(`${server.url}/report-checks`);
    assert.equal(await heading(page), 'Reports to check');
    await checkAccessibility(page);
    await page.locator('main table a').first().click();
    assert.match(await heading(page), /^Check version \d+ of the report$/);
    await checkAccessibility(page);
    await page.getByRole('button', {name: 'Add the comment'}).click();
    assert.deepEqual(
        await errorMessages(page), ['Enter your comment']);
    await page.getByLabel('Section (optional)').fill('Summary');
    await page.getByLabel('Your comment').fill('Our log shows the attendance on 4 May 2021.');
    await page.getByRole('button', {name: 'Add the comment'}).click();
    assert.match(
        await page.locator('.govuk-notification-banner').innerText(), /Your comment is added/);
    await checkAccessibility(page);
    await page.getByRole('button', {name: 'Send our response'}).click();
    assert.equal(await heading(page), 'Reports to check');
    assert.match(await page.locator('main table').innerText(), /Answered/);
  } finally {
    await contributor.context.close();
  }

  {
    const page = reviewerPage;
    await page.goto(`${server.url}${reviewPaths.circulation}`);
    await page.locator('.govuk-summary-card__actions a').first().click();
    assert.equal(await heading(page), 'Reply to a comment');
    await checkAccessibility(page);
    await page.getByLabel('Not accepted').check();
    await page.getByRole('button', {name: 'Save the reply'}).click();
    assert.deepEqual(
        await errorMessages(page),
        ['Enter why the comment is not accepted']);
    await page.getByLabel('Why').fill('The visit log records 3 May 2021.');
    await page.getByRole('button', {name: 'Save the reply'}).click();
    assert.match(
        await page.locator('.govuk-notification-banner').innerText(), /The reply is saved/);
    assert.match(await page.locator('main').innerText(), /The visit log records 3 May 2021./);
    await checkAccessibility(page);
  }

  const committee = await signedInPage(
      browser, server.url, 'committee@northbrook.example', {javaScriptEnabled: false});
  try {
    const page = committee.page;
    await page.goto(`${server.url}${reviewPaths.casePath}/report/final`);
    assert.equal(await heading(page), 'Final report');
    await checkAccessibility(page);
    await page.getByLabel('The partnership\'s response')
        .fill('The partnership accepts the recommendation.');
    await page.getByRole('button', {name: 'Mark it final'}).click();
    assert.match(
        await page.locator('.govuk-notification-banner').innerText(),
        /The final report is saved/);
    assert.match(await page.locator('main').innerText(), /Recommendation 1/);
    await checkAccessibility(page);
  } finally {
    await committee.context.close();
  }

  // The signatory signs in here, keeping the authenticator key to step up with.
  const context = await newBrowserContext(browser, {javaScriptEnabled: false});
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email address').fill('signatory-police@northbrook.example');
    await page.getByLabel('Password', {exact: true}).fill(demonstrationPassword);
    await page.getByRole('button', {name: 'Sign in'}).click();
    const secret = (await page.locator('.cr-secret').innerText()).replace(/\s/g, '');
    await page.getByLabel('Code from your authenticator app').fill(totpCode(secret));
    await page.getByRole('button', {name: 'Continue'}).click();
    await page.getByRole('button', {name: 'Continue'}).click();
    await page.goto(`${server.url}/report-sign-offs`);
    assert.equal(await heading(page), 'Final reports to sign');
    await checkAccessibility(page);
    await page.locator('main table a').first().click();
    assert.equal(await heading(page), 'Final report');
    await checkAccessibility(page);
    await page.getByLabel('Code from your authenticator app')
        .fill(totpCode(secret, Math.floor(Date.now() / 1000) + 30));
    await page.getByRole('button', {name: 'Sign off'}).click();
    assert.equal(await heading(page), 'Final reports to sign');
    assert.match(await page.locator('main table').innerText(), /Signed/);
  } finally {
    await context.close();
  }
}
