// The action plans' journey in a real browser with JavaScript off, sharing one server, with axe on
// every page (issue 13): the manager makes an action for the hospital from the CSPR's
// recommendation (Rule ACT-1); the hospital's strategic lead finds it under "My actions", is told
// what is missing from an empty update, adds one, uploads a PDF as evidence of completion and
// proposes the action for sign-off, and asks for a new due date for the red action (Rule ACT-4);
// the manager agrees the date, is refused closing without evidence of impact, plans an assurance
// check and closes the action, which then reads blue (Rule ACT-2, Rule ACT-3); on a case closed
// without a review, the manager records the rapid review's learning as a recommendation and makes
// its action (Rule ACT-1); the trainer links a course to the hospital's training action, whose
// page then counts the course's training as evidence; a practitioner who registered themselves
// says which agency they work for, so that such actions count them.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { errorMessages, fillDate, heading, summaryValue } from './support/govuk_page.mjs';
import { demonstrationActions, signedInPage } from './support/main_pages.mjs';
import { checkAccessibility, launchBrowser, startServer } from './support/server.mjs';

let server;
let browser;
const journey = {};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const options = { javaScriptEnabled: false };
  journey.manager = await signedInPage(browser, server.url, 'manager@northbrook.example', options);
  journey.lead = await signedInPage(browser, server.url, 'lead@northbrook.example', options);
});

after(async () => {
  await journey.manager?.context.close();
  await journey.lead?.context.close();
  await browser?.close();
  await server?.stop();
});

// A date `days` from today as the date inputs take it: [day, month, year].
function daysFromNow(days) {
  const date = new Date(Date.now() + days * 86_400_000);
  return [String(date.getUTCDate()), String(date.getUTCMonth() + 1), String(date.getUTCFullYear())];
}

test('the manager makes an action for the hospital from the recommendation', async () => {
  const { page } = journey.manager;
  journey.actions = await demonstrationActions(page, server.url);
  assert.equal(await heading(page), 'Actions');
  await checkAccessibility(page);
  await page.locator('summary', { hasText: 'Filter the actions' }).click();
  await page.getByLabel('RAG rating').selectOption('red');
  await page.getByRole('button', { name: 'Apply the filters' }).click();
  assert.equal(await page.locator('main table tbody tr').count(), 1);
  assert.match(await page.locator('main table tbody').innerText(), /Red/);

  await page.goto(server.url + journey.actions.green);
  await checkAccessibility(page);
  await page.getByRole('link', { name: 'Every action for this recommendation, and make more' }).click();
  assert.match(await heading(page), /^Make actions for recommendation 1/);
  await checkAccessibility(page);
  await page.getByRole('button', { name: 'Make the actions' }).click();
  assert.ok((await errorMessages(page)).includes('Select the agencies that will take the action'));
  await checkAccessibility(page);
  await page.getByLabel('Northbrook Hospitals NHS Trust').check();
  await page.getByLabel('What the agency will do').fill('Brief ward managers on sharing injuries');
  await page.getByLabel('Policy rewritten or reissued').check();
  await page.getByLabel('How success will be measured').fill('Every ward manager briefed');
  await fillDate(page, 'start_on', daysFromNow(0));
  await fillDate(page, 'due_on', daysFromNow(60));
  await page.getByRole('button', { name: 'Make the actions' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /their owners told/);
  assert.match(await page.locator('main table').innerText(), /Brief ward managers on sharing injuries/);
  await checkAccessibility(page);
});

test('the lead updates the new action, adds evidence and proposes it for sign-off', async () => {
  const { page } = journey.lead;
  await page.goto(`${server.url}/actions`);
  assert.equal(await heading(page), 'My actions');
  await checkAccessibility(page);
  await page.getByRole('link', { name: 'Brief ward managers on sharing injuries' }).click();
  journey.newAction = new URL(page.url()).pathname;
  assert.equal(await summaryValue(page, 'Status'), 'Not started');
  await checkAccessibility(page);

  await page.getByRole('button', { name: 'Add a progress update' }).click();
  await page.getByRole('button', { name: 'Add the update' }).click();
  assert.deepEqual(await errorMessages(page), ['Enter the progress update']);
  await checkAccessibility(page);
  await page.getByLabel('Progress update').fill('Briefing notes written');
  await page.getByRole('button', { name: 'Add the update' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /Progress update added/);
  assert.equal(await summaryValue(page, 'Status'), 'In progress');

  await page.getByRole('button', { name: 'Add evidence' }).click();
  await checkAccessibility(page);
  await page.getByLabel('Completion').check();
  await page.getByLabel('The evidence').fill('The briefing notes');
  await page.getByLabel('A file (optional)').setInputFiles({
    name: 'briefing.png', mimeType: 'image/png', buffer: Buffer.from('%PDF-1.4\n% a PDF named as a picture\n'),
  });
  await page.getByRole('button', { name: 'Add the evidence' }).click();
  assert.match((await errorMessages(page))[0], /is a PDF but its name ends \.png/);
  await checkAccessibility(page);
  await page.getByLabel('Completion').check();
  await page.getByLabel('A file (optional)').setInputFiles({
    name: 'briefing.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% briefing\n'),
  });
  await page.getByRole('button', { name: 'Add the evidence' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /Evidence added/);
  assert.match(await page.locator('main').innerText(), /Download briefing\.pdf/);
  await page.getByRole('button', { name: 'Propose for sign-off' }).click();
  assert.equal(await summaryValue(page, 'Status'), 'Awaiting sign-off');
  await checkAccessibility(page);
});

test('the lead asks for a new due date and the manager agrees it', async () => {
  const lead = journey.lead.page;
  await lead.goto(server.url + journey.actions.red);
  await lead.getByRole('link', { name: 'Ask for a new due date' }).click();
  await checkAccessibility(lead);
  await fillDate(lead, 'due_on', daysFromNow(30));
  await lead.getByRole('button', { name: 'Ask the committee' }).click();
  assert.deepEqual(await errorMessages(lead), ['Enter why the due date should change']);
  await fillDate(lead, 'due_on', daysFromNow(30));
  await lead.getByLabel('Why the date should change').fill('The policy team is consulting staff');
  await lead.getByRole('button', { name: 'Ask the committee' }).click();
  assert.match(await summaryValue(lead, 'Due date'), /waits for the committee/);

  const manager = journey.manager.page;
  await manager.goto(server.url + journey.actions.red);
  await checkAccessibility(manager);
  await manager.getByRole('button', { name: /^Agree to / }).click();
  assert.match(await manager.locator('.govuk-notification-banner').innerText(), /answer is recorded/);
  assert.doesNotMatch(await summaryValue(manager, 'Due date'), /waits/);
  assert.match(await manager.locator('main').innerText(), /The policy team is consulting staff/);
  assert.equal(await summaryValue(manager, 'RAG rating').then((text) => text.split(' ')[0]), 'Red',
    'never updated for 90 days: red still, though no longer overdue');
});

test('the manager closes the action once an assurance check is planned', async () => {
  const { page } = journey.manager;
  await page.goto(server.url + journey.newAction);
  await page.getByRole('button', { name: 'Sign off or return' }).click();
  await page.getByLabel('Sign off and close the action').check();
  await page.getByRole('button', { name: 'Save the decision' }).click();
  await page.locator('.govuk-error-summary').waitFor();
  assert.match(await page.locator('.govuk-error-summary').innerText(), /plan an assurance check before closing/);
  await checkAccessibility(page);

  await page.goto(server.url + journey.newAction);
  await page.getByRole('link', { name: 'Plan an assurance check' }).click();
  await page.getByLabel('A case-file sample').check();
  await page.getByLabel('What the check will look at').fill('Ten emergency department records');
  await fillDate(page, 'due_on', daysFromNow(90));
  await page.getByRole('button', { name: 'Plan the check' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /Assurance check planned/);
  await page.getByRole('button', { name: 'Sign off or return' }).click();
  await page.getByLabel('Sign off and close the action').check();
  await page.getByRole('button', { name: 'Save the decision' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /The action is closed/);
  assert.equal(await summaryValue(page, 'Status'), 'Closed');
  assert.match(await summaryValue(page, 'RAG rating'), /^Blue: closed/);
  await checkAccessibility(page);
});

test('the manager records the rapid review\'s learning on a case closed without a review and makes its action', async () => {
  const { page } = journey.manager;
  await page.goto(`${server.url}/dashboard?stage=closed`);
  await page.locator('main a[href^="/cases/"]').first().click();
  await page.getByRole('link', { name: 'Recommendations from the rapid review and their actions' }).click();
  assert.equal(await heading(page), 'Recommendations from the rapid review');
  assert.match(await page.locator('main').innerText(), /Ask how an injury to a child under five happened/);
  await checkAccessibility(page);
  await page.getByRole('button', { name: 'Add a recommendation' }).click();
  await page.getByRole('button', { name: 'Add the recommendation' }).click();
  assert.deepEqual(await errorMessages(page), [
    'Enter the recommendation',
    'Select who the recommendation is for: the partnership, one or more agencies, or both',
  ]);
  await checkAccessibility(page);
  await page.getByLabel('The recommendation').fill('Share the discharge summary with the health visitor');
  await page.getByLabel('Northbrook Hospitals NHS Trust').check();
  await page.getByRole('button', { name: 'Add the recommendation' }).click();
  assert.match(await page.locator('.govuk-notification-banner').innerText(), /Recommendation 2 is added/);
  await page.getByRole('link', { name: 'Actions for Recommendation 2' }).click();
  assert.match(await heading(page), /^Make actions for recommendation 2/);
  await page.getByLabel('Northbrook Hospitals NHS Trust').check();
  await page.getByLabel('What the agency will do').fill('Send every discharge summary to the health visitor');
  await page.getByLabel('Process changed').check();
  await page.getByLabel('How success will be measured').fill('A sample of summaries shows it');
  await fillDate(page, 'start_on', daysFromNow(0));
  await fillDate(page, 'due_on', daysFromNow(90));
  await page.getByRole('button', { name: 'Make the actions' }).click();
  assert.match(await page.locator('main table').innerText(), /Send every discharge summary to the health visitor/);
  await checkAccessibility(page);
});

test('the trainer links the course to the hospital\'s training action, which the committee then reads', async () => {
  const trainer = await signedInPage(browser, server.url, 'trainer@northbrook.example', { javaScriptEnabled: false });
  try {
    const { page } = trainer;
    await page.goto(`${server.url}/courses`);
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    await page.goto(server.url + hrefs.find((href) => /^\/courses\/\d+$/.test(href ?? '')));
    await page.getByRole('link', { name: 'The reviews and actions this course answers' }).click();
    assert.equal(await heading(page), 'The reviews and actions this course answers');
    await checkAccessibility(page);
    const choice = await page.locator('select[name=action_id] option', { hasText: /^Train emergency department staff/ }).first().getAttribute('value');
    await page.getByLabel('Action').selectOption(choice);
    await page.getByRole('button', { name: 'Link the action' }).click();
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /now names this course/);
    assert.match(await page.locator('main table').innerText(), /Train emergency department staff/);
    await checkAccessibility(page);
    const coursePath = new URL(page.url()).pathname;
    await journey.manager.page.goto(server.url + coursePath);
    await journey.manager.page.getByRole('link', { name: /^Train emergency department staff/ }).click();
    const evidence = await journey.manager.page.locator('main').innerText();
    assert.match(evidence, /Training evidence/);
    assert.doesNotMatch(evidence, /This action names no course/);
  } finally {
    await trainer.context.close();
  }
});

test('a practitioner who registered themselves says which agency they work for', async () => {
  const learner = await signedInPage(browser, server.url, 'learner@northbrook.example', { javaScriptEnabled: false });
  try {
    const { page } = learner;
    await page.goto(`${server.url}/account/details`);
    assert.equal(await heading(page), 'Change your details');
    await checkAccessibility(page);
    await page.getByLabel('Your agency in the partnership').selectOption({ label: 'Northbrook Hospitals NHS Trust' });
    await page.getByRole('button', { name: 'Save your details' }).click();
    assert.equal(await summaryValue(page, 'Agency'), 'Northbrook Hospitals NHS Trust');
    await checkAccessibility(page);
  } finally {
    await learner.context.close();
  }
});
