// The identity journey in a real browser, as people would go through it, with axe on every page:
// an administrator signs in and sets up an authenticator app, invites a reviewer, and signs out;
// the reviewer follows the emailed link (delivered over real SMTP to a local sink), sets a
// password, sets up their own authenticator, signs out, and signs in again with a recovery code.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { decodeQuotedPrintable, startMailSink } from './support/mail.mjs';
import { checkAccessibility, launchBrowser, newBrowserContext, startServer } from './support/server.mjs';
import { totpCode } from './support/totp.mjs';

const demonstrationPassword = 'casereview demonstration';
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

async function signInWithPassword(page, email, password) {
  await page.goto(`${server.url}/sign-in`);
  await checkAccessibility(page);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

// On the set-up page: reads the key, enters the current code, and returns the recovery codes.
async function setUpAuthenticator(page) {
  assert.equal(await page.locator('h1').innerText(), 'Set up your authenticator app');
  await checkAccessibility(page);
  const qrCode = page.getByRole('img', { name: 'QR code to scan with your authenticator app' });
  assert.equal(await qrCode.count(), 1, 'the QR code is shown with an accessible name');
  const secret = (await page.locator('.cr-secret').innerText()).replace(/\s/g, '');
  await page.getByLabel('Code from your authenticator app').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Continue' }).click();
  assert.equal(await page.locator('h1').innerText(), 'Your recovery codes');
  await checkAccessibility(page);
  const codes = await page.locator('.cr-recovery-codes li').allInnerTexts();
  assert.equal(codes.length, 10);
  await page.getByRole('button', { name: 'Continue' }).click();
  return codes;
}

async function signOut(page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  assert.equal(await page.locator('h1').innerText(), 'You have signed out');
  await checkAccessibility(page);
  // The session has ended on the server, not only in this browser: its pages now ask to sign in.
  await page.goto(`${server.url}/account`);
  assert.match(page.url(), /\/sign-in\?return-to=/);
}

test('an invited reviewer sets a password and an authenticator app, and signs in again', async () => {
  const context = await newBrowserContext(browser);
  const page = await context.newPage();

  // The administrator's first sign-in asks for an authenticator app.
  await signInWithPassword(page, 'admin@northbrook.example', demonstrationPassword);
  assert.match(page.url(), /\/sign-in\/set-up-authenticator$/);
  await setUpAuthenticator(page);
  assert.match(page.url(), /\/account$/);
  await checkAccessibility(page);

  // Invite a reviewer.
  await page.getByRole('link', { name: 'Users' }).click();
  await checkAccessibility(page);
  await page.goto(`${server.url}/admin/users/invite`);
  await checkAccessibility(page);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  assert.match(await page.locator('.govuk-error-summary').innerText(), /There is a problem/);
  await checkAccessibility(page);
  await page.getByLabel('Full name').fill('Journey test reviewer');
  await page.getByLabel('Email address').fill('journey-reviewer@northbrook.example');
  await page.getByRole('checkbox', { name: 'Reviewer', exact: true }).check();
  await page.getByRole('button', { name: 'Send invitation' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /journey-reviewer@northbrook\.example/);
  await checkAccessibility(page);
  await signOut(page);

  // The invitation arrives by email.
  const message = decodeQuotedPrintable(await mail.waitFor((text) => text.includes('journey-reviewer@northbrook.example')));
  const link = /http:\/\/localhost:\d+(\/accept-invitation\?token=[A-Za-z0-9_-]+)/.exec(message);
  assert.ok(link, `the invitation holds a link:\n${message}`);

  // The reviewer sets a password: a weak one is refused first.
  await page.goto(`${server.url}${link[1]}`);
  await checkAccessibility(page);
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Confirm password').fill('short');
  await page.getByRole('button', { name: 'Set password', exact: true }).click();
  assert.match(await page.locator('.govuk-error-summary').innerText(), /12 characters/);
  await checkAccessibility(page);
  const password = 'lantern orchard cobble river';
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Set password', exact: true }).click();
  await checkAccessibility(page);

  // First sign-in: set up the authenticator app, then sign out.
  await signInWithPassword(page, 'journey-reviewer@northbrook.example', password);
  const recoveryCodes = await setUpAuthenticator(page);
  assert.match(await page.locator('main').innerText(), /journey-reviewer@northbrook\.example/);
  await checkAccessibility(page);
  await signOut(page);

  // Signing in again asks for a code; a wrong one is refused, a recovery code works once.
  await signInWithPassword(page, 'journey-reviewer@northbrook.example', password);
  assert.match(page.url(), /\/sign-in\/two-factor/);
  await checkAccessibility(page);
  await page.getByLabel('Enter the code from your authenticator app').fill('000000');
  await page.getByRole('button', { name: 'Continue' }).click();
  assert.match(await page.locator('.govuk-error-summary').innerText(), /not right/);
  await checkAccessibility(page);
  await page.getByLabel('Enter the code from your authenticator app').fill(recoveryCodes[0]);
  await page.getByRole('button', { name: 'Continue' }).click();
  assert.match(page.url(), /\/account$/);
  await checkAccessibility(page);
  await signOut(page);
  await context.close();
});
