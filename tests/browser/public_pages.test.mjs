// Browser tests for the pages anyone can see without signing in: the home page, the accessibility
// statement, the privacy notice and the "page not found" page. Each is checked for its real
// content, its skip link, its header and footer links and (with axe) WCAG 2.2 AA, with JavaScript
// on, and again with JavaScript off, where the display controls must still work.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { checkAccessibility, launchBrowser, newBrowserContext, startServer } from './support/server.mjs';

const serviceName = 'Safeguarding case reviews';
const organisationName = 'Northbrook Safeguarding Children Partnership';

const publicPages = [
  {
    path: '/',
    title: serviceName,
    heading: serviceName,
    text: 'the safeguarding partnership reviews what happened so that services can learn',
  },
  {
    path: '/accessibility-statement',
    title: `Accessibility statement – ${serviceName}`,
    heading: 'Accessibility statement',
    text: 'aims to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA',
  },
  {
    path: '/privacy-notice',
    title: `Privacy notice – ${serviceName}`,
    heading: 'Privacy notice',
    text: 'is the data controller for the information held in this service',
  },
  {
    // Issue 14, Rule LIB-1: the public learning library, searched.
    path: '/learning?q=neglected',
    title: `Learning from reviews – ${serviceName}`,
    heading: 'Learning from reviews',
    text: 'What child safeguarding practice reviews have taught',
  },
];

const missingPage = {
  path: '/no-such-page-exists',
  title: `Page not found – ${serviceName}`,
  heading: 'Page not found',
  text: 'If you typed the web address, check it is correct.',
};

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

// Opens a fresh browser context (no cookies) and a page in it, and records what the browser
// reports as errors so a test can assert there were none.
async function openPage({ javaScriptEnabled = true } = {}) {
  const context = await newBrowserContext(browser, { javaScriptEnabled });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  return { context, page, errors };
}

// Goes to a path, checks the HTTP status and runs axe on the page.
async function visit(page, path, expectedStatus = 200) {
  const response = await page.goto(server.url + path);
  assert.equal(response.status(), expectedStatus, `status of ${path}`);
  await checkAccessibility(page);
  return response;
}

async function assertPageContent(page, expected) {
  assert.equal(await page.title(), expected.title);
  const headings = page.getByRole('heading', { level: 1 });
  assert.equal(await headings.count(), 1, 'exactly one h1');
  assert.equal((await headings.textContent()).trim(), expected.heading);
  const mainText = await page.locator('main#main-content').innerText();
  assert.ok(mainText.includes(expected.text), `main content of ${expected.path} should include "${expected.text}"`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
}

// Describes the focused element, so assertion messages say what had focus instead.
function describeFocus(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return { tag: null };
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      className: typeof element.className === 'string' ? element.className : '',
      text: element.textContent.trim().replace(/\s+/g, ' ').slice(0, 80),
      href: element.getAttribute('href'),
    };
  });
}

async function assertSkipLinkIsFirstAndFocusesMainContent(page, { javaScriptEnabled }) {
  await page.keyboard.press('Tab');
  const first = await describeFocus(page);
  assert.equal(first.tag, 'a', `the first Tab should focus the skip link, focused ${JSON.stringify(first)}`);
  assert.equal(first.text, 'Skip to main content');
  assert.equal(first.href, '#main-content');
  assert.ok(first.className.includes('govuk-skip-link'));
  const box = await page.locator('.govuk-skip-link').boundingBox();
  assert.ok(box && box.width > 10 && box.height > 10, `the focused skip link should be visible, box ${JSON.stringify(box)}`);

  await page.keyboard.press('Enter');
  // The fragment navigation lands after the key press returns; on a loaded machine, a moment after.
  await page.waitForFunction(() => window.location.hash === '#main-content', null, { timeout: 5_000 }).catch(() => {});
  assert.ok(page.url().endsWith('#main-content'), `the skip link should go to #main-content, at ${page.url()}`);
  if (javaScriptEnabled) {
    // govuk-frontend's skip link component moves focus onto <main> itself.
    const target = await describeFocus(page);
    assert.equal(target.id, 'main-content', `focus should be on #main-content, focused ${JSON.stringify(target)}`);
  }
  // Either way the next Tab must land after the start of the main content, not in the header.
  await page.keyboard.press('Tab');
  const afterSkip = await page.evaluate(() => {
    const main = document.getElementById('main-content');
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'nothing focused';
    const following = main.compareDocumentPosition(focused) &
      (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY);
    return following ? 'after main' : `before main: ${focused.outerHTML.slice(0, 120)}`;
  });
  assert.equal(afterSkip, 'after main');
}

async function assertHeaderAndFooterLinks(page) {
  const homeLink = page.getByRole('link', { name: organisationName, exact: true });
  assert.equal(await homeLink.getAttribute('href'), '/');
  const footer = page.getByRole('contentinfo');
  assert.equal(await footer.getByRole('link', { name: 'Accessibility statement', exact: true }).getAttribute('href'),
    '/accessibility-statement');
  assert.equal(await footer.getByRole('link', { name: 'Privacy notice', exact: true }).getAttribute('href'),
    '/privacy-notice');
  assert.ok((await footer.innerText()).includes(`Run by ${organisationName}`));
}

for (const expected of publicPages) {
  test(`${expected.path} shows its content, passes axe and has a working skip link`, async () => {
    const { context, page, errors } = await openPage();
    try {
      await visit(page, expected.path);
      await assertPageContent(page, expected);
      await assertHeaderAndFooterLinks(page);
      // The stylesheet loaded (a system font, not the browser's default serif) and the
      // progressive-enhancement script ran despite the strict Content-Security-Policy.
      const fontFamily = await page.locator('h1').evaluate((heading) => getComputedStyle(heading).fontFamily);
      assert.ok(fontFamily.startsWith('system-ui'), `h1 font-family should come from the stylesheet, got ${fontFamily}`);
      const bodyClasses = (await page.locator('body').getAttribute('class')).split(/\s+/);
      assert.ok(bodyClasses.includes('js-enabled'), `body classes ${bodyClasses}`);
      assert.ok(bodyClasses.includes('govuk-frontend-supported'), `body classes ${bodyClasses}`);
      await assertSkipLinkIsFirstAndFocusesMainContent(page, { javaScriptEnabled: true });
      assert.deepEqual(errors, [], 'the browser reported no errors');
    } finally {
      await context.close();
    }
  });
}

test('the footer and header links take the reader to the right pages', async () => {
  const { context, page } = await openPage();
  try {
    await visit(page, '/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement', exact: true }).click();
    await page.waitForURL(`${server.url}/accessibility-statement`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Accessibility statement');
    await checkAccessibility(page);

    await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy notice', exact: true }).click();
    await page.waitForURL(`${server.url}/privacy-notice`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Privacy notice');
    await checkAccessibility(page);

    await page.getByRole('link', { name: organisationName, exact: true }).click();
    await page.waitForURL(`${server.url}/`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), serviceName);
    await checkAccessibility(page);
  } finally {
    await context.close();
  }
});

test('an unknown address shows the GOV.UK "page not found" page with status 404', async () => {
  const { context, page, errors } = await openPage();
  try {
    await visit(page, missingPage.path, 404);
    await assertPageContent(page, missingPage);
    await assertHeaderAndFooterLinks(page);
    await assertSkipLinkIsFirstAndFocusesMainContent(page, { javaScriptEnabled: true });
    // Chrome itself logs the 404 of the document; anything else is a real error.
    const unexpected = errors.filter((error) => !/status of 404/.test(error));
    assert.deepEqual(unexpected, [], 'the browser reported no other errors');

    await page.getByRole('link', { name: 'Go to the home page', exact: true }).click();
    await page.waitForURL(`${server.url}/`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), serviceName);
    await checkAccessibility(page);
  } finally {
    await context.close();
  }
});

test('with JavaScript off every page still shows, the skip link works and the display controls work', async () => {
  const { context, page } = await openPage({ javaScriptEnabled: false });
  try {
    for (const expected of [...publicPages, missingPage]) {
      await visit(page, expected.path, expected === missingPage ? 404 : 200);
      await assertPageContent(page, expected);
      const bodyClasses = (await page.locator('body').getAttribute('class')).split(/\s+/);
      assert.ok(!bodyClasses.includes('js-enabled'), `no script should have run, body classes ${bodyClasses}`);
      await assertSkipLinkIsFirstAndFocusesMainContent(page, { javaScriptEnabled: false });
    }

    await visit(page, '/privacy-notice');
    await page.getByRole('link', { name: 'A++ largest text size', exact: true }).click();
    await page.waitForURL(`${server.url}/privacy-notice`);
    await page.getByRole('link', { name: 'High contrast black and white colours', exact: true }).click();
    await page.waitForURL(`${server.url}/privacy-notice`);
    const htmlClasses = (await page.locator('html').getAttribute('class')).split(/\s+/);
    assert.ok(htmlClasses.includes('cr-text-larger'), `html classes ${htmlClasses}`);
    assert.ok(htmlClasses.includes('cr-colours-high-contrast'), `html classes ${htmlClasses}`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Privacy notice');
    await checkAccessibility(page);

    // The choice holds on the next page, which the reader reaches by the footer link.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement', exact: true }).click();
    await page.waitForURL(`${server.url}/accessibility-statement`);
    const nextClasses = (await page.locator('html').getAttribute('class')).split(/\s+/);
    assert.ok(nextClasses.includes('cr-text-larger') && nextClasses.includes('cr-colours-high-contrast'),
      `html classes on the next page ${nextClasses}`);
    await checkAccessibility(page);
  } finally {
    await context.close();
  }
});
