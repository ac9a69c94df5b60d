// The case journeys in a real browser, with axe on every page, the server's clock fixed at Monday
// 2 March 2026 (a clock file): a notifier records a notification through every question page to
// "Check your answers" and the confirmation; the manager, with JavaScript off, records it sent,
// asks the agencies for their summaries, adds an agency to the case and asks it too; the police
// contributor, seeing who the child is while the request is open, saves a draft and submits; the
// manager completes the rapid review record; each statutory partner's signatory reads it and signs
// it off with their authenticator app; the manager submits it, giving the reason to go without
// social care's response; the National Panel, shown the partnership's recommendation, is refused a
// decision that contradicts itself and then decides; the Case Review Committee's dashboard shows
// the case's new stage.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';

import { checkAccessibility, launchBrowser, newBrowserContext, startServer } from './support/server.mjs';
import { totpCode } from './support/totp.mjs';

const demonstrationPassword = 'casereview demonstration';
const now = Date.parse('2026-03-02T09:00:00Z') / 1000;
let clockFolder;
let server;
let browser;

before(async () => {
  clockFolder = await mkdtemp(path.join(os.tmpdir(), 'casereview-clock-'));
  const clockFile = path.join(clockFolder, 'clock');
  await writeFile(clockFile, '2026-03-02T09:00:00Z\n');
  server = await startServer({ extraArguments: ['--clock-file', clockFile] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (clockFolder) await rm(clockFolder, { recursive: true, force: true });
});

// A page of its own (its own cookies) signed in as `email`, the authenticator app set up.
async function signedIn(email, { javaScriptEnabled = true } = {}) {
  const context = await newBrowserContext(browser, { javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(demonstrationPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const secret = (await page.locator('.cr-secret').innerText()).replace(/\s/g, '');
  await page.getByLabel('Code from your authenticator app').fill(totpCode(secret, now));
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  return { context, page, secret };
}

async function heading(page) {
  return (await page.locator('main h1').innerText()).trim();
}

async function fillDate(page, name, day, month, year) {
  await page.locator(`[id="${name}-day"]`).fill(day);
  await page.locator(`[id="${name}-month"]`).fill(month);
  await page.locator(`[id="${name}-year"]`).fill(year);
}

async function continueTo(page, expectedHeading) {
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  assert.equal(await heading(page), expectedHeading);
  await checkAccessibility(page);
}

// One journey, one test: each step below is a subtest that needs the case the steps before it
// made, so they live inside a single test that owns that state, and no test of this file depends
// on another having run first.
test('a case goes from notification through the rapid review to the Panel decision', async (t) => {
  let casePath;
  let reference;
  // The manager's browser (JavaScript off), kept signed in from one step to the next: a second
  // sign-in would need a new authenticator code, and the clock stands still.
  let manager;
  // A step runs only when every step before it passed; otherwise it is reported as skipped.
  let earlierStepFailed = false;
  async function step(name, body) {
    if (earlierStepFailed) {
      await t.test(name, { skip: 'an earlier step failed' }, () => {});
      return;
    }
    await t.test(name, async () => {
      try {
        await body();
      } catch (error) {
        earlierStepFailed = true;
        throw error;
      }
    });
  }

  await step('a notifier records a notification through every question page', async () => {
    const { context, page } = await signedIn('notifier@northbrook.example');
    // A notifier lands on the dashboard after signing in, not on the account page.
    assert.equal(await heading(page), 'Case Review Committee dashboard');
    await page.getByRole('link', { name: 'Cases' }).click();
    assert.equal(await heading(page), 'Case Review Committee dashboard');
    await checkAccessibility(page);
    await page.getByRole('button', { name: 'Notify a serious incident' }).click();
    assert.equal(await heading(page), 'When did the local authority become aware of the incident?');
    await checkAccessibility(page);

    // An unanswered question is refused with the error summary.
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    assert.match(await page.locator('.govuk-error-summary').innerText(), /There is a problem/);
    await checkAccessibility(page);

    await fillDate(page, 'aware_on', '26', '2', '2026');
    await continueTo(page, 'When did the incident happen?');
    await fillDate(page, 'incident_on', '25', '2', '2026');
    await continueTo(page, 'What happened to the child?');
    await page.getByLabel('The child was seriously harmed').check();
    await continueTo(page, 'Looked after children and care leavers');
    await page.getByRole('group', { name: 'Was the child looked after by a local authority?' }).getByLabel('No').check();
    await page.getByRole('group', { name: 'Was the child a care leaver?' }).getByLabel('No').check();
    await continueTo(page, 'Is abuse or neglect known or suspected?');
    await page.getByLabel('Suspected', { exact: true }).check();
    await page.getByLabel('Physical').check();
    await continueTo(page, 'The children');

    // A second child added, then removed again.
    await page.getByRole('button', { name: 'Add another child' }).click();
    assert.equal(await page.locator('main fieldset legend.govuk-fieldset__legend--m').count(), 2);
    await checkAccessibility(page);
    await page.getByRole('button', { name: 'Remove Child B' }).click();
    assert.equal(await page.locator('main fieldset legend.govuk-fieldset__legend--m').count(), 1);
    await page.getByLabel('Given name').fill('Ada');
    await page.getByLabel('Family name').fill('Testchild');
    await fillDate(page, 'children-0-date_of_birth', '4', '5', '2019');
    await page.getByLabel('Female').check();
    await continueTo(page, 'Which agencies were involved with the child or family?');
    await page.getByLabel('Northbrook Police').check();
    await continueTo(page, 'Are the police involved?');
    await page.getByLabel('Yes').check();
    await continueTo(page, 'Case outline');
    await page.getByLabel('Case outline').fill('Child A was taken to hospital with unexplained injuries.');
    await continueTo(page, 'Check your answers before recording the notification');
    assert.match(await page.locator('main').innerText(), /Notify the National Panel by 5 March 2026/);
    await checkAccessibility(page);

    // Every question is a page of its own (post/redirect/get): the browser's Back button returns
    // to the last question with its answer, without asking to resend a form, and so does the
    // page's own Back link.
    await page.goBack();
    assert.equal(await heading(page), 'Case outline');
    assert.match(await page.getByLabel('Case outline').inputValue(), /unexplained injuries/);
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    assert.equal(await heading(page), 'Are the police involved?');
    await checkAccessibility(page);
    assert.ok(await page.getByLabel('Yes').isChecked(), 'the answer is kept');
    await continueTo(page, 'Case outline');
    await continueTo(page, 'Check your answers before recording the notification');

    // Changing an answer (a link) comes back to "Check your answers".
    await page.getByRole('link', { name: 'Change Police involved' }).click();
    assert.equal(await heading(page), 'Are the police involved?');
    await page.getByLabel('No').check();
    await continueTo(page, 'Check your answers before recording the notification');

    await page.getByRole('button', { name: 'Record notification' }).click();
    assert.equal((await page.locator('.govuk-panel__title').innerText()).trim(), 'Notification recorded');
    await checkAccessibility(page);
    reference = (await page.locator('.govuk-panel strong').innerText()).trim();
    assert.match(reference, /^NBP-2026-\d{3}$/);
    casePath = await page.getByRole('button', { name: 'Go to the case' }).getAttribute('href');
    await page.getByRole('button', { name: 'Go to the case' }).click();
    assert.equal(await heading(page), reference);
    assert.doesNotMatch(await page.locator('main').innerText(), /Testchild/);
    await checkAccessibility(page);
    await context.close();
  });

  await step('the manager, without JavaScript, records the notification sent and asks the agencies', async () => {
    assert.ok(casePath, 'the notification was recorded');
    const { context, page } = await signedIn('manager@northbrook.example', { javaScriptEnabled: false });
    await page.goto(`${server.url}${casePath}`);
    await checkAccessibility(page);
    await page.getByRole('link', { name: "Show children's names" }).click();
    assert.match(await page.locator('main').innerText(), /Ada Testchild/);
    await fillDate(page, 'sent_on', '2', '3', '2026');
    await page.getByRole('button', { name: 'Record notification sent' }).click();
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /Notification to the National Panel recorded/);
    await checkAccessibility(page);
    await page.getByRole('button', { name: 'Lead this rapid review' }).click();
    await page.getByRole('button', { name: 'Request responses' }).click();
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /Agency responses requested/);
    assert.match(await page.getByRole('table', { name: 'Agency responses' }).innerText(), /Northbrook Police\s+.*Not started/);
    await checkAccessibility(page);

    // An agency not ticked at notification joins the case from its own page, and is asked too.
    await page.getByRole('link', { name: 'Add an agency to the case' }).click();
    assert.equal(await heading(page), 'Add an agency to the case');
    await checkAccessibility(page);
    await page.getByRole('button', { name: 'Add agency' }).click();
    assert.match(await page.locator('.govuk-error-summary').innerText(), /There is a problem/);
    await checkAccessibility(page);
    await page.getByLabel("Northbrook Children's Social Care").check();
    await page.getByRole('button', { name: 'Add agency' }).click();
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /Agency added to the case/);
    await page.getByLabel("Northbrook Children's Social Care").check();
    await page.getByRole('button', { name: 'Request responses' }).click();
    assert.match(await page.getByRole('table', { name: 'Agency responses' }).innerText(), /Northbrook Children's Social Care\s+.*Not started/);
    await checkAccessibility(page);
    manager = { context, page };
  });

  await step('the police contributor saves a draft and submits the summary', async () => {
    const { context, page } = await signedIn('contributor@northbrook.example');
    await page.getByRole('link', { name: 'Your requests' }).click();
    await checkAccessibility(page);
    await page.getByRole('link', { name: reference }).click();
    // Rule NTK-1: while the request is open, the agency sees who the child is, to search its records.
    assert.match(await page.getByRole('table', { name: 'The children' }).innerText(), /Child A\s+Ada Testchild\s+4 May 2019/);
    await checkAccessibility(page);
    await page.getByLabel("Your agency's summary of its involvement").fill('Officers attended the home twice.');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /Draft saved/);
    await checkAccessibility(page);
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /Response submitted/);
    await checkAccessibility(page);
    await page.getByRole('link', { name: reference }).click();
    assert.doesNotMatch(await page.locator('main').innerText(), /Testchild/);
    await context.close();
  });

  await step('the manager completes the rapid review record', async () => {
    assert.ok(manager, 'the manager signed in');
    const { context, page } = manager;
    await page.goto(`${server.url}${casePath}`);
    assert.match(await page.locator('main').innerText(), /Officers attended the home twice\./);
    await page.getByRole('button', { name: 'Rapid review record, sign-off and submission' }).click();
    assert.equal(await heading(page), 'Rapid review');
    await checkAccessibility(page);

    // Submitting before anyone signed is refused with a clear message.
    await fillDate(page, 'submitted_on', '2', '3', '2026');
    await page.getByRole('button', { name: 'Submit to the National Panel' }).click();
    assert.match(await page.locator('.govuk-error-summary').innerText(), /There is a problem/);
    await checkAccessibility(page);

    const texts = {
      'Facts established': 'The facts.',
      'Immediate action taken to keep children safe': 'A safety plan.',
      'Key practice episodes': 'Two episodes.',
      'What could be improved': 'Information sharing.',
      'Race, other inequalities and disability': 'Considered throughout.',
    };
    for (const [section, text] of Object.entries(texts)) {
      await page.getByRole('link', { name: section }).click();
      await checkAccessibility(page);
      await page.getByLabel(section).fill(text);
      await page.getByLabel("Yes, I've completed this section").check();
      await page.getByRole('button', { name: 'Save and return' }).click();
    }
    await page.getByRole('link', { name: 'Criteria for a local or national review' }).click();
    await checkAccessibility(page);
    for (const group of await page.locator('main .govuk-radios--inline').all()) await group.getByLabel('No', { exact: true }).check();
    for (const rationale of await page.getByLabel('Rationale', { exact: true }).all()) await rationale.fill('Considered by the partners.');
    await page.getByLabel("Yes, I've completed this section").check();
    await page.getByRole('button', { name: 'Save and return' }).click();
    await page.getByRole('link', { name: 'Recommendation' }).click();
    await checkAccessibility(page);
    await page.getByLabel('Learning review', { exact: false }).first().check();
    await page.getByLabel('Rationale for the recommendation').fill('There is learning about information sharing.');
    await page.getByLabel("Yes, I've completed this section").check();
    await page.getByRole('button', { name: 'Save and return' }).click();
    assert.equal(await page.locator('.govuk-task-list .govuk-task-list__status').filter({ hasText: 'Completed' }).count(), 7);
    await checkAccessibility(page);

    // Rule SIGN-1: the manager no longer signs for the partners; the page says who is still to sign.
    assert.match(await page.locator('main').innerText(), /Still to sign: Local authority, Police and Health\./);
    assert.equal(await page.getByRole('button', { name: 'Record sign-off' }).count(), 0);
  });

  // Rule SIGN-1: each partner's signatory signs in with their authenticator app, reads the record
  // as it stands and signs it off with a newer code from the app (the clock stands still, so the
  // next time step's code, which the server accepts as current).
  for (const [email, partner] of [
    ['signatory-la@northbrook.example', 'Local authority'],
    ['signatory-police@northbrook.example', 'Police'],
    ['signatory-icb@northbrook.example', 'Health'],
  ]) {
    await step(`the ${partner.toLowerCase()} signatory reads the record and signs it off`, async () => {
      const { context, page, secret } = await signedIn(email);
      await page.getByRole('link', { name: 'Rapid reviews to sign' }).click();
      assert.equal(await heading(page), 'Rapid reviews to sign');
      await checkAccessibility(page);
      await page.getByRole('link', { name: reference }).click();
      assert.equal(await heading(page), 'Rapid review record');
      const record = await page.locator('main').innerText();
      assert.match(record, /There is learning about information sharing\./);
      assert.match(record, /Last changed 2 March 2026 at/);
      assert.doesNotMatch(record, /Testchild/);
      await checkAccessibility(page);
      // A wrong code is refused with the error summary.
      await page.getByLabel('Code from your authenticator app').fill('000000');
      await page.getByRole('button', { name: 'Sign off' }).click();
      assert.match(await page.locator('.govuk-error-summary').innerText(), /code is not right/);
      await checkAccessibility(page);
      await page.getByLabel('Code from your authenticator app').fill(totpCode(secret, now + 30));
      await page.getByRole('button', { name: 'Sign off' }).click();
      assert.match(await page.locator('.govuk-notification-banner').innerText(), /Sign-off recorded/);
      assert.match(await page.getByRole('table').innerText(), new RegExp(`${reference}[\\s\\S]*Signed`));
      await checkAccessibility(page);
      await context.close();
    });
  }

  await step('the manager submits the signed rapid review to the National Panel', async () => {
    assert.ok(manager, 'the manager signed in');
    const { context, page } = manager;
    await page.goto(`${server.url}${casePath}`);
    await page.getByRole('button', { name: 'Rapid review record, sign-off and submission' }).click();
    assert.match(await page.locator('main').innerText(), /have all signed it off/);
    await checkAccessibility(page);
    // Social care has not responded: submitting without saying why is refused.
    assert.match(await page.locator('main').innerText(), /These agencies have not responded:\s+Northbrook Children's Social Care/);
    await fillDate(page, 'submitted_on', '2', '3', '2026');
    await page.getByRole('button', { name: 'Submit to the National Panel' }).click();
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Northbrook Children's Social Care/);
    await checkAccessibility(page);
    await page.getByLabel('Why submit the rapid review without their responses?').fill('Social care will add its summary for the Panel.');
    await fillDate(page, 'submitted_on', '2', '3', '2026');
    await page.getByRole('button', { name: 'Submit to the National Panel' }).click();
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /submitted to the National Panel/);
    assert.match(await page.getByRole('table', { name: 'Timeline' }).innerText(), /Social care will add its summary for the Panel\./);
    await checkAccessibility(page);
    await context.close();
  });

  await step('the National Panel decides and the committee sees the case move on', async () => {
    const { context, page } = await signedIn('panel@national-panel.example');
    await page.getByRole('link', { name: 'Rapid reviews' }).click();
    await checkAccessibility(page);
    await page.getByRole('link', { name: reference }).click();
    assert.doesNotMatch(await page.locator('main').innerText(), /Testchild/);
    await checkAccessibility(page);
    await page.getByRole('button', { name: 'Record decision' }).click();
    assert.match(await page.locator('.govuk-error-summary').innerText(), /There is a problem/);
    await checkAccessibility(page);
    // The partnership's recommendation is shown, and disagreeing with it while deciding it is refused.
    assert.match(await page.locator('main').innerText(), /Partnership's recommendation\s+Learning review/);
    await page.getByLabel('Disagrees', { exact: true }).check();
    await page.getByRole('group', { name: 'What did the Panel decide?' }).getByLabel(/Learning review/).check();
    await page.getByLabel('Reason').fill('Agreed: local learning.');
    await fillDate(page, 'decided_on', '2', '3', '2026');
    await page.getByRole('button', { name: 'Record decision' }).click();
    assert.match(await page.locator('.govuk-error-summary').innerText(), /the outcome the partnership recommended|the one the partnership recommended/);
    await checkAccessibility(page);
    await page.getByLabel('Agrees', { exact: true }).check();
    await page.getByRole('group', { name: 'What did the Panel decide?' }).getByLabel(/Learning review/).check();
    await page.getByLabel('Reason').fill('Agreed: local learning.');
    await fillDate(page, 'decided_on', '2', '3', '2026');
    await page.getByRole('button', { name: 'Record decision' }).click();
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /The decision is recorded/);
    await checkAccessibility(page);
    await context.close();

    const committee = await signedIn('committee@northbrook.example');
    await committee.page.goto(`${server.url}/dashboard?stage=review_to_be_commissioned`);
    const row = committee.page.locator('main table tbody tr').filter({ hasText: reference });
    assert.equal(await row.count(), 1);
    assert.match(await row.innerText(), /Review to be commissioned/);
    await checkAccessibility(committee.page);
    await committee.context.close();
  });
});
