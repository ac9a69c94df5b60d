// The main pages of the service as each demonstration role sees them, for browser tests that look
// at every page in one way (colours in the high-contrast scheme, reflow at large text and on
// narrow screens). signInRoles() signs each role in once (the authenticator app set up at the
// first sign-in, as the demonstration accounts require) and keeps its browser context;
// mainPages() lists the pages to look at, each with the context to open it in and, for a page in
// a particular state (a form with its errors), what to do once it is open.
import assert from 'node:assert/strict';

import { errorMessages } from './govuk_page.mjs';
import { newBrowserContext } from './server.mjs';
import { totpCode } from './totp.mjs';

export const demonstrationPassword = 'casereview demonstration';

// The roles the main pages need, by the name mainPages() uses for them.
export const demonstrationRoles = {
  manager: 'manager@northbrook.example',
  trainer: 'trainer@northbrook.example',
  learner: 'learner@northbrook.example',
  panel: 'panel@national-panel.example',
  admin: 'admin@northbrook.example',
  contributor: 'contributor@northbrook.example',
  reviewer: 'reviewer@northbrook.example',
  inspector: 'inspector@inspectorate.example',
  lead: 'lead@northbrook.example',
};

// A browser context signed in as `email`: the password, then for staff the authenticator app set
// up with the key the page shows, past the recovery codes. `options` go to the context
// ({ javaScriptEnabled: false } for a journey without JavaScript).
export async function signedInContext(browser, serverUrl, email, options = {}) {
  const context = await newBrowserContext(browser, options);
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  await page.goto(`${serverUrl}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(demonstrationPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForLoadState();
  if (/\/sign-in\/set-up-authenticator/.test(page.url())) {
    const secret = (await page.locator('.cr-secret').innerText()).replace(/\s/g, '');
    await page.getByLabel('Code from your authenticator app').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Continue' }).click(); // past the recovery codes
  }
  assert.ok(!/\/sign-in/.test(new URL(page.url()).pathname), `${email} should be signed in, but is at ${page.url()}`);
  await page.close();
  return context;
}

// A page of its own in a context signed in as `email` (signedInContext), for a journey's steps.
export async function signedInPage(browser, serverUrl, email, options = {}) {
  const context = await signedInContext(browser, serverUrl, email, options);
  return { context, page: await context.newPage() };
}

// Signs in every role of demonstrationRoles, plus an anonymous context under the name "public".
export async function signInRoles(browser, serverUrl) {
  const contexts = { public: await newBrowserContext(browser) };
  for (const [role, email] of Object.entries(demonstrationRoles)) {
    contexts[role] = await signedInContext(browser, serverUrl, email);
  }
  return contexts;
}

// The href of the first link in `page` matching `selector` whose href matches `pattern`.
async function firstHref(page, selector, pattern) {
  const hrefs = await page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const found = hrefs.find((href) => pattern.test(href ?? ''));
  assert.ok(found, `no link ${pattern} on ${page.url()} (links: ${hrefs.join(', ')})`);
  return found;
}

// Finds the addresses of the pages that depend on demonstration data (a case, a course, a
// training session), reading them from the pages that link to them.
async function discoverAddresses(contexts, serverUrl) {
  const manager = await contexts.manager.newPage();
  await manager.goto(`${serverUrl}/dashboard`);
  const casePaths = [...new Set(await manager.locator('main a[href^="/cases/"]').evaluateAll(
    (links) => links.map((link) => link.getAttribute('href')).filter((href) => /^\/cases\/\d+$/.test(href))))];
  assert.ok(casePaths.length > 0, 'the dashboard lists the demonstration cases');
  // A case whose page links to its rapid review: the one the task list is shown for.
  let rapidReviewPath;
  for (const casePath of casePaths) {
    await manager.goto(serverUrl + casePath);
    const links = await manager.locator('main a[href$="/rapid-review"]').count();
    if (links > 0) {
      rapidReviewPath = await firstHref(manager, 'main a[href$="/rapid-review"]', /\/rapid-review$/);
      break;
    }
  }
  assert.ok(rapidReviewPath, 'a demonstration case has a rapid review');
  // The case whose review is still to be commissioned (Rule REV-1).
  await manager.goto(`${serverUrl}/dashboard?stage=review_to_be_commissioned`);
  const toCommissionPath = await firstHref(manager, 'main a', /^\/cases\/\d+$/);
  await manager.close();

  const trainer = await contexts.trainer.newPage();
  await trainer.goto(`${serverUrl}/courses`);
  const coursePath = await firstHref(trainer, 'main a', /^\/courses\/\d+$/);
  await trainer.goto(`${serverUrl}/training-sessions`);
  const sessionPath = await firstHref(trainer, 'main a', /^\/training-sessions\/\d+$/);
  await trainer.close();

  // A chronology request as the contributor's agency sees it (the review page and the merged
  // chronology are among learningEventPages and keyPracticeEpisodePages).
  const contributor = await contexts.contributor.newPage();
  await contributor.goto(`${serverUrl}/agency-requests`);
  const chronologyRequestPath = await firstHref(contributor, 'main a', /^\/chronology-requests\/\d+$/);
  await contributor.close();
  return {
    chronologyRequestPath,
    casePath: rapidReviewPath.replace(/\/rapid-review$/, ''),
    rapidReviewPath,
    commissionPath: `${toCommissionPath}/review/commission`,
    coursePath,
    sessionPath,
  };
}

// Rule LE-1: the demonstration reviewer's review page and its learning event, read from "Your
// reviews" and the review page that link to them.
async function discoverLearningEventAddresses(contexts, serverUrl) {
  const reviewer = await contexts.reviewer.newPage();
  await reviewer.goto(`${serverUrl}/my-reviews`);
  const reviewPath = await firstHref(reviewer, 'main a', /^\/cases\/\d+\/review$/);
  await reviewer.goto(serverUrl + reviewPath);
  const learningEventPath = await firstHref(reviewer, 'main a', /^\/learning-events\/\d+$/);
  await reviewer.close();
  return { reviewPath, learningEventPath };
}

// The main pages: [{ name, role, path, prepare? }]. `prepare(page)` puts an opened page into the
// state to look at (a form submitted empty, to show its error messages).
// The first year of the April-to-March year that today is in (Rule YR-1).
export function reportingYearOfToday(today = new Date()) {
  return today.getMonth() >= 3 ? today.getFullYear() : today.getFullYear() - 1;
}

export async function mainPages(contexts, serverUrl) {
  const {
    casePath, rapidReviewPath, commissionPath, coursePath, sessionPath, chronologyRequestPath,
  } = await discoverAddresses(contexts, serverUrl);
  const submitEmpty = (buttonName) => async (page) => {
    await page.getByRole('button', { name: buttonName, exact: true }).click();
    await page.waitForLoadState();
    assert.ok((await errorMessages(page)).length > 0, `${buttonName} with nothing filled in shows the errors`);
  };
  return [
    { name: 'home', role: 'public', path: '/' },
    { name: 'sign-in', role: 'public', path: '/sign-in' },
    { name: 'sign-in with errors', role: 'public', path: '/sign-in', prepare: submitEmpty('Sign in') },
    { name: 'courses', role: 'public', path: '/courses' },
    { name: 'course page', role: 'learner', path: coursePath },
    { name: 'My training', role: 'learner', path: '/my-training' },
    { name: 'change your details', role: 'learner', path: '/account/details' },
    { name: 'dashboard', role: 'manager', path: '/dashboard' },
    { name: 'case page', role: 'manager', path: casePath },
    { name: 'rapid review task list', role: 'manager', path: rapidReviewPath },
    { name: 'commission the review', role: 'manager', path: commissionPath },
    { name: 'commission the review with errors', role: 'manager', path: commissionPath, prepare: submitEmpty('Commission the review') },
    { name: 'affiliations', role: 'reviewer', path: '/account/affiliations' },
    { name: 'training sessions', role: 'trainer', path: '/training-sessions' },
    { name: 'training session', role: 'trainer', path: sessionPath },
    { name: 'session form', role: 'trainer', path: `${coursePath}/sessions/new` },
    { name: 'the reviews and actions a course answers', role: 'trainer', path: `${coursePath}/actions` },
    { name: 'session form with errors', role: 'trainer', path: `${coursePath}/sessions/new`, prepare: submitEmpty('Add session') },
    { name: 'Panel queue', role: 'panel', path: '/panel' },
    { name: 'agency requests', role: 'contributor', path: '/agency-requests' },
    { name: 'Your reviews', role: 'reviewer', path: '/my-reviews' },
    { name: 'chronology request', role: 'contributor', path: chronologyRequestPath },
    { name: 'inspectors’ notifications', role: 'inspector', path: '/notifications' },
    { name: 'admin users', role: 'admin', path: '/admin/users' },
    { name: 'audit log', role: 'admin', path: '/admin/audit-log' },
    { name: 'settings', role: 'admin', path: '/admin/settings' },
    // Issue 14: the library's themes, which an administrator extends, and its monthly email.
    { name: 'library themes', role: 'admin', path: '/admin/library-themes' },
    // Issue 15 (Rule YR-1): the server's clock is the real one, so the demonstration's records are
    // in the April-to-March year of today; by default the page shows the year before.
    { name: 'yearly report', role: 'manager', path: `/yearly-report?year=${reportingYearOfToday()}` },
    { name: 'yearly report, the year before', role: 'manager', path: '/yearly-report' },
    { name: 'yearly report with errors', role: 'manager', path: '/yearly-report', prepare: submitEmpty('Record the publication') },
    { name: 'yearly figures of every partnership', role: 'panel', path: `/yearly-report/national?year=${reportingYearOfToday()}` },
    { name: 'monthly email of new reviews', role: 'public', path: '/learning/emails' },
    { name: 'monthly email with errors', role: 'public', path: '/learning/emails', prepare: submitEmpty('Send the confirmation link') },
    ...(await keyPracticeEpisodePages(contexts, serverUrl, submitEmpty)),
    // Rule LE-1: the learning event's pages and the family's involvement.
    ...await learningEventPages(contexts, serverUrl, submitEmpty),
    ...(await reportPages(contexts, serverUrl)),
    ...(await actionPages(contexts, serverUrl, submitEmpty)),
  ];
}

async function learningEventPages(contexts, serverUrl, submitEmpty) {
  const { reviewPath, learningEventPath } = await discoverLearningEventAddresses(contexts, serverUrl);
  return [
    { name: 'review page', role: 'reviewer', path: reviewPath },
    { name: 'schedule a learning event', role: 'reviewer', path: `${reviewPath}/learning-events/new` },
    { name: 'schedule a learning event with errors', role: 'reviewer', path: `${reviewPath}/learning-events/new`, prepare: submitEmpty('Schedule the event') },
    { name: 'learning event', role: 'reviewer', path: learningEventPath },
    { name: 'change the learning event', role: 'reviewer', path: `${learningEventPath}/change` },
    { name: 'cancel the learning event', role: 'reviewer', path: `${learningEventPath}/cancel` },
    { name: 'the family\'s involvement', role: 'reviewer', path: `${reviewPath}/family-involvement` },
  ];
}

// The report's pages (issue 12, Rule RPT-1), of the review the demonstration reviewer is appointed
// to (the first on "Your reviews").
async function reportPages(contexts, serverUrl) {
  const reviewer = await contexts.reviewer.newPage();
  await reviewer.goto(`${serverUrl}/my-reviews`);
  const reportPath = (await firstHref(reviewer, 'main a', /^\/cases\/\d+\/review$/)).replace(/\/review$/, '/report');
  // Rule RPT-1: the demonstration's first version is out for factual accuracy with one comment.
  const circulationPath = `${reportPath}/versions/1/circulation`;
  await reviewer.goto(serverUrl + circulationPath);
  const replyPath = await firstHref(reviewer, 'main .govuk-summary-card__actions a', /\/reply$/);
  await reviewer.close();
  return [
    { name: 'factual accuracy of a version', role: 'reviewer', path: circulationPath },
    { name: 'reply to a comment', role: 'reviewer', path: replyPath },
    { name: 'reply to a comment with errors', role: 'reviewer', path: replyPath, prepare: async (page) => {
      await page.getByLabel('Not accepted').check();
      await page.getByRole('button', { name: 'Save the reply', exact: true }).click();
      await page.waitForLoadState();
      assert.ok((await errorMessages(page)).length > 0, 'a reply not accepted needs a reason');
    } },
    { name: 'reports to check', role: 'contributor', path: '/report-checks' },
    { name: 'check a version of the report', role: 'contributor', path: `${reportPath}/versions/1/accuracy` },
    // Rule RPT-3: no version is final yet; the manager sees the form that marks one.
    { name: 'final report', role: 'manager', path: `${reportPath}/final` },
    { name: 'the report', role: 'reviewer', path: reportPath },
    { name: 'write a version of the report', role: 'reviewer', path: `${reportPath}/new` },
    { name: 'upload a version of the report', role: 'reviewer', path: `${reportPath}/upload` },
    { name: 'upload a version with errors', role: 'reviewer', path: `${reportPath}/upload`, prepare: async (page) => {
      await page.getByRole('button', { name: 'Upload the version', exact: true }).click();
      await page.waitForLoadState();
      assert.ok((await errorMessages(page)).length > 0, 'uploading nothing shows the error');
    } },
  ];
}

// Sets the display controls' cookies in a context, as choosing them on the page would.
export async function chooseDisplay(context, serverUrl, { textSize = 'standard', colours = 'standard' }) {
  await context.addCookies([
    { name: 'casereview_text_size', value: textSize, url: serverUrl },
    { name: 'casereview_colours', value: colours, url: serverUrl },
  ]);
}

// Opens one of mainPages() in `page` (by default a new page of its role's context); checks it
// answered 200.
export async function openMainPage(contexts, serverUrl, mainPage, page = undefined) {
  page ??= await contexts[mainPage.role].newPage();
  const response = await page.goto(serverUrl + mainPage.path);
  assert.equal(response.status(), 200, `${mainPage.name} (${mainPage.path}) as ${mainPage.role}`);
  if (mainPage.prepare) await mainPage.prepare(page);
  return page;
}

// Key practice episodes (Rule KPE-1), for mainPages(): the reviewer's first appointed review (the demonstration's
// commissioned CSPR), its merged chronology's first entries chosen for a new episode, and its list
// of episodes.
async function keyPracticeEpisodePages(contexts, serverUrl, submitEmpty) {
  const reviewer = await contexts.reviewer.newPage();
  await reviewer.goto(`${serverUrl}/my-reviews`);
  const reviewPath = await firstHref(reviewer, 'main a', /^\/cases\/\d+\/review$/);
  const casePath = reviewPath.replace(/\/review$/, '');
  await reviewer.goto(`${serverUrl}${casePath}/chronology`);
  const entries = await reviewer.locator('input[name=entry]').evaluateAll(
    (boxes) => boxes.slice(0, 2).map((box) => `entry=${box.value}`));
  await reviewer.close();
  const newPath = `${casePath}/key-practice-episodes/new?${entries.join('&')}`;
  return [
    { name: 'merged chronology with choices', role: 'reviewer', path: `${casePath}/chronology` },
    { name: 'new key practice episode', role: 'reviewer', path: newPath },
    { name: 'new key practice episode with errors', role: 'reviewer', path: newPath, prepare: submitEmpty('Make the key practice episode') },
    { name: 'key practice episodes', role: 'reviewer', path: `${casePath}/key-practice-episodes` },
    // Rule RPT-1, Rule RPT-2: findings and recommendations, and their forms.
    { name: 'findings', role: 'reviewer', path: `${casePath}/findings` },
    { name: 'add a finding', role: 'reviewer', path: `${casePath}/findings/new` },
    { name: 'recommendations', role: 'manager', path: `${casePath}/recommendations` },
    { name: 'add a recommendation', role: 'reviewer', path: `${casePath}/recommendations/new` },
  ];
}

// The action plans' pages (issue 13, Rule ACT-1, Rule ACT-2, Rule ACT-3, Rule ACT-4): the committee's list and a lead's, the
// demonstration's green action as its lead sees it and its amber one (awaiting sign-off) as the
// manager does, each step's form, and making actions from the CSPR's recommendation.
export async function demonstrationActions(page, serverUrl) {
  await page.goto(`${serverUrl}/actions`);
  const rows = await page.locator('main table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
    href: tr.querySelector('a')?.getAttribute('href'), text: tr.innerText,
  })));
  const byRag = {};
  for (const { href, text } of rows) {
    const rag = ['Blue', 'Red', 'Amber', 'Green'].find((colour) => text.includes(colour));
    byRag[rag.toLowerCase()] = href;
  }
  assert.ok(byRag.green && byRag.amber && byRag.red && byRag.blue, `one action of each colour: ${JSON.stringify(byRag)}`);
  return byRag;
}

async function actionPages(contexts, serverUrl, submitEmpty) {
  const manager = await contexts.manager.newPage();
  const actions = await demonstrationActions(manager, serverUrl);
  const reviewer = await contexts.reviewer.newPage();
  await reviewer.goto(`${serverUrl}/my-reviews`);
  const casePath = (await firstHref(reviewer, 'main a', /^\/cases\/\d+\/review$/)).replace(/\/review$/, '');
  await reviewer.close();
  await manager.goto(`${serverUrl}${casePath}/recommendations`);
  const makePath = await firstHref(manager, 'main a', /^\/recommendations\/\d+\/actions$/);
  // Rule ACT-1: the case closed without a review, whose rapid review's learning is recorded.
  await manager.goto(`${serverUrl}/dashboard?stage=closed`);
  const closedPath = await firstHref(manager, 'main a', /^\/cases\/\d+$/);
  await manager.close();
  const learningPath = `${closedPath}/rapid-review-recommendations`;
  return [
    { name: 'actions', role: 'manager', path: '/actions' },
    { name: 'My actions', role: 'lead', path: '/actions' },
    { name: 'an action', role: 'lead', path: actions.green },
    { name: 'an action awaiting sign-off', role: 'manager', path: actions.amber },
    { name: 'a closed action', role: 'manager', path: actions.blue },
    { name: 'add a progress update with errors', role: 'lead', path: `${actions.green}/updates`, prepare: submitEmpty('Add the update') },
    { name: 'add evidence', role: 'lead', path: `${actions.green}/evidence` },
    { name: 'add evidence with errors', role: 'lead', path: `${actions.green}/evidence`, prepare: submitEmpty('Add the evidence') },
    { name: 'ask for a new due date', role: 'lead', path: `${actions.red}/due-date` },
    { name: 'sign off or return with errors', role: 'manager', path: `${actions.amber}/sign-off`, prepare: submitEmpty('Save the decision') },
    { name: 'plan an assurance check', role: 'manager', path: `${actions.amber}/assurance-checks` },
    { name: 'make actions', role: 'manager', path: makePath },
    { name: 'make actions with errors', role: 'manager', path: makePath, prepare: submitEmpty('Make the actions') },
    { name: 'recommendations from the rapid review', role: 'manager', path: learningPath },
    { name: 'add a recommendation from the rapid review with errors', role: 'manager', path: `${learningPath}/new`, prepare: submitEmpty('Add the recommendation') },
    // Issue 14: publication (Rule PUB-1, Rule PUB-2, Rule PUB-3) and the public library (Rule LIB-1).
    { name: 'publication', role: 'manager', path: `${casePath}/publication` },
    { name: 'the library entry with errors', role: 'manager', path: `${casePath}/publication/entry`, prepare: async (page) => { await page.fill('#title', ''); await submitEmpty('Save the library entry')(page); } },
    { name: 'the learning library searched', role: 'public', path: '/learning?q=neglect&kind=local_cspr' },
    { name: 'a library entry', role: 'public', path: '/learning/1' },
  ];
}
