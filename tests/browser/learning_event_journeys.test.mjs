// The practitioner learning event's journey in a real browser (Rule LE-1), with axe on every page
// and JavaScript off (every form works without it), email delivered over real SMTP to a local
// sink: the reviewer appointed to the demonstration's commissioned CSPR opens it from "Your
// reviews", is told what is missing when scheduling a learning event, schedules one online, invites
// a practitioner (who has no account) and records a step of the family's involvement; the
// practitioner follows the emailed single-use link without signing in, accepts, and the link then
// says it has been used; the reviewer sees the answer on the event's page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { errorMessages, fillDate, heading, summaryValue } from './support/govuk_page.mjs';
import { decodeQuotedPrintable, startMailSink } from './support/mail.mjs';
import { signedInPage } from './support/main_pages.mjs';
import { checkAccessibility, launchBrowser, newBrowserContext, startServer } from './support/server.mjs';

let mail;
let server;
let browser;

before(async () => {
  mail = await startMailSink();
  server = await startServer({
    extraArguments: ['--smtp-host', '127.0.0.1', '--smtp-port', String(mail.port), '--mail-poll-seconds', '1'],
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await mail?.stop();
});

// The date `days` from today in Europe/London as [day, month, year] text.
function daysFromToday(days) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date(Date.now() + days * 24 * 60 * 60 * 1000));
  const part = (type) => parts.find((each) => each.type === type).value;
  return [part('day'), part('month'), part('year')];
}

test('the reviewer schedules a learning event and invites a practitioner, who accepts from the link', async () => {
  const { context, page } = await signedInPage(browser, server.url, 'reviewer@northbrook.example', {
    javaScriptEnabled: false,
  });
  try {
    await page.goto(`${server.url}/my-reviews`);
    await page.locator('main table a').first().click();
    assert.equal(await heading(page), 'The review');
    await checkAccessibility(page);

    await page.getByRole('button', { name: 'Schedule a learning event' }).click();
    assert.equal(await heading(page), 'Schedule a learning event');
    await checkAccessibility(page);
    await page.getByRole('button', { name: 'Schedule the event' }).click();
    const problems = await errorMessages(page);
    assert.deepEqual(problems, [
      'Enter the date of the event',
      'Enter the start time',
      'Enter the end time',
      'Select whether the event is online or in person',
    ]);
    await checkAccessibility(page);

    await fillDate(page, 'date', daysFromToday(21));
    await page.getByLabel('Start time', { exact: true }).fill('09:30');
    await page.getByLabel('End time', { exact: true }).fill('12:00');
    await page.getByLabel('Online', { exact: true }).check();
    await page.getByLabel('Joining link (online events)', { exact: true }).fill('https://meet.example/learning-event');
    await page.getByRole('button', { name: 'Schedule the event' }).click();
    assert.equal(await heading(page), 'Learning event');
    assert.equal(await summaryValue(page, 'Status'), 'Scheduled');
    assert.match(await summaryValue(page, 'When'), /9:30am to 12pm \(UK time\)/);
    await checkAccessibility(page);

    // Invite a practitioner: told what is missing, then sent.
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    assert.ok((await errorMessages(page)).length > 0);
    await checkAccessibility(page);
    await page.getByLabel('Name', { exact: true }).fill('Sam Jones');
    await page.getByLabel('Email address', { exact: true }).fill('sam.jones@northbrook-police.example');
    await page.getByLabel('Agency', { exact: true }).selectOption({ index: 1 });
    await page.getByLabel('Role', { exact: true }).fill('Response officer');
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    const invited = page.locator('table', { has: page.locator('caption', { hasText: 'Practitioners invited' }) });
    assert.equal(await invited.locator('tbody tr').count(), 1);
    assert.match(await invited.locator('tbody tr').innerText(), /Not answered/);
    await checkAccessibility(page);
    const eventPath = new URL(page.url()).pathname;

    // The family's involvement, its own dated step.
    await page.getByRole('link', { name: 'Back' }).click();
    await page.getByRole('link', { name: 'Record a step of the family\'s involvement' }).click();
    assert.equal(await heading(page), 'The family\'s involvement');
    await checkAccessibility(page);
    await page.getByLabel('Invited', { exact: true }).check();
    await fillDate(page, 'on', daysFromToday(0));
    await page.getByLabel('Note', { exact: true }).fill('A letter inviting the parents to meet the reviewer.');
    await page.getByRole('button', { name: 'Record the step' }).click();
    const steps = page.locator('table', { has: page.locator('caption', { hasText: 'The family\'s involvement' }) });
    assert.equal(await steps.locator('tbody tr').count(), 1);
    await checkAccessibility(page);

    // The practitioner, with no account, answers from the emailed link.
    const message = decodeQuotedPrintable(await mail.waitFor((text) => text.includes('sam.jones@northbrook-police.example') && text.includes('learning-event-invitation')));
    assert.match(message, /Content-Type: text\/calendar; method=REQUEST;.*name=learning-event\.ics/);
    const link = /(\/learning-event-invitation\?token=[A-Za-z0-9_-]+)/.exec(message);
    assert.ok(link, `the email holds a link:\n${message}`);
    const publicContext = await newBrowserContext(browser, { javaScriptEnabled: false });
    try {
      const practitioner = await publicContext.newPage();
      await practitioner.goto(`${server.url}${link[1]}`);
      assert.equal(await heading(practitioner), 'Will you attend?');
      await checkAccessibility(practitioner);
      await practitioner.getByRole('button', { name: 'Send my answer' }).click();
      assert.deepEqual(await errorMessages(practitioner), ['Select whether you will attend']);
      await checkAccessibility(practitioner);
      await practitioner.getByLabel('Yes, I will attend', { exact: true }).check();
      await practitioner.getByRole('button', { name: 'Send my answer' }).click();
      assert.match(await practitioner.locator('h1').innerText(), /Thank you/);
      await checkAccessibility(practitioner);
      // Used once: the link says so.
      await practitioner.goto(`${server.url}${link[1]}`);
      assert.equal(await heading(practitioner), 'You have already answered');
      await checkAccessibility(practitioner);
      const forged = await practitioner.goto(`${server.url}/learning-event-invitation?token=forged`);
      assert.equal(forged.status(), 404);
      await checkAccessibility(practitioner);
    } finally {
      await publicContext.close();
    }

    await page.goto(`${server.url}${eventPath}`);
    assert.match(await invited.locator('tbody tr').innerText(), /Accepted/);
  } finally {
    await context.close();
  }
});
