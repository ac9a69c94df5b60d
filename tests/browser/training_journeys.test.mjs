// The training journeys in a real browser, with axe on every page visited and the server's clock
// held in a file the test moves (so booking happens before the session and the register after it):
// a trainer writes and publishes a course and adds an online session with two places; the
// demonstration practitioner reads the course, books a place for themselves, finds it in "My
// training" and downloads its .ics file; two practitioners register themselves — one fills the last
// place, the other joins the waiting list; the first cancels and the waiting one is booked in their
// place; during the session the trainer shows the attendance code and the practitioner signs in with
// it; after the session the trainer marks the register, and the no-show appears on the charges
// report; the practitioner gives feedback, downloads the certificate, and anyone checks its code
// at /certificates/verify.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { decodeQuotedPrintable, startMailSink } from './support/mail.mjs';
import { checkAccessibility, launchBrowser, newBrowserContext, startServer } from './support/server.mjs';
import { totpCode } from './support/totp.mjs';

const demonstrationPassword = 'casereview demonstration';
const joiningLink = 'https://meet.example/northbrook-training';
let mail;
let server;
let browser;
let clockFolder;
let clockFile;
let clockSeconds;

async function setClock(iso) {
  clockSeconds = Math.floor(Date.parse(iso) / 1000);
  await writeFile(clockFile, `${iso}\n`);
}

before(async () => {
  clockFolder = await mkdtemp(path.join(os.tmpdir(), 'casereview-training-clock-'));
  clockFile = path.join(clockFolder, 'now');
  await setClock('2026-03-02T09:00:00Z'); // a Monday, two weeks before the session
  mail = await startMailSink();
  server = await startServer({
    extraArguments: ['--smtp-host', '127.0.0.1', '--smtp-port', String(mail.port), '--mail-poll-seconds', '1',
      '--clock-file', clockFile],
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await mail?.stop();
  if (clockFolder) await rm(clockFolder, { recursive: true, force: true });
});

async function visit(page, pathAndQuery) {
  await page.goto(`${server.url}${pathAndQuery}`);
  await checkAccessibility(page);
}

async function heading(page) {
  return (await page.locator('main h1').first().innerText()).trim();
}

// Signs in with a password and, for staff, the authenticator app: set up at the first sign-in
// (the key read from the page), a code at later ones. Returns the authenticator key, if set up.
async function signIn(page, email, { password = demonstrationPassword, secret } = {}) {
  await visit(page, '/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (/\/sign-in\/set-up-authenticator/.test(page.url())) {
    await checkAccessibility(page);
    const key = (await page.locator('.cr-secret').innerText()).replace(/\s/g, '');
    await page.getByLabel('Code from your authenticator app').fill(totpCode(key, clockSeconds));
    await page.getByRole('button', { name: 'Continue' }).click();
    await checkAccessibility(page);
    await page.getByRole('button', { name: 'Continue' }).click(); // past the recovery codes
    return key;
  }
  if (/\/sign-in\/two-factor/.test(page.url())) {
    await checkAccessibility(page);
    await page.getByLabel('Enter the code from your authenticator app').fill(totpCode(secret, clockSeconds));
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await checkAccessibility(page);
  return secret;
}

// A practitioner registers themselves and confirms their email address by the emailed link.
async function registerPractitioner(page, name, email, password) {
  await visit(page, '/register');
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Work email address').fill(email);
  await page.getByLabel('Organisation').fill('Northbrook Primary School');
  await page.getByLabel('Job role').fill('Designated safeguarding lead');
  // The area they work in makes them part of its workforce, who may book its courses (Rule TRN-7).
  await page.getByLabel('Which safeguarding partnership’s area do you work in?')
    .selectOption({ label: 'Northbrook Safeguarding Children Partnership' });
  await page.getByLabel('Create a password').fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  assert.equal(await heading(page), 'Check your email');
  await checkAccessibility(page);
  const message = decodeQuotedPrintable(await mail.waitFor((text) => text.includes(email) && text.includes('verify-email')));
  const link = /(\/verify-email\?token=[A-Za-z0-9_-]+)/.exec(message);
  assert.ok(link, `the email holds a link:\n${message}`);
  await visit(page, link[1]);
  await signIn(page, email, { password });
}

// From the course page: "Book a place" (or "Join the waiting list") on the only session, confirmed.
async function bookTheSession(page, courseTitle, buttonName) {
  await page.getByRole('link', { name: 'Training', exact: true }).click();
  await checkAccessibility(page);
  await page.getByRole('link', { name: courseTitle }).click();
  await checkAccessibility(page);
  await page.getByRole('button', { name: new RegExp(`^${buttonName}`) }).click();
  await checkAccessibility(page);
  assert.match(await page.locator('main .govuk-inset-text').innerText(), /You are booking a place for yourself/);
  // Rule TRN-2 and Rule TRN-9: what cancelling late or not coming costs, before booking.
  assert.match(await page.locator('main').innerText(),
    /cancel by the end of Wednesday 11 March 2026\. Cancelling after that, or not attending, costs your organisation £40\.00 for this half-day session\./);
  await page.getByRole('button', { name: buttonName === 'Book a place' ? 'Confirm booking' : 'Join the waiting list' }).click();
  await checkAccessibility(page);
}

test('practitioners book their own places, wait, are promoted, attend and get a verifiable certificate', async () => {
  const courseTitle = 'Learning from case reviews';

  // A trainer writes a course, publishes it and adds an online session with two places.
  const trainerContext = await newBrowserContext(browser);
  const trainer = await trainerContext.newPage();
  const trainerSecret = await signIn(trainer, 'trainer@northbrook.example');
  await trainer.getByRole('link', { name: 'Training', exact: true }).click();
  await checkAccessibility(trainer);
  await trainer.getByRole('button', { name: 'Create a course' }).click();
  await checkAccessibility(trainer);
  await trainer.getByRole('button', { name: 'Save course' }).click();
  assert.match(await trainer.locator('.govuk-error-summary').innerText(), /There is a problem/);
  await checkAccessibility(trainer);
  await trainer.getByLabel('Title').fill(courseTitle);
  await trainer.getByLabel('Summary').fill('What reviews in Northbrook have taught about working together.');
  await trainer.getByLabel('Who it is for').fill('Everyone who works with children and families.');
  await trainer.getByLabel('What people will learn').fill('* what a rapid review decides\n* how learning is shared\n');
  await trainer.getByLabel('Well-being note').fill('The cases can be upsetting. Step away whenever you need to.');
  await trainer.getByLabel('Reading to do before attending').fill('Read the summary of one published review.');
  await trainer.getByLabel('Course page').fill('## Why reviews matter\n\nThey change practice.');
  await trainer.getByRole('button', { name: 'Save course' }).click();
  await checkAccessibility(trainer);
  await trainer.getByRole('button', { name: 'Publish course' }).click();
  assert.match(await trainer.locator('.govuk-notification-banner').first().innerText(), /Course published/);
  await checkAccessibility(trainer);
  await trainer.getByRole('button', { name: 'Add a session' }).click();
  await checkAccessibility(trainer);
  await trainer.getByRole('button', { name: 'Add session' }).click();
  assert.match(await trainer.locator('.govuk-error-summary').innerText(), /There is a problem/);
  await checkAccessibility(trainer);
  await trainer.getByLabel('Day').fill('16');
  await trainer.getByLabel('Month').fill('3');
  await trainer.getByLabel('Year').fill('2026');
  await trainer.getByLabel('Start time').fill('09:30');
  await trainer.getByLabel('End time').fill('12:00');
  await trainer.getByRole('radio', { name: 'Online' }).check();
  await trainer.getByLabel('Joining link (online sessions)').fill(joiningLink);
  await trainer.getByLabel('Number of places').fill('2');
  await trainer.getByRole('button', { name: 'Add session' }).click();
  assert.equal(await heading(trainer), 'Monday 16 March 2026');
  await checkAccessibility(trainer);

  // The demonstration practitioner reads the course and books a place for themselves.
  const learnerContext = await newBrowserContext(browser, { acceptDownloads: true });
  const learner = await learnerContext.newPage();
  await signIn(learner, 'learner@northbrook.example');
  await learner.getByRole('link', { name: 'Training', exact: true }).click();
  await learner.getByRole('link', { name: courseTitle }).click();
  assert.equal(await heading(learner), courseTitle);
  assert.equal(await learner.locator(`a[href="${joiningLink}"]`).count(), 0, 'the joining link is for booked people');
  await bookTheSession(learner, courseTitle, 'Book a place');
  assert.equal(await learner.locator('.govuk-panel__title').innerText(), 'Place booked');
  assert.equal(await learner.locator(`a[href="${joiningLink}"]`).count(), 1, 'a booked person sees the joining link');
  await learner.getByRole('link', { name: 'My training' }).first().click();
  await checkAccessibility(learner);
  const [download] = await Promise.all([
    learner.waitForEvent('download'),
    learner.getByRole('link', { name: new RegExp(`Download calendar file.*${courseTitle}`) }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.ics$/);
  const ics = await readFile(await download.path(), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR/);
  assert.match(ics, /DTSTART:20260316T093000Z/);

  // A second practitioner registers and fills the last place; a third joins the waiting list.
  const secondContext = await newBrowserContext(browser);
  const second = await secondContext.newPage();
  await registerPractitioner(second, 'Priya Shah', 'priya.shah@northbrook-primary.example', 'copper kettle meadow path');
  await bookTheSession(second, courseTitle, 'Book a place');
  assert.equal(await second.locator('.govuk-panel__title').innerText(), 'Place booked');

  const thirdContext = await newBrowserContext(browser);
  const third = await thirdContext.newPage();
  await registerPractitioner(third, 'Tom Eddo', 'tom.eddo@northbrook-primary.example', 'willow stone harbour lamp');
  await bookTheSession(third, courseTitle, 'Join the waiting list');
  assert.equal(await third.locator('.govuk-panel__title').innerText(), 'You are on the waiting list');
  assert.equal(await third.locator('.govuk-panel__body strong').innerText(), '1');

  // The second practitioner cancels; the waiting one is booked in their place.
  await second.getByRole('link', { name: 'My training' }).first().click();
  await checkAccessibility(second);
  await second.getByRole('link', { name: /View or cancel/ }).click();
  await checkAccessibility(second);
  await second.getByRole('button', { name: 'Cancel booking' }).click();
  assert.equal(await heading(second), 'Are you sure you want to cancel your booking?');
  await checkAccessibility(second);
  await second.getByRole('button', { name: 'Cancel booking' }).click();
  assert.match(await second.locator('.govuk-notification-banner').innerText(), /Your booking is cancelled/);
  await checkAccessibility(second);
  await visit(third, '/my-training');
  assert.equal(await third.locator(`a[href="${joiningLink}"]`).count(), 1, 'promoted from the waiting list');

  // During the session the trainer shows the attendance code and the practitioner signs in with
  // it on their booking's page (Rule TRN-8).
  await setClock('2026-03-16T10:05:00Z');
  await signIn(trainer, 'trainer@northbrook.example', { secret: trainerSecret });
  await trainer.getByRole('link', { name: 'Training sessions' }).click();
  await trainer.getByRole('link', { name: 'Monday 16 March 2026' }).click();
  await trainer.getByRole('button', { name: 'Mark the register' }).click();
  await checkAccessibility(trainer);
  await trainer.getByRole('button', { name: 'Show the attendance code' }).click();
  await checkAccessibility(trainer);
  const attendanceCode = (await trainer.locator('#attendance-code').innerText()).trim();
  assert.match(attendanceCode, /^[A-Z0-9]{6}$/);
  await signIn(learner, 'learner@northbrook.example');
  await visit(learner, '/my-training');
  await learner.getByRole('link', { name: new RegExp(`View or cancel.*${courseTitle}`) }).click();
  await checkAccessibility(learner);
  await learner.getByLabel('Attendance code').fill('K7');
  await learner.getByRole('button', { name: 'Sign in to the session' }).click();
  assert.match(await learner.locator('.govuk-error-summary').innerText(), /like K7MQ4R/);
  await checkAccessibility(learner);
  await learner.getByLabel('Attendance code').fill(attendanceCode.toLowerCase());
  await learner.getByRole('button', { name: 'Sign in to the session' }).click();
  assert.match(await learner.locator('.govuk-notification-banner').innerText(), /You are signed in to the session/);
  await checkAccessibility(learner);
  await visit(trainer, trainer.url().replace(server.url, '').replace(/#.*$/, ''));
  assert.match(await trainer.getByRole('group', { name: /Demonstration Practitioner/ }).innerText(),
    /Signed in with the code at 16 March 2026 at 10:05am/);

  // After the session the trainer marks the register (signing in again: the sessions have expired).
  // "Attended" is chosen already for whoever signed in with the code.
  await setClock('2026-03-16T13:00:00Z');
  await signIn(trainer, 'trainer@northbrook.example', { secret: trainerSecret });
  await trainer.getByRole('link', { name: 'Training sessions' }).click();
  await checkAccessibility(trainer);
  await trainer.getByRole('link', { name: 'Monday 16 March 2026' }).click();
  await checkAccessibility(trainer);
  await trainer.getByRole('button', { name: 'Mark the register' }).click();
  await checkAccessibility(trainer);
  assert.equal(await trainer.getByRole('group', { name: /Demonstration Practitioner/ }).getByLabel('Attended', { exact: true }).isChecked(), true);
  await trainer.getByRole('group', { name: /Tom Eddo/ }).getByLabel('Did not attend').check();
  await trainer.getByRole('button', { name: 'Save register' }).click();
  assert.match(await trainer.locator('.govuk-notification-banner').innerText(), /Register saved/);
  await checkAccessibility(trainer);

  // The practitioner gives feedback and downloads the certificate.
  await signIn(learner, 'learner@northbrook.example');
  await visit(learner, '/my-training');
  await learner.getByRole('link', { name: new RegExp(`Give feedback.*${courseTitle}`) }).click();
  await checkAccessibility(learner);
  await learner.getByRole('button', { name: 'Send feedback' }).click();
  assert.match(await learner.locator('.govuk-error-summary').innerText(), /There is a problem/);
  await checkAccessibility(learner);
  await learner.getByLabel('Very useful', { exact: true }).check();
  await learner.getByLabel('What will you do differently').fill('Ask for the chronology sooner.');
  await learner.getByRole('button', { name: 'Send feedback' }).click();
  await checkAccessibility(learner);
  const [certificate] = await Promise.all([
    learner.waitForEvent('download'),
    learner.getByRole('link', { name: new RegExp(`Download certificate.*${courseTitle}`) }).click(),
  ]);
  assert.match(await readFile(await certificate.path(), 'latin1'), /^%PDF-/);

  // The trainer reads the feedback, which never names who gave it, and a booking's history.
  const sessionPath = new URL(trainer.url()).pathname;
  await visit(trainer, `${sessionPath}/evaluations`);
  assert.equal(await heading(trainer), 'Feedback on the session');
  assert.match(await trainer.locator('main').innerText(), /Ask for the chronology sooner\./);
  assert.doesNotMatch(await trainer.locator('main').innerText(), /Demonstration Practitioner/);
  await visit(trainer, `${sessionPath}/register`);
  await trainer.getByRole('link', { name: 'Tom Eddo' }).click();
  await checkAccessibility(trainer);
  assert.equal(await heading(trainer), 'Booking history');
  assert.match(await trainer.locator('main tbody').innerText(), /On the waiting list[\s\S]*Booked[\s\S]*Did not attend/);
  const code = (await learner.locator('tr', { hasText: courseTitle }).locator('.cr-certificate-code').innerText()).trim();

  // The no-show is on the charges report for invoicing (Rule TRN-9); a wrong date is named.
  await trainer.getByRole('link', { name: 'Training sessions' }).click();
  await trainer.getByRole('button', { name: 'Charges for late cancellations and no-shows' }).click();
  await checkAccessibility(trainer);
  assert.match(await trainer.locator('main table').nth(1).innerText(), /Tom Eddo[\s\S]*Did not attend[\s\S]*£40\.00/);
  await trainer.locator('#other-dates summary').click();
  await trainer.locator('#from-day').fill('31');
  await trainer.locator('#from-month').fill('2');
  await trainer.getByRole('button', { name: 'Show these dates' }).click();
  assert.match(await trainer.locator('.govuk-error-summary').innerText(), /Start date must be a real date/);
  await checkAccessibility(trainer);

  // Anyone checks the code, without signing in.
  const publicContext = await newBrowserContext(browser);
  const visitor = await publicContext.newPage();
  await visit(visitor, '/certificates/verify');
  await visitor.getByLabel('Verification code').fill('AAAA-CCCC-DDDD');
  await visitor.getByRole('button', { name: 'Check certificate' }).click();
  assert.equal(await heading(visitor), 'We could not find a certificate with that code');
  await checkAccessibility(visitor);
  await visitor.getByLabel('Verification code').fill(code);
  await visitor.getByRole('button', { name: 'Check certificate' }).click();
  assert.equal(await visitor.locator('.govuk-panel__title').innerText(), 'This certificate is valid');
  assert.match(await visitor.locator('main .govuk-summary-list').innerText(), /Demonstration Practitioner/);
  await checkAccessibility(visitor);

  for (const context of [trainerContext, learnerContext, secondContext, thirdContext, publicContext]) await context.close();
});
